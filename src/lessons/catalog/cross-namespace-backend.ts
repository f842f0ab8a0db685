import type { Lesson } from '../types';
import { docs, hostIngress, namespace, nginxPod, plainService } from './blocks';

/** Seed 000's app: `service-c` and its pod in `namespace-b`, plus the Ingress's namespace `namespace-a`. */
export const CROSS_NAMESPACE_APP = docs(
  namespace('namespace-a'),
  namespace('namespace-b'),
  plainService({ name: 'service-c', namespace: 'namespace-b', app: 'app-c' }),
  nginxPod({ name: 'app-c', namespace: 'namespace-b', container: 'web' }),
);

/** The Ingress in `namespace-a` for `subdomain.host.example`, to `backend`. */
export const ingressC = (backend: string) => hostIngress({ name: 'ingress-c', namespace: 'namespace-a', host: 'subdomain.host.example', service: backend });


const BRIDGE = `apiVersion: v1
kind: Service
metadata:
  name: service-c-bridge
  namespace: namespace-a
spec:
  type: ExternalName
  externalName: service-c.namespace-b.svc.cluster.local
---
`;

export const crossNamespaceBackend: Lesson = {
  id: 'cross-namespace-backend',
  seed: '000_bfabe17346546428.txt',
  title: { en: 'An Ingress in one namespace, the Service in another', ko: '인그레스는 이 네임스페이스에, 서비스는 저 네임스페이스에' },
  summary: {
    en: 'An Ingress backend is a Service name in the Ingress\'s own namespace — a DNS name is not accepted. An ExternalName Service can bridge the gap.',
    ko: '인그레스 백엔드는 인그레스와 같은 네임스페이스의 서비스 이름이어야 하며 DNS 이름은 받지 않습니다. ExternalName 서비스로 그 사이를 이을 수 있습니다.',
  },
  tags: ['ingress', 'namespace', 'externalname', 'cross-namespace', 'ingress-nginx', 'gateway-api'],
  scenario: CROSS_NAMESPACE_APP + ingressC('service-c.namespace-b.svc.cluster.local'),
  steps: [
    {
      text: {
        en: 'The team keeps every Ingress (and its TLS setup) in `namespace-a`; the app lives in `namespace-b`. The first idea: write the Service\'s DNS name as the backend.',
        ko: '이 팀은 모든 인그레스(와 TLS 설정)를 `namespace-a`에 두고, 앱은 `namespace-b`에 있습니다. 처음 떠올린 방법은 백엔드에 서비스의 DNS 이름을 적는 것입니다.',
      },
      focus: ['svc/namespace-b/service-c', 'pod/namespace-b/app-c'],
      command: 'kubectl get svc,ingress -A',
    },
    {
      text: {
        en: 'The API server refuses that Ingress: a backend service name must be a DNS-1035 label, so dots are not allowed. The Ingress never exists — see the problem in the editor.',
        ko: 'API 서버는 이 인그레스를 거부합니다. 백엔드 서비스 이름은 DNS-1035 레이블이어야 해서 점을 쓸 수 없습니다. 인그레스는 아예 만들어지지 않으니 에디터의 문제 표시를 확인하세요.',
      },
      focus: ['svc/namespace-b/service-c'],
    },
    {
      text: {
        en: 'So the controller has no rule for the host and answers with its own 404.',
        ko: '그래서 컨트롤러에는 이 호스트에 대한 규칙이 없고, 컨트롤러가 직접 404로 답합니다.',
      },
      focus: ['lb/ingress-nginx/ingress-nginx-controller', 'ingctl/nginx'],
      command: "curl -v -H 'Host: subdomain.host.example' http://{lb:ingress-nginx/ingress-nginx-controller}/",
      source: 'client/lan',
    },
    {
      text: {
        en: 'The other options: move the app into `namespace-a`, or give `namespace-b` its own Ingress and issuer. Both were rejected for operational reasons; a bridge Service in `namespace-a` keeps the layout.',
        ko: '다른 선택지는 앱을 `namespace-a`로 옮기거나 `namespace-b`에 따로 인그레스와 인증서 발급자를 두는 것입니다. 둘 다 운영상 이유로 제외했고, `namespace-a`에 다리 역할 서비스를 두면 구조를 유지할 수 있습니다.',
      },
      focus: ['svc/namespace-b/service-c'],
    },
  ],
  challenge: {
    task: {
      en: 'Keep the Ingress in `namespace-a` and make `http://subdomain.host.example/` from the LAN reach `app-c` in `namespace-b`.',
      ko: '인그레스는 `namespace-a`에 두고, LAN에서 `http://subdomain.host.example/`로 접속하면 `namespace-b`의 `app-c`에 닿게 하세요.',
    },
    goals: [
      { kind: 'diagnostic-absent', code: 'ingress/backend-name-invalid' },
      { kind: 'curl', from: 'lan', url: 'http://subdomain.host.example/', expect: { outcome: 'delivered', httpStatus: 200, podNamespace: 'namespace-b', podPrefix: 'app-c' } },
    ],
    hint: {
      en: 'Create a Service of `type: ExternalName` in `namespace-a` whose externalName is `service-c.namespace-b.svc.cluster.local`, and use its name as the backend.',
      ko: '`namespace-a`에 `type: ExternalName` 서비스를 만들고 externalName을 `service-c.namespace-b.svc.cluster.local`로 지정한 뒤, 그 이름을 백엔드로 쓰세요.',
    },
    solution: CROSS_NAMESPACE_APP + BRIDGE + ingressC('service-c-bridge'),
  },
  pitfalls: [
    {
      en: 'ExternalName backends let an Ingress reach any namespace or host: the same cross-namespace forwarding risk as CVE-2021-25740 (reported for hand-written Endpoints and EndpointSlices). ingress-nginx can refuse them with --disable-svc-external-name; cluster admins may have turned that on.',
      ko: 'ExternalName 백엔드를 쓰면 인그레스가 어느 네임스페이스, 어느 호스트에든 닿을 수 있습니다. 직접 작성한 Endpoints와 엔드포인트슬라이스로 보고된 CVE-2021-25740과 같은, 네임스페이스를 넘는 전달 위험입니다. ingress-nginx는 --disable-svc-external-name으로 이를 막을 수 있고, 클러스터 관리자가 이미 켜 두었을 수도 있습니다.',
    },
    {
      en: 'ingress-nginx is retired (announced by Kubernetes SIG Network in November 2025; best-effort maintenance ended in March 2026, with no releases or security patches since). Today\'s answer to cross-namespace routing is the Gateway API: an HTTPRoute may name a Service in another namespace when a ReferenceGrant there allows it.',
      ko: 'ingress-nginx는 은퇴했습니다(쿠버네티스 SIG Network가 2025년 11월 발표, best-effort 유지보수는 2026년 3월에 끝났고 그 뒤로는 릴리스도 보안 패치도 없습니다). 네임스페이스를 넘는 라우팅에 대한 요즘 답은 Gateway API입니다. 대상 네임스페이스의 ReferenceGrant가 허용하면 HTTPRoute가 다른 네임스페이스의 서비스를 가리킬 수 있습니다.',
    },
  ],
};
