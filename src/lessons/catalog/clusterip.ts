import type { Lesson } from '../types';
import { docs, sleeperPod, webDeployment, webService } from './blocks';

const APP = docs(webDeployment(), sleeperPod({ container: 'shell' }));

const service = (app: string) => webService({ type: 'ClusterIP', app });

export const clusterIP: Lesson = {
  id: 'clusterip',
  title: { en: 'ClusterIP: one stable address inside the cluster', ko: 'ClusterIP: 클러스터 안의 고정 주소 하나' },
  summary: {
    en: 'A Service gets a virtual IP that only cluster members can use, and finds its pods by label — not by name.',
    ko: '서비스는 클러스터 안에서만 쓸 수 있는 가상 IP를 받고, 파드를 이름이 아니라 레이블로 찾습니다.',
  },
  tags: ['service', 'clusterip', 'labels', 'endpointslice'],
  scenario: APP + service('webapp'),
  steps: [
    {
      text: {
        en: 'The Service `web` was given a cluster IP from the service range (10.96.0.0/12). Nothing on the network owns that address: kube-proxy on every node rewrites it to a pod IP.',
        ko: '서비스 `web`은 서비스 대역(10.96.0.0/12)에서 클러스터 IP를 하나 받았습니다. 이 주소를 실제로 가진 장비는 없고, 각 노드의 kube-proxy가 이 주소를 파드 IP로 바꿔 줍니다.',
      },
      focus: ['svc/default/web'],
      command: 'kubectl get svc,endpointslices -o wide',
    },
    {
      text: {
        en: 'Ask for it from the `client` pod. The name resolves, but the connection is refused: the Service has no endpoints to send it to.',
        ko: '`client` 파드에서 호출해 봅시다. 이름은 해석되지만 연결은 거부됩니다. 요청을 넘길 엔드포인트가 하나도 없기 때문입니다.',
      },
      focus: ['pod/default/client', 'svc/default/web'],
      command: 'curl -v http://web',
      source: 'pod/default/client',
    },
    {
      text: {
        en: 'Compare the selector with the labels the Deployment puts on its pods. The EndpointSlice controller only lists pods whose labels match every key of the selector.',
        ko: '서비스의 셀렉터와 디플로이먼트가 파드에 붙이는 레이블을 비교해 보세요. 엔드포인트슬라이스 컨트롤러는 셀렉터의 모든 키가 일치하는 파드만 목록에 넣습니다.',
      },
      focus: ['svc/default/web', 'pod/default/web-69d78c59db-88wmd', 'pod/default/web-69d78c59db-wtknx'],
      command: 'kubectl get pods -o wide',
    },
    {
      text: {
        en: 'A cluster IP is useless outside the cluster: from a laptop on the office LAN the packet has nowhere to go.',
        ko: '클러스터 IP는 클러스터 밖에서는 쓸 수 없습니다. 사무실 LAN의 노트북에서 보내면 패킷이 갈 곳이 없습니다.',
      },
      focus: ['client/lan', 'svc/default/web'],
      command: 'curl -v http://{clusterIP:default/web}',
      source: 'client/lan',
    },
  ],
  challenge: {
    task: {
      en: 'Make `curl http://web` from the `client` pod reach one of the Deployment\'s pods.',
      ko: '`client` 파드에서 `curl http://web`을 실행하면 디플로이먼트의 파드 중 하나가 응답하도록 고치세요.',
    },
    goals: [
      { kind: 'curl', from: 'default/client', url: 'http://web', repeat: 2, expect: { outcome: 'delivered', httpStatus: 200, podPrefix: 'web-' } },
      { kind: 'diagnostic-absent', code: 'service/selector-matches-no-pods' },
    ],
    hint: {
      en: 'The selector says `app: webapp`; the pod template says something else.',
      ko: '셀렉터에는 `app: webapp`이라고 되어 있지만 파드 템플릿의 레이블은 다릅니다.',
    },
    solution: APP + service('web'),
  },
};
