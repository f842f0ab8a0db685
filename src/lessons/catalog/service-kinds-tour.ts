import { SEED001_STATEFULSET } from '../../dns/fixtures/seed001';
import type { Lesson } from '../types';
import { hostIngress } from './blocks';

const WORLD = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  internet:
    hosts:
      - { name: external.example.com, ip: 203.0.113.80 }
  lan:
    hosts:
      - { name: member-1.lan, ip: 192.168.0.41 }
      - { name: member-2.lan, ip: 192.168.0.42 }
---
`;

const STS = `apiVersion: v1
kind: Service
metadata:
  name: sample-headless
spec:
  type: ClusterIP
  clusterIP: None
  selector:
    app: sample-app
  ports:
    - name: http-port
      port: 80
      targetPort: 80
---
${SEED001_STATEFULSET}---
apiVersion: v1
kind: Service
metadata:
  name: sample-subdomain
spec:
  clusterIP: None
  selector:
    app: sample-hostname
  ports:
    - name: http-port
      port: 80
---
`;

const pod = (field: string) => `apiVersion: v1
kind: Pod
metadata:
  name: sample-subdomain
  labels:
    app: sample-hostname
spec:
  hostname: sample-hostname
  ${field}: sample-subdomain
  containers:
    - name: nginx-container
      image: amsy810/echo-nginx:v2.0
---
`;

const REST = `apiVersion: v1
kind: Service
metadata:
  name: sample-externalname
spec:
  type: ExternalName
  externalName: external.example.com
---
apiVersion: v1
kind: Service
metadata:
  name: sample-none-selector
spec:
  type: ClusterIP
  ports:
    - protocol: TCP
      port: 8080
      targetPort: 80
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: sample-none-selector-1
  labels:
    kubernetes.io/service-name: sample-none-selector
addressType: IPv4
ports:
  - protocol: TCP
    port: 80
endpoints:
  - addresses: ["192.168.0.41"]
  - addresses: ["192.168.0.42"]
---
${hostIngress({ name: 'sample-ingress', host: 'sample.example.com', service: 'sample-headless' })}---
apiVersion: v1
kind: Pod
metadata:
  name: sample-pod
spec:
  containers:
    - name: tools
      image: amsy810/tools:v2.0
