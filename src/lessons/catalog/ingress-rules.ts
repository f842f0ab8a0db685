import type { Lesson } from '../types';

const backend = (n: string, label: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${n}
spec:
  type: NodePort
  selector:
    ingress-app: ${label}
  ports:
    - name: http-port
      port: 8888
      targetPort: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: ${n === 'sample-ingress-default' ? n : n.replace('svc', 'apps')}
  labels:
    ingress-app: ${label}
spec:
  containers:
    - name: nginx-container
      image: amsy810/echo-nginx:v2.0
      ports:
        - containerPort: 80
---
`;

const BACKENDS = backend('sample-ingress-svc-1', 'sample1') + backend('sample-ingress-svc-2', 'sample2') + backend('sample-ingress-default', 'default');

const ingress = (path1Type: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: sample-ingress-by-nginx
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: sample-ingress-default
      port:
        number: 8888
  rules:
    - host: sample.example.com
      http:
        paths:
          - path: /path1
            pathType: ${path1Type}
            backend:
              service:
                name: sample-ingress-svc-1
                port:
                  number: 8888
          - path: /path2
            pathType: Prefix
            backend:
              service:
                name: sample-ingress-svc-2
                port:
                  number: 8888
`;

export const ingressRules: Lesson = {
  id: 'ingress-rules',
  seed: '001_c6fe422cb2b06322.txt',
  title: { en: 'Ingress rules: host first, then path', ko: '인그레스 규칙: 호스트 다음에 경로' },
  summary: {
    en: 'An ingress controller matches the Host header to a rule, then the path by its pathType, and falls back to the default backend.',
    ko: '인그레스 컨트롤러는 Host 헤더로 규칙을 고르고, pathType에 따라 경로를 맞춘 뒤, 맞는 것이 없으면 기본 백엔드로 보냅니다.',
  },
  tags: ['ingress', 'ingress-nginx', 'host', 'path', 'pathType', 'l7'],
  scenario: BACKENDS + ingress('Exact'),
  steps: [
    {
      text: {
        en: 'All Ingresses of class nginx share the controller\'s load balancer address. The controller pod does the L7 work and connects straight to pod IPs.',
        ko: 'nginx 클래스의 인그레스는 모두 컨트롤러의 로드밸런서 주소를 함께 씁니다. L7 처리는 컨트롤러 파드가 하고, 파드 IP로 바로 연결합니다.',
      },
      focus: ['lb/ingress-nginx/ingress-nginx-controller', 'ingctl/nginx', 'ing/default/sample-ingress-by-nginx'],
      command: 'kubectl get ingress -o wide',
    },
    {
      text: {
        en: 'The Host header picks the rule. Same address, another name: no rule matches, and ingress-nginx answers 404 itself.',
        ko: 'Host 헤더가 규칙을 고릅니다. 같은 주소라도 다른 이름으로 오면 맞는 규칙이 없어 ingress-nginx가 직접 404로 답합니다.',
      },
      focus: ['ingctl/nginx'],
      command: "curl -v -H 'Host: other.example.com' http://{ingress:default/sample-ingress-by-nginx}/path1",
      source: 'client/internet',
    },
    {
      text: {
        en: '`/path1` is `Exact`: only that exact path matches. `/path1/` falls through to the default backend.',
        ko: '`/path1`은 `Exact`라서 정확히 그 경로만 맞습니다. `/path1/`은 기본 백엔드로 넘어갑니다.',
      },
      focus: ['ing/default/sample-ingress-by-nginx', 'svc/default/sample-ingress-default'],
      command: 'curl -v http://sample.example.com/path1/',
      source: 'client/internet',
    },
    {
      text: {
        en: '`Prefix` matches whole path elements: `/path2` takes `/path2`, `/path2/` and `/path2/x`, but not `/path2x`.',
        ko: '`Prefix`는 경로 요소 단위로 맞춥니다. `/path2`는 `/path2`, `/path2/`, `/path2/x`를 받지만 `/path2x`는 받지 않습니다.',
      },
      focus: ['svc/default/sample-ingress-svc-2', 'pod/default/sample-ingress-apps-2'],
      command: 'curl -v http://sample.example.com/path2/x',
      source: 'client/internet',
    },
  ],
  challenge: {
    task: {
      en: '`/path1`, `/path1/` and everything below it must reach sample-ingress-apps-1; `/` must still reach the default backend.',
      ko: '`/path1`, `/path1/`, 그리고 그 아래 모든 경로가 sample-ingress-apps-1에 닿아야 합니다. `/`는 여전히 기본 백엔드로 가야 합니다.',
    },
    goals: [
      { kind: 'curl', from: 'internet', url: 'http://sample.example.com/path1', expect: { outcome: 'delivered', podPrefix: 'sample-ingress-apps-1' } },
      { kind: 'curl', from: 'internet', url: 'http://sample.example.com/path1/', expect: { outcome: 'delivered', podPrefix: 'sample-ingress-apps-1' } },
      { kind: 'curl', from: 'internet', url: 'http://sample.example.com/path1/report', expect: { outcome: 'delivered', podPrefix: 'sample-ingress-apps-1' } },
      { kind: 'curl', from: 'internet', url: 'http://sample.example.com/', expect: { outcome: 'delivered', podPrefix: 'sample-ingress-default' } },
    ],
    hint: {
      en: 'Change the pathType of `/path1`.',
      ko: '`/path1`의 pathType을 바꾸세요.',
    },
    solution: BACKENDS + ingress('Prefix'),
  },
  pitfalls: [
    {
      en: 'ingress-nginx is retired: Kubernetes SIG Network announced it in November 2025 and kept best-effort maintenance going until March 2026; since then there are no new releases, bug fixes or security patches. Running controllers keep working, and the Ingress API itself stays. For new work choose another controller or the Gateway API (HTTPRoute).',
      ko: 'ingress-nginx는 은퇴했습니다. 쿠버네티스 SIG Network가 2025년 11월에 발표했고 2026년 3월까지만 최선을 다하는 수준(best-effort)으로 유지보수했습니다. 그 뒤로는 새 릴리스도, 버그 수정도, 보안 패치도 없습니다. 이미 돌고 있는 컨트롤러는 계속 동작하고 인그레스 API 자체도 남습니다. 새 작업이라면 다른 컨트롤러나 Gateway API(HTTPRoute)를 고르세요.',
    },
    {
      en: 'ingress-nginx redirects HTTP to HTTPS by default when an Ingress has a tls section; the annotation nginx.ingress.kubernetes.io/ssl-redirect: "false" turns that off.',
      ko: 'ingress-nginx는 인그레스에 tls 항목이 있으면 기본으로 HTTP를 HTTPS로 리다이렉트합니다. nginx.ingress.kubernetes.io/ssl-redirect: "false" 어노테이션으로 끌 수 있습니다.',
    },
  ],
};
