import type { Lesson } from '../types';
import { docs, sleeperPod } from './blocks';

const BASE = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  lan:
    hosts:
      - { name: billing-1.corp.example, ip: 192.168.0.31, ports: [8080] }
      - { name: billing-2.corp.example, ip: 192.168.0.32, ports: [8080] }
---
apiVersion: v1
kind: Service
metadata:
  name: billing
spec:
  ports:
    - name: http
      port: 80
      targetPort: 8080
---
${docs(sleeperPod())}`;

const slice = (labels: string) => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: billing-lan
${labels}addressType: IPv4
ports:
  - name: http
    port: 8080
    protocol: TCP
endpoints:
  - addresses: ["192.168.0.31"]
  - addresses: ["192.168.0.32"]
`;

export const selectorlessEndpointSlice: Lesson = {
  id: 'selectorless-endpointslice',
  title: { en: 'Selector-less Services and hand-written EndpointSlices', ko: '셀렉터 없는 서비스와 직접 쓰는 엔드포인트슬라이스' },
  summary: {
    en: 'Leave out the selector and Kubernetes stops managing endpoints: you list the backends yourself in an EndpointSlice, and kube-proxy balances over them.',
    ko: '셀렉터를 빼면 쿠버네티스는 엔드포인트를 관리하지 않습니다. 백엔드를 엔드포인트슬라이스에 직접 적으면 kube-proxy가 그 사이에서 부하를 나눕니다.',
  },
  tags: ['service', 'selectorless', 'endpointslice', 'lan', 'kube-proxy'],
  scenario: BASE + slice(''),
  steps: [
    {
      text: {
        en: 'Two billing servers live on the LAN, outside the cluster. The Service `billing` has a cluster IP but no selector.',
        ko: '결제 서버 두 대가 클러스터 밖 LAN에 있습니다. 서비스 `billing`은 클러스터 IP는 있지만 셀렉터가 없습니다.',
      },
      focus: ['svc/default/billing', 'host/billing-1.corp.example', 'host/billing-2.corp.example'],
      command: 'kubectl get svc,endpointslices -o wide',
    },
    {
      text: {
        en: 'Calling it from a pod is refused: kube-proxy found no endpoints for the Service.',
        ko: '파드에서 호출하면 거부됩니다. kube-proxy가 이 서비스의 엔드포인트를 찾지 못했기 때문입니다.',
      },
      focus: ['pod/default/client', 'svc/default/billing'],
      command: 'curl -v http://billing/',
      source: 'pod/default/client',
    },
    {
      text: {
        en: '`kubectl describe` tells the same story from the API: the `Endpoints:` line of `billing` is `<none>`, because no EndpointSlice says it belongs to `billing`.',
        ko: '`kubectl describe`는 API 쪽에서 같은 이야기를 합니다. 어떤 엔드포인트슬라이스도 `billing` 소속이라고 밝히지 않아서, `billing`의 `Endpoints:` 줄이 `<none>`입니다.',
      },
      focus: ['svc/default/billing', 'eps/default/billing-lan'],
      command: 'kubectl describe svc billing',
    },
    {
      text: {
        en: 'An EndpointSlice belongs to a Service through the label `kubernetes.io/service-name`, not through its own name. Its port is matched to the Service port by name (`http`).',
        ko: '엔드포인트슬라이스는 자기 이름이 아니라 `kubernetes.io/service-name` 레이블로 서비스에 연결됩니다. 포트는 이름(`http`)으로 서비스 포트와 짝지어집니다.',
      },
      focus: ['eps/default/billing-lan'],
    },
  ],
  challenge: {
    task: {
      en: 'Make every call to `http://billing/` from `client` reach one of the two billing servers.',
      ko: '`client`에서 `http://billing/`을 부를 때마다 결제 서버 두 대 중 하나에 닿게 하세요.',
    },
    goals: [
      { kind: 'curl', from: 'default/client', url: 'http://billing/', repeat: 4, expect: { outcome: 'delivered', httpStatus: 200 } },
    ],
    hint: {
      en: 'The slice needs a label that names its Service.',
      ko: '슬라이스에 자기 서비스를 가리키는 레이블이 필요합니다.',
    },
    solution: BASE + slice('  labels:\n    kubernetes.io/service-name: billing\n'),
  },
  pitfalls: [
    {
      en: 'The Endpoints API is deprecated since Kubernetes v1.33. Old manifests with `kind: Endpoints` still work (the mirroring controller copies them into EndpointSlices), but new ones should write EndpointSlices.',
      ko: 'Endpoints API는 쿠버네티스 v1.33부터 사용 중단(deprecated) 상태입니다. `kind: Endpoints`로 쓴 기존 매니페스트도 미러링 컨트롤러가 엔드포인트슬라이스로 복사해 주므로 동작하지만, 새로 쓴다면 엔드포인트슬라이스로 작성하세요.',
    },
    {
      en: 'Nobody health-checks hand-written endpoints: a dead address stays in rotation until you remove it.',
      ko: '직접 적은 엔드포인트는 아무도 헬스 체크를 하지 않습니다. 죽은 주소도 지울 때까지 계속 부하 분산 대상에 남습니다.',
    },
  ],
};
