import type { Lesson } from '../types';
import { docs, sleeperPod, webDeployment } from './blocks';

const APP = docs(
  webDeployment({ name: 'cache', replicas: 3, container: 'cache', image: 'memcached:1.6', port: 11211, portName: 'cache' }),
  sleeperPod(),
);

const service = (clusterIP: string) => `apiVersion: v1
kind: Service
metadata:
  name: cache-peers
spec:
${clusterIP}  selector:
    app: cache
  ports:
    - name: cache
      port: 11211
      targetPort: cache
`;

export const headless: Lesson = {
  id: 'headless',
  title: { en: 'Headless Services: DNS instead of a virtual IP', ko: '헤드리스 서비스: 가상 IP 대신 DNS' },
  summary: {
    en: 'With `clusterIP: None` there is no virtual IP and no kube-proxy: the Service name resolves to every ready pod\'s address, and the client chooses.',
    ko: '`clusterIP: None`이면 가상 IP도 kube-proxy도 없습니다. 서비스 이름이 준비된 파드 주소 전부로 해석되고, 고르는 일은 클라이언트가 합니다.',
  },
  tags: ['service', 'headless', 'dns', 'client-side-load-balancing'],
  scenario: APP + service(''),
  steps: [
    {
      text: {
        en: 'Today `cache-peers` is an ordinary ClusterIP Service: DNS returns one address, the virtual IP.',
        ko: '지금 `cache-peers`는 평범한 ClusterIP 서비스입니다. DNS는 가상 IP 하나만 돌려줍니다.',
      },
      focus: ['svc/default/cache-peers', 'dns/coredns'],
      command: 'dig cache-peers.default.svc.cluster.local',
      source: 'pod/default/client',
    },
    {
      text: {
        en: 'Each connection to that IP is spread by kube-proxy. A client cannot tell the three cache pods apart — fine for stateless web servers, not for peers that must each talk to every other.',
        ko: '그 IP로 가는 연결은 kube-proxy가 나눠 줍니다. 클라이언트는 캐시 파드 세 개를 서로 구별할 수 없습니다. 상태 없는 웹 서버라면 괜찮지만, 서로 모두 연결해야 하는 피어에게는 맞지 않습니다.',
      },
      focus: ['svc/default/cache-peers'],
      command: 'kubectl get endpointslices -o wide',
    },
    {
      text: {
        en: 'For now the SRV record names the Service itself. A headless Service keeps its EndpointSlice, but CoreDNS publishes one A record per ready pod and one SRV record per pod and named port. Run this again after your fix.',
        ko: '지금은 SRV 레코드가 서비스 이름 자체를 가리킵니다. 헤드리스 서비스도 엔드포인트슬라이스는 그대로 두지만, CoreDNS는 준비된 파드마다 A 레코드를, 파드와 이름 있는 포트마다 SRV 레코드를 내보냅니다. 고친 뒤에 다시 실행해 보세요.',
      },
      focus: ['dns/coredns', 'svc/default/cache-peers'],
      command: 'dig SRV _cache._tcp.cache-peers.default.svc.cluster.local',
      source: 'pod/default/client',
    },
  ],
  challenge: {
    task: {
      en: 'Make `cache-peers.default.svc.cluster.local` answer with the addresses of all three cache pods.',
      ko: '`cache-peers.default.svc.cluster.local`이 캐시 파드 세 개의 주소를 모두 돌려주게 하세요.',
    },
    goals: [
      { kind: 'dig', name: 'cache-peers.default.svc.cluster.local', from: 'default/client', expect: { rcode: 'NOERROR', answerCount: 3 } },
    ],
    hint: {
      en: '`spec.clusterIP` takes a special value.',
      ko: '`spec.clusterIP`에는 특별한 값을 넣을 수 있습니다.',
    },
    solution: APP + service('  clusterIP: None\n'),
  },
  pitfalls: [
    {
      en: 'spec.clusterIP cannot be changed on an existing Service: `kubectl apply` is refused. Delete the Service and create it again as headless.',
      ko: '이미 있는 서비스의 spec.clusterIP는 바꿀 수 없어 `kubectl apply`가 거부됩니다. 서비스를 지우고 헤드리스로 다시 만드세요.',
    },
    {
      en: 'DNS round robin only balances if clients look names up again. Many runtimes and libraries cache the first answer (the JVM, connection pools), so traffic sticks to one pod and ignores new ones until the cache expires.',
      ko: 'DNS 라운드 로빈은 클라이언트가 이름을 다시 조회할 때만 부하를 나눕니다. JVM이나 커넥션 풀처럼 첫 응답을 캐시하는 런타임과 라이브러리가 많아서, 캐시가 만료될 때까지 트래픽이 한 파드에 몰리고 새 파드는 무시됩니다.',
    },
  ],
};
