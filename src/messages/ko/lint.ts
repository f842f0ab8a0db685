/** 교육용 진단(lint) 메시지의 한국어 템플릿 (src/lint/messages.ts와 같은 키). */
import type { lintCatalog } from '../../lint/messages';

export const koLintMessages = {
  'service/selector-matches-no-pods': '서비스 {service}의 셀렉터는 {selector}이지만 {namespace} 네임스페이스에 그 레이블을 가진 파드가 없다. 엔드포인트가 없으므로 연결이 거부된다.',
  'service/target-port-name-unknown': '서비스 {service}의 targetPort "{targetPort}"에 해당하는 컨테이너 포트가 선택된 파드({pods})에 없다. 이 포트에는 엔드포인트가 생기지 않는다.',
  'service/target-port-not-exposed': '서비스 {service}: 포트 {port}의 트래픽을 targetPort {targetPort}에 보내지만, 선택된 파드가 선언한 containerPort는 {declared}뿐이다. 연결이 거부된다.',
  'service/externalname-ignored': 'spec.externalName이 설정되어 있지만 type이 {type}이므로 무시된다. 이 서비스는 DNS 별칭이 아니라 {shape}이다. {externalName}에 대한 CNAME이 필요하면 `type: ExternalName`을 지정한다(clusterIP/selector는 제거).',
  'service/externalname-ip': 'externalName {externalName} 값은 IP 주소이다. ExternalName은 CNAME을 내보내는데, CoreDNS는 주소를 가리키는 CNAME을 만들지 않으므로 서비스 이름 자체가 해석되지 않는다(NXDOMAIN). IP로 보내려면 셀렉터 없는 서비스와 엔드포인트슬라이스를 사용한다.',
  'service/external-traffic-policy-local-nodes': '{service}의 externalTrafficPolicy: Local: 노드 {nodes}에는 준비된 로컬 엔드포인트가 없으므로, 그 노드로 들어온 트래픽은 버려진다(로드밸런서는 healthCheckNodePort 헬스 체크로 이 노드들을 건너뛴다).',
  'statefulset/service-name-missing': '스테이트풀셋 {statefulset}에 serviceName이 없다. 파드가 안정적인 DNS 이름(pod.service.namespace.svc)을 받지 못한다.',
  'statefulset/service-not-found': '스테이트풀셋 {statefulset}의 serviceName {service}에 해당하는 서비스가 {namespace} 네임스페이스에 없다. 그 이름의 헤드리스 서비스가 생기기 전까지 파드별 DNS 이름이 없다.',
  'statefulset/service-not-headless': '스테이트풀셋 {statefulset}의 serviceName {service} 서비스는 헤드리스(clusterIP: None)가 아니다. 파드별 DNS 이름에는 헤드리스 서비스가 필요하다.',
  'pod/subdomain-no-headless-service': '파드 {pod}의 subdomain은 {subdomain}이지만 {namespace} 네임스페이스에 같은 이름의 헤드리스 서비스가 없다. {hostname}.{subdomain}.{namespace}.svc 이름은 해석되지 않는다.',
  'ingress/no-controller': '인그레스 {ingress}: 처리하는 인그레스 컨트롤러가 없다({why}). ADDRESS를 받지 못하고 어떤 요청도 처리되지 않는다.',
  'ingress/multiple-controllers': '인그레스 {ingress}: 여러 컨트롤러({controllers})가 동시에 처리한다. ingressClassName을 지정한다.',
  'ingress/backend-service-missing': '백엔드 서비스 {service}: {namespace} 네임스페이스(인그레스의 네임스페이스)에 없다. 이 경로는 503으로 응답한다.',
  'ingress/backend-port-missing': '백엔드 서비스 {service}에는 {port} 포트가 없다. 이 경로는 503으로 응답한다.',
  'ingress/backend-cross-namespace-name': '백엔드 "{name}": {targetNamespace} 네임스페이스의 서비스 {target}처럼 보이지만, 인그레스 백엔드는 인그레스 자신의 네임스페이스({namespace})에 있는 서비스 이름일 뿐이다. 동작하는 방법: {namespace} 네임스페이스에 {target}.{targetNamespace}.svc.cluster.local을 가리키는 ExternalName 서비스를 만든다. 인그레스(또는 앱)를 옮겨 같은 네임스페이스에 둔다. 또는 Gateway API를 쓴다. 대상 네임스페이스의 ReferenceGrant가 허용하면 HTTPRoute는 다른 네임스페이스의 서비스를 참조할 수 있다.',
  'ingress/backend-port-is-target-port': '{service}의 백엔드 포트 {port} 값은 서비스 포트가 아니라 포트 {servicePort}의 targetPort이다. ingress-nginx는 port, targetPort, name을 모두 비교하므로 그래도 파드의 {targetPort} 포트에 닿지만, 인그레스 API가 뜻하는 것은 서비스 포트({servicePort})이며 다른 컨트롤러는 503으로 응답한다.',
  'ingress/externalname-backend': '백엔드 {service}: ExternalName 서비스이다(→ {externalName}). 컨트롤러는 이를 따라 어떤 네임스페이스나 호스트로든 간다. ingress-nginx는 --disable-svc-external-name으로 이를 막을 수 있고(CVE-2021-25740), 클라우드 L7 컨트롤러는 이를 지원하지 않는다.',
  'ingress/gce-backend-not-nodeport': '백엔드 {service}의 타입은 {type}이다. 클라우드 L7 로드밸런서(ingress-gce)는 nodePort로 보내므로 NodePort/LoadBalancer 타입을 쓰거나 컨테이너 네이티브 부하 분산(cloud.google.com/neg)을 사용한다.',
  'ingress/annotation-not-simulated': '어노테이션 {annotation}: ingress-nginx가 인그레스 {ingress}에 응답하는 방식을 바꾸지만(리다이렉트, 다른 업스트림, 접근 검사, 고정된 파드) PodPath는 이를 시뮬레이션하지 않는다. 여기서 보이는 응답은 이 어노테이션이 없을 때의 응답이다.',
  'ingress/invalid-bool-annotation': '어노테이션 {annotation}: "{value}" 값은 불리언이 아니다(스마트 따옴표가 들어갔는가?). ingress-nginx는 이 값을 무시하고 기본값({fallback})을 사용한다.',
} as const satisfies Record<keyof typeof lintCatalog, string>;
