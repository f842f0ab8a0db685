import type { Lesson } from '../types';
import { docs, webDeployment, webService } from './blocks';

const APP = docs(webDeployment());

const service = (policy: string) => webService({ type: 'LoadBalancer', externalTrafficPolicy: policy });

export const externalTrafficPolicy: Lesson = {
  id: 'external-traffic-policy',
  title: { en: 'externalTrafficPolicy: who sees the client\'s address', ko: 'externalTrafficPolicy: 누가 클라이언트 주소를 보는가' },
  summary: {
    en: 'With Cluster, a node may forward to a pod elsewhere and must rewrite the source address. With Local, it only uses its own pods and keeps it.',
    ko: 'Cluster 정책에서는 노드가 다른 노드의 파드로 넘길 수 있어 출발지 주소를 바꿔야 합니다. Local 정책에서는 자기 노드의 파드만 쓰므로 주소가 그대로 남습니다.',
  },
  tags: ['service', 'loadbalancer', 'externalTrafficPolicy', 'snat', 'client-ip'],
  scenario: APP + service('Cluster'),
  steps: [
    {
      text: {
        en: 'Call the load balancer from the internet and read ClientIP in the answer: it is an address of the node that forwarded the request, not 198.51.100.7. When the pod runs on that node, it is the node\'s own address on the pod network (10.244.x.1); when the pod runs on another node, the node\'s 192.168.0.x.',
        ko: '인터넷에서 로드밸런서를 호출하고 응답의 ClientIP를 보세요. 198.51.100.7이 아니라 요청을 넘긴 노드의 주소입니다. 파드가 그 노드에 있으면 노드의 파드 네트워크 주소(10.244.x.1)가, 다른 노드에 있으면 노드의 192.168.0.x 주소가 보입니다.',
      },
      focus: ['client/internet', 'lb/default/web'],
      command: 'curl -v http://{lb:default/web}/',
      source: 'client/internet',
    },
    {
      text: {
        en: 'Why: the load balancer picked a node, and kube-proxy there picked a pod that may live on another node. To get the reply back through itself, the node replaces the source address (SNAT).',
        ko: '이유는 이렇습니다. 로드밸런서가 노드를 고르고, 그 노드의 kube-proxy가 다른 노드에 있을 수도 있는 파드를 고릅니다. 응답이 자기를 거쳐 돌아오게 하려고 노드가 출발지 주소를 바꿉니다(SNAT).',
      },
      focus: ['node/worker-1', 'node/worker-2', 'svc/default/web'],
    },
    {
      text: {
        en: 'With `externalTrafficPolicy: Local` a node only forwards to pods on itself, so no SNAT is needed. Nodes without a ready pod fail the load balancer\'s health check on healthCheckNodePort and get no traffic.',
        ko: '`externalTrafficPolicy: Local`이면 노드는 자기 노드의 파드로만 넘기므로 SNAT이 필요 없습니다. 준비된 파드가 없는 노드는 healthCheckNodePort 헬스 체크에 실패해 트래픽을 받지 않습니다.',
      },
      focus: ['node/control-plane', 'lb/default/web'],
      command: 'kubectl get pods -o wide',
    },
    {
      text: {
        en: 'The control plane runs no `web` pod. Today it forwards a request on its nodePort to another node. Run this again after your fix: under Local the request is dropped instead.',
        ko: '컨트롤 플레인에는 `web` 파드가 없습니다. 지금은 그 노드포트로 온 요청을 다른 노드로 넘깁니다. 고친 뒤에 다시 실행해 보세요. Local 정책에서는 이 요청을 넘기지 않고 버립니다.',
      },
      focus: ['client/lan', 'node/control-plane'],
      command: 'curl -v http://192.168.0.10:{nodePort:default/web}/',
      source: 'client/lan',
    },
  ],
  challenge: {
    task: {
      en: 'The web pods must log the real address of internet clients (198.51.100.7) on every request through the load balancer.',
      ko: '로드밸런서를 거친 모든 요청에서 web 파드가 인터넷 클라이언트의 실제 주소(198.51.100.7)를 기록해야 합니다.',
    },
    goals: [
      { kind: 'curl', from: 'internet', url: 'http://{lb:default/web}/', repeat: 4, expect: { outcome: 'delivered', podPrefix: 'web-', clientIPSeen: '198.51.100.7' } },
    ],
    hint: {
      en: 'One field decides whether nodes may forward external traffic to other nodes.',
      ko: '노드가 외부 트래픽을 다른 노드로 넘겨도 되는지를 정하는 필드 하나를 바꾸세요.',
    },
    solution: APP + service('Local'),
  },
  pitfalls: [
    {
      en: 'Local trades balance for the client address: each node splits its share only among its own pods, so a node with one pod gets as much as a node with five.',
      ko: 'Local은 클라이언트 주소를 얻는 대신 부하 균형을 포기합니다. 각 노드가 받은 몫을 자기 파드끼리만 나누므로, 파드 하나인 노드와 다섯 개인 노드가 같은 양을 받습니다.',
    },
    {
      en: 'Behind an L7 proxy (an ingress controller) the pod sees the proxy; the client address travels in X-Forwarded-For instead.',
      ko: 'L7 프록시(인그레스 컨트롤러) 뒤에서는 파드가 프록시 주소를 봅니다. 그때 클라이언트 주소는 X-Forwarded-For 헤더로 전달됩니다.',
    },
  ],
};