`;

export const serviceKindsTour: Lesson = {
  id: 'service-kinds-tour',
  seed: '001_c6fe422cb2b06322.txt',
  title: { en: 'A tour of Service kinds: headless names, aliases, hand-made endpoints', ko: '서비스 종류 둘러보기: 헤드리스 이름, 별칭, 직접 만든 엔드포인트' },
  summary: {
    en: 'StatefulSet pods and hostname/subdomain pods get their own DNS names under a headless Service; ExternalName is a CNAME; a selector-less Service balances over endpoints you write; an Ingress sits on top at L7.',
    ko: '스테이트풀셋 파드와 hostname/subdomain을 지정한 파드는 헤드리스 서비스 아래에서 자기 DNS 이름을 얻습니다. ExternalName은 CNAME이고, 셀렉터 없는 서비스는 직접 적은 엔드포인트로 부하를 나누며, 인그레스는 그 위에서 L7을 맡습니다.',
  },
  tags: ['headless', 'statefulset', 'hostname', 'subdomain', 'externalname', 'selectorless', 'endpointslice', 'ingress', 'dns'],
  scenario: WORLD + STS + pod('domain') + REST,
  steps: [
    {
      text: {
        en: 'The StatefulSet names its pods `-0`, `-1`, `-2` and sets each pod\'s hostname and subdomain from `serviceName`. The headless Service then publishes `<pod>.sample-headless`.',
        ko: '스테이트풀셋은 파드 이름 끝에 `-0`, `-1`, `-2`를 붙이고, `serviceName`으로 각 파드의 hostname과 subdomain을 정합니다. 그러면 헤드리스 서비스가 `<파드>.sample-headless` 이름을 내보냅니다.',
      },
      focus: ['svc/default/sample-headless', 'pod/default/sample-statefulset-headless-0'],
      command: 'dig sample-statefulset-headless-0.sample-headless +search',
      source: 'pod/default/sample-pod',
    },
    {
      text: {
        en: 'The Service name itself returns every pod address: DNS round robin, no virtual IP.',
        ko: '서비스 이름 자체는 모든 파드 주소를 돌려줍니다. 가상 IP 없는 DNS 라운드 로빈입니다.',
      },
      focus: ['dns/coredns', 'svc/default/sample-headless'],
      command: 'dig sample-headless.default.svc.cluster.local',
      source: 'pod/default/sample-pod',
    },
    {
      text: {
        en: 'A plain Pod can have a per-pod name too: `spec.hostname` plus `spec.subdomain` equal to a headless Service in its namespace. This Pod was written with `spec.domain`, a field Pod does not have: `kubectl apply` rejects unknown fields by default (`--validate=strict`; since Kubernetes 1.25 the API server checks them itself), so the Pod was never created and its name cannot resolve. The editor marks the line.',
        ko: '일반 파드도 자기 이름을 가질 수 있습니다. `spec.hostname`과, 같은 네임스페이스의 헤드리스 서비스 이름과 같은 `spec.subdomain`을 주면 됩니다. 그런데 이 파드는 파드에 없는 필드인 `spec.domain`으로 적혀 있습니다. `kubectl apply`는 기본으로 알 수 없는 필드를 거부하므로(`--validate=strict`, 쿠버네티스 1.25부터는 API 서버가 직접 검사) 파드는 만들어지지 않았고, 이름도 해석되지 않습니다. 에디터가 해당 줄을 표시합니다.',
      },
      focus: ['svc/default/sample-subdomain'],
      command: 'dig sample-hostname.sample-subdomain.default.svc.cluster.local',
      source: 'pod/default/sample-pod',
    },
    {
      text: {
        en: 'An ExternalName Service is only a CNAME: no cluster IP, no endpoints, no proxying.',
        ko: 'ExternalName 서비스는 CNAME일 뿐입니다. 클러스터 IP도, 엔드포인트도, 프록시도 없습니다.',
      },
      focus: ['svc/default/sample-externalname', 'host/external.example.com'],
      command: 'dig sample-externalname.default.svc.cluster.local CNAME',
      source: 'pod/default/sample-pod',
    },
    {
      text: {
        en: 'A Service without a selector gets no endpoints from Kubernetes. The EndpointSlice written by hand, labelled with the Service\'s name, tells kube-proxy where to send.',
        ko: '셀렉터가 없는 서비스는 쿠버네티스가 엔드포인트를 만들어 주지 않습니다. 서비스 이름을 레이블로 단, 직접 작성한 엔드포인트슬라이스가 kube-proxy에게 목적지를 알려 줍니다.',
      },
      focus: ['svc/default/sample-none-selector', 'eps/default/sample-none-selector-1'],
      command: 'curl -v http://sample-none-selector:8080/',
      source: 'pod/default/sample-pod',
    },
    {
      text: {
        en: 'The Ingress works at L7 on top of all this: ingress-nginx reads the headless Service\'s endpoints and connects straight to a pod.',
        ko: '인그레스는 이 모든 것 위에서 L7로 동작합니다. ingress-nginx는 헤드리스 서비스의 엔드포인트를 읽어 파드에 바로 연결합니다.',
      },
      focus: ['ing/default/sample-ingress', 'ingctl/nginx'],
      command: 'curl -v http://sample.example.com/',
      source: 'client/internet',
    },
  ],
  challenge: {
    task: {
      en: 'Make `sample-hostname.sample-subdomain.default.svc.cluster.local` resolve to the `sample-subdomain` pod.',
      ko: '`sample-hostname.sample-subdomain.default.svc.cluster.local`이 `sample-subdomain` 파드 주소로 해석되게 하세요.',
    },
    goals: [
      { kind: 'dig', name: 'sample-hostname.sample-subdomain.default.svc.cluster.local', from: 'default/sample-pod', expect: { rcode: 'NOERROR', answerCount: 1 } },
      { kind: 'resolve', name: 'sample-hostname.sample-subdomain', from: 'default/sample-pod', type: 'A', expect: { rcode: 'NOERROR' } },
    ],
    hint: {
      en: 'Pod spec has no `domain` field. Which field pairs with `hostname`?',
      ko: '파드 spec에는 `domain` 필드가 없습니다. `hostname`과 짝을 이루는 필드는 무엇일까요?',
    },
    solution: WORLD + STS + pod('subdomain') + REST,
  },
  pitfalls: [
    {
      en: 'Pods of a Deployment share one pod template, so they would share one hostname: that name answers with every pod\'s address, so it names no single pod. Per-pod names need a StatefulSet or separate Pods.',
      ko: '디플로이먼트의 파드는 파드 템플릿 하나를 공유하므로 hostname도 같아집니다. 그 이름은 모든 파드의 주소로 답하므로 어느 한 파드도 가리키지 못합니다. 파드마다 이름이 필요하면 스테이트풀셋이나 개별 파드를 쓰세요.',
    },
    {
      en: 'An ExternalName Service has no cluster IP: the API server rejects one created with `spec.clusterIP` set (even `None`). When an existing ClusterIP Service is changed to ExternalName, the API server releases the allocated address itself, unless the update asks for a different one.',
      ko: 'ExternalName 서비스에는 클러스터 IP가 없습니다. `spec.clusterIP`를 적은(`None`이라도) ExternalName 서비스를 만들면 API 서버가 거부합니다. 이미 있는 ClusterIP 서비스를 ExternalName으로 바꿀 때는, 다른 주소를 요구하지 않는 한 API 서버가 할당된 주소를 알아서 반납합니다.',
    },
    {
      en: 'The Endpoints API is deprecated since v1.33: write EndpointSlices (labelled `kubernetes.io/service-name`) for selector-less Services.',
      ko: 'Endpoints API는 v1.33부터 사용 중단(deprecated) 상태입니다. 셀렉터 없는 서비스에는 `kubernetes.io/service-name` 레이블을 단 엔드포인트슬라이스를 작성하세요.',
    },
  ],
};
