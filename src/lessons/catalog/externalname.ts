import type { Lesson } from '../types';
import { docs, sleeperPod } from './blocks';

const BASE = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  internet:
    hosts:
      - { name: api.old-pay.example, ip: 203.0.113.70 }
      - { name: api.new-pay.example, ip: 203.0.113.71 }
---
${docs(sleeperPod({ name: 'checkout' }))}`;

const service = (target: string) => `apiVersion: v1
kind: Service
metadata:
  name: payments
spec:
  type: ExternalName
  externalName: ${target}
`;

export const externalName: Lesson = {
  id: 'externalname',
  title: { en: 'ExternalName: a DNS alias for something outside', ko: 'ExternalName: 바깥 서비스를 가리키는 DNS 별칭' },
  summary: {
    en: 'An ExternalName Service is a CNAME in cluster DNS. Apps call a stable in-cluster name; where it points is one field you can change.',
    ko: 'ExternalName 서비스는 클러스터 DNS 안의 CNAME입니다. 앱은 고정된 클러스터 내부 이름을 부르고, 어디를 가리킬지는 필드 하나로 바꿉니다.',
  },
  tags: ['service', 'externalname', 'dns', 'cname'],
  scenario: BASE + service('api.old-pay.example'),
  steps: [
    {
      text: {
        en: 'The app in `checkout` only knows the name `payments`. CoreDNS answers it with a CNAME to the provider\'s host.',
        ko: '`checkout` 파드의 앱은 `payments`라는 이름만 압니다. CoreDNS는 이 이름에 공급자 호스트를 가리키는 CNAME으로 답합니다.',
      },
      focus: ['svc/default/payments', 'dns/coredns'],
      command: 'dig payments.default.svc.cluster.local CNAME',
      source: 'pod/default/checkout',
    },
    {
      text: {
        en: 'The client follows the CNAME and connects to the outside host directly. No kube-proxy rule, no cluster IP, and the port in the URL is used as it is.',
        ko: '클라이언트는 CNAME을 따라가 바깥 호스트에 직접 연결합니다. kube-proxy 규칙도 클러스터 IP도 없고, URL의 포트가 그대로 쓰입니다.',
      },
      focus: ['pod/default/checkout', 'host/api.old-pay.example'],
      command: 'curl -v http://payments/',
      source: 'pod/default/checkout',
    },
    {
      text: {
        en: '`kubectl get svc` shows the target under EXTERNAL-IP and `<none>` as CLUSTER-IP.',
        ko: '`kubectl get svc`에서는 대상이 EXTERNAL-IP 칸에, CLUSTER-IP는 `<none>`으로 보입니다.',
      },
      focus: ['svc/default/payments'],
      command: 'kubectl get svc payments',
    },
  ],
  challenge: {
    task: {
      en: 'Payments moved to `api.new-pay.example`. Send `checkout` there without touching the pod.',
      ko: '결제 서비스가 `api.new-pay.example`로 옮겨 갔습니다. 파드는 건드리지 말고 `checkout`의 요청이 그곳으로 가게 하세요.',
    },
    goals: [
      { kind: 'dig', name: 'payments.default.svc.cluster.local', type: 'CNAME', from: 'default/checkout', expect: { rcode: 'NOERROR', answerData: ['api.new-pay.example.'] } },
      { kind: 'curl', from: 'default/checkout', url: 'http://payments/', expect: { outcome: 'delivered', endpoint: '203.0.113.71:80' } },
    ],
    hint: {
      en: 'Only `spec.externalName` changes.',
      ko: '`spec.externalName`만 바꾸면 됩니다.',
    },
    solution: BASE + service('api.new-pay.example'),
  },
  pitfalls: [
    {
      en: 'The request still says `Host: payments` and, over HTTPS, asks for a certificate for `payments`. Many outside services reject both; ExternalName suits protocols that do not care about the name.',
      ko: '요청의 Host 헤더는 여전히 `payments`이고, HTTPS라면 `payments`용 인증서를 기대합니다. 많은 외부 서비스가 이를 거부하므로, ExternalName은 이름을 따지지 않는 프로토콜에 잘 맞습니다.',
    },
    {
      en: '`externalName` must be a DNS name. The API server accepts an IPv4 address there (digits and dots pass as a DNS name), but CoreDNS publishes no CNAME to an address, so the Service name does not resolve (NXDOMAIN); for an IP use a selector-less Service with an EndpointSlice.',
      ko: '`externalName`에는 DNS 이름을 넣어야 합니다. IPv4 주소를 넣어도 API 서버는 받아 주지만(숫자와 점은 DNS 이름으로 통과합니다), CoreDNS는 주소를 가리키는 CNAME을 만들지 않으므로 서비스 이름이 해석되지 않습니다(NXDOMAIN). IP라면 셀렉터 없는 서비스와 엔드포인트슬라이스를 쓰세요.',
    },
  ],
};
