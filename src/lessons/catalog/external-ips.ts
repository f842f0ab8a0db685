import type { Lesson } from '../types';
import { docs, webDeployment, webService } from './blocks';

const APP = docs(webDeployment());

const service = (externalIPs?: string[]) => webService({ type: 'ClusterIP', port: 8080, externalIPs });

export const externalIPs: Lesson = {
  id: 'external-ips',
  title: { en: 'externalIPs: one address you already own', ko: 'externalIPs: 이미 가진 주소 하나로 받기' },
  summary: {
    en: 'List an address that reaches a node in `spec.externalIPs`, and kube-proxy answers the Service port on it — only there, only on that port.',
    ko: '노드에 도달하는 주소를 `spec.externalIPs`에 적으면 kube-proxy가 그 주소의 서비스 포트에서 응답합니다. 그 주소, 그 포트에서만입니다.',
  },
  tags: ['service', 'externalIPs', 'lan', 'kube-proxy'],
  scenario: APP + service(),
  steps: [
    {
      text: {
        en: 'The Service listens on 8080 at its cluster IP only. From the LAN, worker-1\'s port 8080 is closed.',
        ko: '이 서비스는 클러스터 IP의 8080 포트에서만 받습니다. LAN에서 worker-1의 8080 포트로 가면 닫혀 있습니다.',
      },
      focus: ['client/lan', 'node/worker-1', 'svc/default/web'],
      command: 'curl -v http://192.168.0.11:8080/',
      source: 'client/lan',
    },
    {
      text: {
        en: 'Kubernetes does not assign or announce external IPs. You promise that packets for that address arrive at a node; kube-proxy then catches the Service port on it.',
        ko: '쿠버네티스는 external IP를 할당하거나 알리지 않습니다. 그 주소로 오는 패킷이 노드에 도착한다는 것은 여러분이 보장하고, kube-proxy는 그 주소의 서비스 포트만 가로챕니다.',
      },
      focus: ['node/worker-1'],
      command: 'kubectl get nodes -o wide',
    },
    {
      text: {
        en: 'Unlike a NodePort, the port is the Service port (8080), and other nodes\' addresses do not answer.',
        ko: '노드포트와 달리 포트는 서비스 포트(8080) 그대로이고, 다른 노드의 주소로는 응답하지 않습니다.',
      },
      focus: ['node/worker-2', 'svc/default/web'],
      command: 'curl -v http://192.168.0.12:8080/',
      source: 'client/lan',
    },
  ],
  challenge: {
    task: {
      en: 'Make `http://192.168.0.11:8080/` from the LAN reach the web pods, without changing the Service type.',
      ko: '서비스 타입은 그대로 두고, LAN에서 `http://192.168.0.11:8080/`으로 web 파드에 닿게 하세요.',
    },
    goals: [
      { kind: 'curl', from: 'lan', url: 'http://192.168.0.11:8080/', repeat: 2, expect: { outcome: 'delivered', podPrefix: 'web-' } },
    ],
    hint: {
      en: '`spec.externalIPs` is a list of addresses.',
      ko: '`spec.externalIPs`는 주소 목록입니다.',
    },
    solution: APP + service(['192.168.0.11']),
  },
  pitfalls: [
    {
      en: 'Anyone who may create Services may claim any address this way and intercept its traffic (CVE-2020-8554). Many clusters forbid externalIPs with the DenyServiceExternalIPs admission plugin or a policy.',
      ko: '서비스를 만들 수 있는 사람은 누구나 이 방법으로 아무 주소나 가로챌 수 있습니다(CVE-2020-8554). 그래서 많은 클러스터가 DenyServiceExternalIPs 어드미션 플러그인이나 정책으로 externalIPs를 막습니다.',
    },
  ],
};
