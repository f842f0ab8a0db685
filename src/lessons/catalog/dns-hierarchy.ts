import type { Lesson } from '../types';
import { docs, sleeperPod, webDeployment, webService } from './blocks';

const WORLD = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  lan:
    dns:
      address: 192.168.0.2
      records:
        - { name: intranet.corp.example, type: A, data: 192.168.0.30 }
        - { name: wiki.corp.example, type: CNAME, data: intranet.corp.example }
    searchDomains: [corp.example]
  internet:
    dns:
      address: 198.51.100.53
      records:
        - { name: www.example.com, type: A, data: 203.0.113.80 }
---
${docs(webDeployment(), webService({ type: 'LoadBalancer', nodePort: 30080 }), sleeperPod({ container: 'shell' }))}`;

const reporter = (policy: string) => sleeperPod({ name: 'reporter', spec: policy });

export const dnsHierarchy: Lesson = {
  id: 'dns-hierarchy',
  seed: '002_041470be40495c68.txt',
  title: { en: 'Three ways in, three DNS servers up', ko: '들어오는 길 셋, 올라가는 DNS 셋' },
  summary: {
    en: 'ClusterIP for pods, NodePort for the LAN, LoadBalancer for the internet — and names resolved by cluster DNS, then the LAN\'s DNS, then the internet\'s.',
    ko: '파드에는 ClusterIP, LAN에는 노드포트, 인터넷에는 로드밸런서. 이름은 클러스터 DNS, LAN DNS, 인터넷 DNS 순서로 찾습니다.',
  },
  tags: ['service', 'clusterip', 'nodeport', 'loadbalancer', 'dns', 'coredns', 'dnsPolicy'],
  scenario: WORLD + reporter('  dnsPolicy: Default\n'),
  steps: [
    {
      text: {
        en: 'One Service, three doors: its cluster IP for pods, port 30080 on every node for the LAN, and a load balancer address for the internet.',
        ko: '서비스 하나에 문이 셋입니다. 파드용 클러스터 IP, LAN용으로 모든 노드의 30080 포트, 인터넷용 로드밸런서 주소입니다.',
      },
      focus: ['svc/default/web', 'lb/default/web', 'node/worker-1'],
      command: 'kubectl get svc web -o wide',
    },
    {
      text: {
        en: 'The LAN laptop comes in through a node\'s nodePort; the internet client through the load balancer.',
        ko: 'LAN 노트북은 노드의 노드포트로, 인터넷 클라이언트는 로드밸런서로 들어옵니다.',
      },
      focus: ['client/lan', 'node/worker-1'],
      command: 'curl http://192.168.0.11:30080/',
      source: 'client/lan',
    },
    {
      text: {
        en: 'From the ClusterFirst pod `client`, look up the short name `wiki`. CoreDNS answers `*.cluster.local` itself (NXDOMAIN three times); the node\'s search domain `corp.example` comes last, and that name CoreDNS forwards to the LAN\'s DNS (192.168.0.2)…',
        ko: 'ClusterFirst 정책인 `client` 파드에서 짧은 이름 `wiki`를 조회해 봅니다. CoreDNS는 `*.cluster.local` 이름을 직접 답하고(세 번 NXDOMAIN), 노드에서 물려받은 search 도메인 `corp.example`이 마지막에 붙습니다. 이 이름은 CoreDNS가 LAN DNS(192.168.0.2)로 넘깁니다…',
      },
      focus: ['pod/default/client', 'dns/coredns', 'dns/lan'],
      command: 'nslookup wiki',
      source: 'pod/default/client',
    },
    {
      text: {
        en: '…and the LAN\'s DNS asks the internet for the rest. A public name travels cluster DNS → LAN DNS → internet DNS.',
        ko: '…LAN DNS는 나머지를 인터넷에 묻습니다. 공개 도메인은 클러스터 DNS → LAN DNS → 인터넷 DNS 순서로 해석됩니다.',
      },
      focus: ['dns/coredns', 'dns/lan', 'dns/internet'],
      command: 'dig www.example.com',
      source: 'pod/default/client',
    },
    {
      text: {
        en: 'The `reporter` pod uses `dnsPolicy: Default`: it skips CoreDNS and asks the node\'s resolver, the LAN DNS. Office names work; Service names do not.',
        ko: '`reporter` 파드는 `dnsPolicy: Default`라서 CoreDNS를 건너뛰고 노드의 리졸버, 즉 LAN DNS에 묻습니다. 사내 이름은 해석되지만 서비스 이름은 해석되지 않습니다.',
      },
      focus: ['pod/default/reporter', 'dns/lan'],
      command: 'cat /etc/resolv.conf',
      source: 'pod/default/reporter',
    },
  ],
  challenge: {
    task: {
      en: 'The `reporter` pod must resolve the Service `web`, the office host `intranet.corp.example` and the public `www.example.com`.',
      ko: '`reporter` 파드가 서비스 `web`, 사내 호스트 `intranet.corp.example`, 공개 도메인 `www.example.com`을 모두 해석할 수 있게 하세요.',
    },
    goals: [
      { kind: 'resolve', name: 'web', from: 'default/reporter', type: 'A', expect: { rcode: 'NOERROR' } },
      { kind: 'resolve', name: 'intranet.corp.example', from: 'default/reporter', type: 'A', expect: { addresses: ['192.168.0.30'] } },
      { kind: 'resolve', name: 'www.example.com', from: 'default/reporter', type: 'A', expect: { addresses: ['203.0.113.80'] } },
    ],
    hint: {
      en: 'The DNS policy a Pod gets by default is not the one called `Default`.',
      ko: '파드가 기본으로 받는 DNS 정책은 `Default`라는 이름의 정책이 아닙니다.',
    },
    solution: WORLD + reporter(''),
  },
  pitfalls: [
    {
      en: '`dnsPolicy: Default` means "the node\'s resolv.conf", not the default. Pods get `ClusterFirst` when the field is left out.',
      ko: '`dnsPolicy: Default`는 "노드의 resolv.conf"를 뜻할 뿐 기본값이 아닙니다. 필드를 비워 두면 파드는 `ClusterFirst`를 씁니다.',
    },
  ],
};
