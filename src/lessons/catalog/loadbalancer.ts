import type { Lesson } from '../types';
import { docs, webDeployment, webService } from './blocks';

const APP = docs(webDeployment());

const service = (type: string) => webService({ type });

export const loadBalancer: Lesson = {
  id: 'loadbalancer',
  title: { en: 'LoadBalancer: an address the internet can reach', ko: 'LoadBalancer: 인터넷에서 닿는 주소' },
  summary: {
    en: 'Node addresses are private. A LoadBalancer Service asks the cloud for a public address that forwards to the nodePorts.',
    ko: '노드 주소는 사설 주소입니다. 로드밸런서 서비스는 클라우드에 공인 주소를 요청하고, 그 주소가 노드포트로 트래픽을 넘깁니다.',
  },
  tags: ['service', 'loadbalancer', 'nodeport', 'internet'],
  scenario: APP + service('NodePort'),
  steps: [
    {
      text: {
        en: 'The Service is a NodePort: EXTERNAL-IP is `<none>`. The LAN can use it, the internet cannot.',
        ko: '이 서비스는 노드포트 타입이라 EXTERNAL-IP가 `<none>`입니다. LAN에서는 쓸 수 있지만 인터넷에서는 쓸 수 없습니다.',
      },
      focus: ['svc/default/web'],
      command: 'kubectl get svc -o wide',
    },
    {
      text: {
        en: 'From the internet client, the node\'s 192.168.0.x address is not routable: the request never arrives.',
        ko: '인터넷 클라이언트에서는 노드의 192.168.0.x 주소로 갈 경로가 없어 요청이 도착하지 않습니다.',
      },
      focus: ['client/internet', 'node/worker-1'],
      command: 'curl -v http://192.168.0.11:{nodePort:default/web}/',
      source: 'client/internet',
    },
    {
      text: {
        en: 'The ingress controller already has a load balancer: a public address from the pool 203.0.113.x, spreading over the nodes\' nodePorts.',
        ko: '인그레스 컨트롤러에는 이미 로드밸런서가 있습니다. 203.0.113.x 풀에서 받은 공인 주소가 노드들의 노드포트로 트래픽을 나눕니다.',
      },
      focus: ['lb/ingress-nginx/ingress-nginx-controller', 'svc/ingress-nginx/ingress-nginx-controller'],
      command: 'kubectl get svc -A',
    },
    {
      text: {
        en: 'A LoadBalancer Service is a NodePort Service plus that outside load balancer; the cluster IP and nodePort stay.',
        ko: '로드밸런서 서비스는 노드포트 서비스에 외부 로드밸런서를 더한 것입니다. 클러스터 IP와 노드포트는 그대로 남습니다.',
      },
      focus: ['svc/default/web'],
    },
  ],
  challenge: {
    task: {
      en: 'Give `web` an address that the internet client can reach on port 80.',
      ko: '인터넷 클라이언트가 80 포트로 접속할 수 있는 주소를 `web`에 주세요.',
    },
    goals: [
      { kind: 'curl', from: 'internet', url: 'http://{lb:default/web}/', repeat: 2, expect: { outcome: 'delivered', httpStatus: 200, podPrefix: 'web-' } },
    ],
    hint: {
      en: 'One word in `spec.type`.',
      ko: '`spec.type`의 한 단어만 바꾸면 됩니다.',
    },
    solution: APP + service('LoadBalancer'),
  },
};
