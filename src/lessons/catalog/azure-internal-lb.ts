import type { Lesson } from '../types';
import { docs, namespace } from './blocks';

const WORLD = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  cluster:
    loadBalancer: { provider: azure, publicPool: 203.0.113.10/28, internalPool: 192.168.0.200/29 }
    ingressControllers:
      - className: nginx
        controller: k8s.io/ingress-nginx
        style: in-cluster
        namespace: ingress-nginx
        serviceName: ingress-nginx-controller
        serviceAnnotations:
          service.beta.kubernetes.io/azure-load-balancer-internal: "true"
---
${docs(namespace('hyein-ns'), namespace('lily-ns'))}`;

const firstSvc = (targetPort: string) => `apiVersion: v1
kind: Service
metadata:
  name: first-svc
  namespace: hyein-ns
  annotations:
    service.beta.kubernetes.io/azure-load-balancer-internal: "true"
    service.beta.kubernetes.io/azure-load-balancer-internal-subnet: "snet-lb"
spec:
  type: LoadBalancer
  selector:
    app: hyein
  ports:
    - protocol: TCP
      port: 80
${targetPort}---
`;

const APPS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: first-deploy
  namespace: hyein-ns
spec:
  replicas: 3
  selector:
    matchLabels:
      app: hyein
  template:
    metadata:
      labels:
        app: hyein
    spec:
      containers:
        - name: first-container
          image: myregistry.azurecr.io/hyein/web:1.0
          ports:
            - containerPort: 5000
---
apiVersion: v1
kind: Service
metadata:
  name: lily-svc
  namespace: lily-ns
spec:
  selector:
    app: lily
  ports:
    - protocol: TCP
      port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: lily-deploy
  namespace: lily-ns
spec:
  replicas: 2
  selector:
    matchLabels:
      app: lily
  template:
    metadata:
      labels:
        app: lily
    spec:
      containers:
        - name: lily-container
          image: myregistry.azurecr.io/lily/web:1.0
          ports:
            - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: lily-svc-bridge
  namespace: hyein-ns
spec:
  type: ExternalName
  externalName: lily-svc.lily-ns.svc.cluster.local
---
`;

