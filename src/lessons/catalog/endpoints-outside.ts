import type { Lesson } from '../types';

const BASE = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  internet:
    hosts:
      - { name: legacy-api.example.net, ip: 198.51.100.11 }
      - { name: someapi.somecompany.example, ip: 203.0.113.90 }
---
apiVersion: v1
kind: Service
metadata:
  name: external-service
spec:
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: external-service-alias
spec:
  type: ExternalName
  externalName: someapi.somecompany.example
---
apiVersion: v1
kind: Pod
metadata:
  name: kubia
spec:
  containers:
    - name: kubia
      image: luksa/kubia
---
`;

const STARTER = `apiVersion: v1
kind: Endpoints
metadata:
  name: external-service
subsets:
  - addresses:
      - ip: 198.51.100.11
      - ip: 198.51.100.22
    ports:
      - port: 80
`;

const SOLUTION = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: external-service-1
  labels:
    kubernetes.io/service-name: external-service
addressType: IPv4
ports:
  - port: 80
    protocol: TCP
endpoints:
  - addresses: ["198.51.100.11"]
`;

export const endpointsOutside: Lesson = {
  id: 'endpoints-outside',
  seed: '004_a48e22c2eb991acf.txt',
  title: { en: 'Endpoints to servers outside, and the ExternalName shortcut', ko: '클러스터 밖 서버를 가리키는 엔드포인트, 그리고 ExternalName이라는 지름길' },
  summary: {
    en: 'A Service never links to pods directly: an endpoint list sits between. Write that list yourself to put outside servers behind a Service — or alias a name with ExternalName.',
    ko: '서비스는 파드와 직접 연결되지 않고, 그 사이에 엔드포인트 목록이 있습니다. 이 목록을 직접 쓰면 바깥 서버를 서비스 뒤에 둘 수 있고, ExternalName으로 이름 별칭을 만들 수도 있습니다.',
  },
  tags: ['service', 'endpoints', 'endpointslice', 'selectorless', 'externalname'],
  scenario: BASE + STARTER,
  steps: [
    {
      text: {
        en: '`external-service` has no selector. Its members come from the Endpoints object of the same name, which Kubernetes mirrors into an EndpointSlice for kube-proxy.',
        ko: '`external-service`에는 셀렉터가 없습니다. 구성원은 같은 이름의 Endpoints 오브젝트에서 오고, 쿠버네티스가 이를 kube-proxy용 엔드포인트슬라이스로 미러링합니다.',
      },
      focus: ['svc/default/external-service'],
      command: 'kubectl get ep,endpointslices',
    },
    {
      text: {
        en: 'kube-proxy spreads connections over both addresses. One of them has nothing behind it: some requests hang until they time out.',
        ko: 'kube-proxy는 두 주소로 연결을 나눕니다. 그중 하나에는 아무것도 없어서, 일부 요청은 타임아웃될 때까지 멈춰 있습니다.',
      },
      focus: ['pod/default/kubia', 'svc/default/external-service', 'host/legacy-api.example.net'],
      command: 'curl -v http://external-service/',
      source: 'pod/default/kubia',
    },
    {
      text: {
        en: 'The alias needs no endpoints at all: DNS answers a CNAME and the pod connects to the outside host by itself.',
        ko: '별칭 쪽은 엔드포인트가 전혀 필요 없습니다. DNS가 CNAME으로 답하고 파드가 바깥 호스트에 직접 연결합니다.',
      },
      focus: ['svc/default/external-service-alias', 'host/someapi.somecompany.example'],
      command: 'curl -v http://external-service-alias/',
      source: 'pod/default/kubia',
    },
    {
      text: {
        en: 'Both keep the real location out of the app: change the endpoint list or the externalName, and the pods keep calling the same name.',
        ko: '두 방법 모두 실제 위치를 앱에서 감춥니다. 엔드포인트 목록이나 externalName만 바꾸면 파드는 같은 이름을 계속 부르면 됩니다.',
      },
      focus: ['svc/default/external-service', 'svc/default/external-service-alias'],
    },
  ],
  challenge: {
    task: {
      en: 'Every request from `kubia` to `http://external-service/` must be answered by the legacy API at 198.51.100.11. Bonus: use the API that is not deprecated.',
      ko: '`kubia`에서 `http://external-service/`로 보내는 모든 요청이 198.51.100.11의 레거시 API에서 응답을 받아야 합니다. 덤으로, 사용 중단되지 않은 API를 쓰세요.',
    },
    goals: [
      { kind: 'curl', from: 'default/kubia', url: 'http://external-service/', repeat: 6, expect: { outcome: 'delivered', endpoint: '198.51.100.11:80' } },
    ],
    hint: {
      en: 'Remove the address nobody answers on. An EndpointSlice labelled `kubernetes.io/service-name: external-service` can replace the Endpoints object.',
      ko: '아무도 응답하지 않는 주소를 빼세요. `kubernetes.io/service-name: external-service` 레이블을 단 엔드포인트슬라이스로 Endpoints 오브젝트를 대신할 수 있습니다.',
    },
    solution: BASE + SOLUTION,
  },
  pitfalls: [
    {
      en: 'The Endpoints API is deprecated since Kubernetes v1.33 (the API server warns on use); EndpointSlice is its replacement.',
      ko: 'Endpoints API는 쿠버네티스 v1.33부터 사용 중단(deprecated) 상태이며 사용하면 API 서버가 경고합니다. 대체 API는 엔드포인트슬라이스입니다.',
    },
    {
      en: 'Add a selector later and Kubernetes builds the endpoint list from pods (overwriting an Endpoints object of the same name), but a hand-written EndpointSlice stays, and kube-proxy keeps sending traffic to it alongside the pods. Remove the selector and the list is no longer updated.',
      ko: '나중에 셀렉터를 추가하면 쿠버네티스가 파드로 엔드포인트 목록을 만들고(같은 이름의 Endpoints 오브젝트는 덮어씁니다), 직접 쓴 엔드포인트슬라이스는 그대로 남아 kube-proxy가 파드와 함께 계속 트래픽을 보냅니다. 셀렉터를 지우면 목록은 더 이상 갱신되지 않습니다.',
    },
  ],
};
