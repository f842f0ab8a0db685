import type { Lesson } from '../types';
import { CROSS_NAMESPACE_APP, ingressC } from './cross-namespace-backend';
import { docs } from './blocks';

const APP = CROSS_NAMESPACE_APP + docs(ingressC('headless-to-service-c'));

const bridge = (kind: string) => `apiVersion: v1
kind: Service
metadata:
  name: headless-to-service-c
  namespace: namespace-a
spec:
${kind}  externalName: service-c.namespace-b.svc.cluster.local
`;

export const externalNameBridgeType: Lesson = {
  id: 'externalname-bridge-type',
  seed: '000_bfabe17346546428.txt',
  title: { en: 'The "headless" bridge that is not an alias', ko: '별칭이 되지 못한 "헤드리스" 다리' },
  summary: {
    en: '`externalName` only means something when `type: ExternalName`. Next to `clusterIP: None` it is ignored, and the Service is an empty headless Service.',
    ko: '`externalName`은 `type: ExternalName`일 때만 의미가 있습니다. `clusterIP: None`과 함께 쓰면 무시되고, 서비스는 빈 헤드리스 서비스가 됩니다.',
  },
  tags: ['ingress', 'externalname', 'headless', 'cross-namespace', 'ingress-nginx'],
  scenario: APP + bridge('  clusterIP: None\n'),
  steps: [
    {
      text: {
        en: 'The bridge was written with `clusterIP: None` and an `externalName`, but no type. The type defaults to ClusterIP, so this is a headless Service.',
        ko: '다리 서비스를 `clusterIP: None`과 `externalName`으로 작성했지만 타입은 적지 않았습니다. 타입 기본값은 ClusterIP이므로 이것은 헤드리스 서비스입니다.',
      },
      focus: ['svc/namespace-a/headless-to-service-c'],
      command: 'kubectl get svc -n namespace-a',
    },
    {
      text: {
        en: 'Cluster DNS has no CNAME for it: a headless Service without a selector or endpoints has no records at all.',
        ko: '클러스터 DNS에는 이 서비스의 CNAME이 없습니다. 셀렉터도 엔드포인트도 없는 헤드리스 서비스에는 레코드가 하나도 없습니다.',
      },
      focus: ['dns/coredns', 'svc/namespace-a/headless-to-service-c'],
      command: 'dig headless-to-service-c.namespace-a.svc.cluster.local CNAME',
      source: 'pod/namespace-b/app-c',
    },
    {
      text: {
        en: 'The Ingress is accepted, but its backend has no port 80 and no endpoints: ingress-nginx answers 503.',
        ko: '인그레스는 만들어지지만 백엔드에 80 포트도 엔드포인트도 없어서 ingress-nginx가 503으로 답합니다.',
      },
      focus: ['ing/namespace-a/ingress-c', 'svc/namespace-a/headless-to-service-c'],
      command: 'curl -v http://subdomain.host.example/',
      source: 'client/lan',
    },
    {
      text: {
        en: 'With `type: ExternalName` the name becomes a CNAME to `service-c.namespace-b.svc.cluster.local`; ingress-nginx follows it to the Service in `namespace-b`.',
        ko: '`type: ExternalName`으로 바꾸면 이 이름은 `service-c.namespace-b.svc.cluster.local`을 가리키는 CNAME이 되고, ingress-nginx가 이를 따라 `namespace-b`의 서비스로 갑니다.',
      },
      focus: ['svc/namespace-b/service-c', 'pod/namespace-b/app-c'],
    },
  ],
  challenge: {
    task: {
      en: 'Turn `headless-to-service-c` into a real alias so `http://subdomain.host.example/` from the LAN reaches `app-c`.',
      ko: '`headless-to-service-c`를 진짜 별칭으로 바꿔서, LAN에서 `http://subdomain.host.example/`로 접속하면 `app-c`에 닿게 하세요.',
    },
    goals: [
      { kind: 'diagnostic-absent', code: 'service/externalname-ignored' },
      { kind: 'dig', name: 'headless-to-service-c.namespace-a.svc.cluster.local', type: 'CNAME', expect: { rcode: 'NOERROR', answerData: ['service-c.namespace-b.svc.cluster.local.'] } },
      { kind: 'curl', from: 'lan', url: 'http://subdomain.host.example/', expect: { outcome: 'delivered', httpStatus: 200, podNamespace: 'namespace-b', podPrefix: 'app-c' } },
    ],
    hint: {
      en: 'Replace `clusterIP: None` with `type: ExternalName`. An ExternalName Service must not carry a clusterIP.',
      ko: '`clusterIP: None`을 `type: ExternalName`으로 바꾸세요. ExternalName 서비스에는 clusterIP가 있으면 안 됩니다.',
    },
    solution: APP + bridge('  type: ExternalName\n'),
  },
  pitfalls: [
    {
      en: 'ExternalName backends let an Ingress reach Services in namespaces its author does not control: the cross-namespace forwarding risk of CVE-2021-25740 (reported for hand-written Endpoints and EndpointSlices). ingress-nginx offers --disable-svc-external-name to forbid them.',
      ko: 'ExternalName 백엔드를 쓰면 인그레스가 작성자가 관리하지 않는 네임스페이스의 서비스에까지 닿을 수 있습니다. 직접 작성한 Endpoints와 엔드포인트슬라이스로 보고된 CVE-2021-25740과 같은, 네임스페이스를 넘는 전달 위험입니다. ingress-nginx는 이를 막는 --disable-svc-external-name 옵션을 제공합니다.',
    },
    {
      en: 'With the Gateway API, the same routing needs no alias: an HTTPRoute in `namespace-a` names `service-c` in `namespace-b`, and a ReferenceGrant in `namespace-b` allows it explicitly.',
      ko: 'Gateway API에서는 별칭 없이 같은 라우팅을 할 수 있습니다. `namespace-a`의 HTTPRoute가 `namespace-b`의 `service-c`를 가리키고, `namespace-b`의 ReferenceGrant가 이를 명시적으로 허용합니다.',
    },
  ],
};