const ingress = (quote: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: hyein-ingress
  namespace: hyein-ns
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: ${quote}false${quote === '“' ? '”' : quote}
spec:
  ingressClassName: nginx
  rules:
    - host: hyein.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: first-svc
                port:
                  number: 80
    - host: lily.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: lily-svc-bridge
                port:
                  number: 80
`;

export const azureInternalLB: Lesson = {
  id: 'azure-internal-lb',
  seed: '003_0a6a39fdefa1a903.txt',
  title: { en: 'Behind an internal load balancer: one Ingress, two hosts, two namespaces', ko: '내부 로드밸런서 뒤에서: 인그레스 하나, 호스트 둘, 네임스페이스 둘' },
  summary: {
    en: 'An Azure internal load balancer gives the ingress controller a private VNet address. One Ingress routes two host names, one of them through an ExternalName bridge into another namespace.',
    ko: 'Azure 내부 로드밸런서는 인그레스 컨트롤러에 VNet의 사설 주소를 줍니다. 인그레스 하나가 호스트 이름 둘을 나누고, 그중 하나는 ExternalName 다리를 거쳐 다른 네임스페이스로 갑니다.',
  },
  tags: ['ingress', 'loadbalancer', 'internal-lb', 'azure', 'externalname', 'cross-namespace', 'host', 'targetPort'],
  scenario: WORLD + firstSvc('') + APPS + ingress('“'),
  steps: [
    {
      text: {
        en: 'The annotation `service.beta.kubernetes.io/azure-load-balancer-internal: "true"` makes Azure build an internal load balancer: its address comes from the private range, not from the public pool.',
        ko: '`service.beta.kubernetes.io/azure-load-balancer-internal: "true"` 어노테이션이 있으면 Azure는 내부 로드밸런서를 만듭니다. 주소는 공인 풀이 아니라 사설 대역에서 받습니다.',
      },
      focus: ['lb/ingress-nginx/ingress-nginx-controller', 'lb/hyein-ns/first-svc'],
      command: 'kubectl get svc -A -o wide',
    },
    {
      text: {
        en: 'Both host names lead to the same controller address. `lily.example.com` goes through `lily-svc-bridge`, an ExternalName pointing at `lily-svc` in `lily-ns`.',
        ko: '두 호스트 이름은 같은 컨트롤러 주소로 옵니다. `lily.example.com`은 `lily-ns`의 `lily-svc`를 가리키는 ExternalName인 `lily-svc-bridge`를 거칩니다.',
      },
      focus: ['ing/hyein-ns/hyein-ingress', 'svc/hyein-ns/lily-svc-bridge', 'svc/lily-ns/lily-svc'],
      command: 'curl -v http://lily.example.com/',
      source: 'client/lan',
    },
    {
      text: {
        en: 'From the internet the private address is unreachable — that is the point of an internal load balancer. (In the original setup an Application Gateway in the VNet is the public entry.)',
        ko: '인터넷에서는 사설 주소에 닿을 수 없습니다. 내부 로드밸런서를 쓰는 이유가 바로 이것입니다. (원래 구성에서는 VNet 안의 Application Gateway가 공개 진입점입니다.)',
      },
      focus: ['client/internet', 'lb/ingress-nginx/ingress-nginx-controller'],
      command: 'curl -v http://lily.example.com/',
      source: 'client/internet',
    },
    {
      text: {
        en: '`hyein.example.com` answers 502: `first-svc` sends to port 80 (targetPort defaults to port), but the pods listen on 5000.',
        ko: '`hyein.example.com`은 502로 답합니다. `first-svc`는 80 포트로 보내는데(targetPort 기본값은 port), 파드는 5000 포트에서 기다립니다.',
      },
      focus: ['svc/hyein-ns/first-svc'],
      command: 'curl -v http://hyein.example.com/',
      source: 'client/lan',
    },
    {
      text: {
        en: 'Look at the ssl-redirect annotation in the editor: typographic quotes (“false”) are not a boolean, so ingress-nginx ignores the value.',
        ko: '에디터에서 ssl-redirect 어노테이션을 보세요. 둥근 따옴표(“false”)는 불리언이 아니라서 ingress-nginx가 값을 무시합니다.',
      },
      focus: ['ing/hyein-ns/hyein-ingress'],
    },
  ],
  challenge: {
    task: {
      en: 'From the LAN, `hyein.example.com` must reach the first-deploy pods and `lily.example.com` the lily-deploy pods; from the internet, neither. Fix the annotation too.',
      ko: 'LAN에서 `hyein.example.com`은 first-deploy 파드에, `lily.example.com`은 lily-deploy 파드에 닿아야 하고, 인터넷에서는 둘 다 닿으면 안 됩니다. 어노테이션도 고치세요.',
    },
    goals: [
      { kind: 'curl', from: 'lan', url: 'http://hyein.example.com/', repeat: 3, expect: { outcome: 'delivered', httpStatus: 200, podNamespace: 'hyein-ns', podPrefix: 'first-deploy-' } },
      { kind: 'curl', from: 'lan', url: 'http://lily.example.com/', expect: { outcome: 'delivered', httpStatus: 200, podNamespace: 'lily-ns', podPrefix: 'lily-deploy-' } },
      { kind: 'curl', from: 'internet', url: 'http://hyein.example.com/', expect: { outcome: 'timeout' } },
      { kind: 'diagnostic-absent', code: 'service/target-port-not-exposed' },
      { kind: 'diagnostic-absent', code: 'ingress/invalid-bool-annotation' },
    ],
    hint: {
      en: 'Add `targetPort: 5000` to first-svc, and write the annotation value with straight quotes: "false".',
      ko: 'first-svc에 `targetPort: 5000`을 추가하고, 어노테이션 값은 곧은 따옴표로 "false"라고 쓰세요.',
    },
    solution: WORLD + firstSvc('      targetPort: 5000\n') + APPS + ingress('"'),
  },
  pitfalls: [
    {
      en: 'The bridge is an ExternalName backend (CVE-2021-25740): it works only while ingress-nginx runs without --disable-svc-external-name.',
      ko: '이 다리는 ExternalName 백엔드입니다(CVE-2021-25740). ingress-nginx가 --disable-svc-external-name 없이 실행될 때만 동작합니다.',
    },
    {
      en: 'ingress-nginx is retired (SIG Network announcement, November 2025; best-effort maintenance ended in March 2026). On AKS, look at the Gateway API, where an HTTPRoute plus a ReferenceGrant in `lily-ns` replaces the bridge.',
      ko: 'ingress-nginx는 은퇴했습니다(SIG Network 2025년 11월 발표, best-effort 유지보수는 2026년 3월에 끝남). AKS에서도 Gateway API를 살펴보세요. HTTPRoute와 `lily-ns`의 ReferenceGrant가 다리 서비스를 대신합니다.',
    },
  ],
};
