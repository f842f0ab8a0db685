import type { Lesson } from '../types';
import { docs, webDeployment, webService } from './blocks';

const APP = docs(webDeployment());

export const nodePort: Lesson = {
  id: 'nodeport',
  title: { en: 'NodePort: the same door on every node', ko: 'NodePort: 모든 노드에 같은 문 하나' },
  summary: {
    en: 'A NodePort Service opens one port from 30000–32767 on every node, so machines on the LAN can reach pods through any node.',
    ko: '노드포트 서비스는 30000–32767 중 한 포트를 모든 노드에 열어, LAN의 장비가 어느 노드로 들어와도 파드에 닿게 합니다.',
  },
  tags: ['service', 'nodeport', 'lan', 'kube-proxy'],
  scenario: APP + webService({ type: 'ClusterIP' }),
  steps: [
    {
      text: {
        en: 'The nodes sit on the office LAN (192.168.0.0/24); pods and cluster IPs do not. Note each node\'s INTERNAL-IP.',
        ko: '노드는 사무실 LAN(192.168.0.0/24)에 있지만 파드와 클러스터 IP는 그렇지 않습니다. 각 노드의 INTERNAL-IP를 확인해 두세요.',
      },
      focus: ['node/control-plane', 'node/worker-1', 'node/worker-2'],
      command: 'kubectl get nodes -o wide',
    },
    {
      text: {
        en: 'From the LAN laptop, try port 30080 on worker-1. Nothing listens there yet, so the node refuses the connection.',
        ko: 'LAN의 노트북에서 worker-1의 30080 포트로 접속해 봅니다. 아직 아무것도 열려 있지 않아 노드가 연결을 거부합니다.',
      },
      focus: ['client/lan', 'node/worker-1'],
      command: 'curl -v http://192.168.0.11:30080/',
      source: 'client/lan',
    },
    {
      text: {
        en: 'With `type: NodePort`, kube-proxy on every node — the control plane too — accepts that port and forwards to any ready pod, even one on another node.',
        ko: '`type: NodePort`로 바꾸면 컨트롤 플레인을 포함한 모든 노드의 kube-proxy가 그 포트를 받아 준비된 파드로 넘겨 줍니다. 그 파드가 다른 노드에 있어도 마찬가지입니다.',
      },
      focus: ['svc/default/web', 'node/control-plane'],
    },
    {
      text: {
        en: 'Look at ClientIP in the answer once it works: with the default externalTrafficPolicy the pod sees the node\'s address, not the laptop\'s.',
        ko: '연결된 뒤에는 응답의 ClientIP를 보세요. 기본 externalTrafficPolicy에서는 파드가 노트북 주소가 아니라 노드 주소를 봅니다.',
      },
      focus: ['client/lan', 'svc/default/web'],
    },
  ],
  challenge: {
    task: {
      en: 'Let the LAN reach `web` on port 30080 of any node, including the control plane (192.168.0.10).',
      ko: 'LAN에서 어느 노드든(컨트롤 플레인 192.168.0.10 포함) 30080 포트로 `web`에 접속할 수 있게 하세요.',
    },
    goals: [
      { kind: 'curl', from: 'lan', url: 'http://192.168.0.11:30080/', expect: { outcome: 'delivered', podPrefix: 'web-' } },
      { kind: 'curl', from: 'lan', url: 'http://192.168.0.10:30080/', expect: { outcome: 'delivered', podPrefix: 'web-' } },
    ],
    hint: {
      en: 'Change the type and pin `nodePort: 30080` on the port; otherwise the API server picks a free one at random.',
      ko: '타입을 바꾸고 포트에 `nodePort: 30080`을 지정하세요. 지정하지 않으면 API 서버가 빈 포트를 임의로 고릅니다.',
    },
    solution: APP + webService({ type: 'NodePort', nodePort: 30080 }),
  },
};
