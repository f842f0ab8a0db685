/**
 * 매니페스트 계층 진단 메시지의 한국어 템플릿 (src/manifest/messages.ts와 같은 키).
 *
 * 영어 원문은 `kubectl apply`가 출력하는 API 서버 오류를 흉내 낸다. 실제 클러스터는 영어로 답하므로,
 * 학습자가 실제 출력과 맞춰 볼 수 있도록 오류 유형(Invalid value, Required value …)은 괄호 안에 영어로 남긴다.
 * `{reason}`은 apimachinery의 규칙 문장을 API 서버가 보내는 그대로(영어) 담으므로 번역하지 않는다.
 *
 * 번역 규칙: 자리표시자 바로 뒤에는 받침에 따라 형태가 바뀌는 조사(은/는, 이/가, 을/를, 와/과, 로/으로)를
 * 붙이지 않는다. 대신 "서비스 {service}:", "{dst} 주소는"처럼 명사를 덧붙이거나 불변 조사(의, 에, 에서, 도, 만,
 * 까지, 이다)를 쓴다.
 */
import type { Catalog } from '../render';

const REJECT = 'API 서버는 이 오브젝트를 거부한다.';
const INVALID = '잘못된 값(Invalid value)';
const REQUIRED = '필수 값 누락(Required value)';
const UNSUPPORTED = '지원하지 않는 값(Unsupported value)';
const DUPLICATE = '중복된 값(Duplicate value)';
const FORBIDDEN = '허용되지 않음(Forbidden)';
const PORT_RANGE = '1 이상 65535 이하여야 한다.';
const VALID_IP = '유효한 IP 주소여야 한다(예: 10.9.8.7, 2001:db8::ffff).';

export const koManifestMessages = {
  // ---------------------------------------------------------------- 텍스트 읽기
  'yaml/syntax-error': 'YAML 구문 오류: {reason}. 이 문서는 건너뛰고, 다른 문서는 계속 읽는다.',
  'yaml/invalid-document-separator': 'kubectl은 "---"로 시작하는 모든 줄에서 문서를 나누고, 그 줄의 "---" 뒤에는 주석만 허용한다. 그래서 이 줄에서 "invalid Yaml document separator: {reason}" 오류를 내며 파일 읽기를 멈추고, 이 문서도 바로 앞 문서도 적용하지 않는다. "{reason}" 부분을 다음 줄로 옮긴다. PodPath는 이 문서만 건너뛰고 다른 문서는 계속 읽는다.',
  'json/syntax-error': '텍스트가 "{"로 시작하면 kubectl은 전체를 JSON으로 읽는데, 이 부분부터는 JSON이 아니다. kubectl은 여기서 "error parsing …: json: …" 오류를 내며 파일 읽기를 멈추고, 여기부터는 아무것도 적용하지 않는다. JSON 형식(키와 문자열을 큰따옴표로 감싼다)으로 쓰거나, kubectl이 YAML로 읽도록 텍스트를 YAML 줄(주석 한 줄이면 된다)로 시작한다. PodPath는 이 문서만 건너뛰고 다른 문서는 계속 읽는다.',
  'yaml/unsupported-value': '값 {written}: JSON으로 나타낼 수 없는 숫자({reason})로 읽힌다. kubectl은 문서를 보내기 전에 모두 JSON으로 바꾸므로, 여기서 "error converting YAML to JSON: json: unsupported value: {reason}" 오류를 내며 파일 읽기를 멈춘다. 이 문서도, 그 뒤의 어떤 것도 적용되지 않는다. 글자를 뜻했다면 값을 따옴표로 감싼다. PodPath는 이 문서만 건너뛰고 다른 문서는 계속 읽는다.',
  'yaml/merge-overrides-key': '"{key}" 키가 같은 키를 정하는 병합(`<<`)보다 앞에 있다. YAML 병합 규칙대로라면 이 키가 남지만, kubectl(go-yaml v2)은 병합을 쓰인 순서대로 적용한다. 그래서 병합이 이 값을 아무 말 없이 덮어써, 오브젝트는 "{key}: {merged}" 값으로 만들어지고 "{written}" 값은 사라진다. 이 값을 지키려면 "{key}" 키를 `<<` 줄 아래로 옮긴다.',
  'yaml/merge-not-a-map': '병합(`<<`)에는 매핑, 매핑의 앨리어스, 또는 그것들의 리스트만 올 수 있는데 이 값은 그렇지 않다. kubectl은 여기서 "error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value" 오류를 내며 파일 읽기를 멈추고, 이 문서도 그 뒤의 어떤 것도 적용하지 않는다. PodPath는 이 문서만 건너뛰고 다른 문서는 계속 읽는다.',
  'yaml/null-key': '키 {written}: null로 읽히는데, JSON에는 null 키가 없다. kubectl은 여기서 "error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: …" 오류를 내며 파일 읽기를 멈추고, 이 문서도 그 뒤의 어떤 것도 적용하지 않는다. 글자를 뜻했다면 키를 따옴표로 감싼다("{written}"). PodPath는 이 문서만 건너뛰고 다른 문서는 계속 읽는다.',
  'yaml/duplicate-key': '"{key}" 키를 여기서 다시 썼다(처음은 {firstLine}번째 줄). kubectl은 YAML을 느슨하게 읽어서 마지막 값만 남기고 앞의 값은 아무 말 없이 버린다. 그래서 API 서버는 앞의 값을 보지 못한다. 키는 하나만 남겨야 한다.',
  'manifest/not-an-object': '이 문서는 쿠버네티스 오브젝트가 아니다. apiVersion, kind, metadata가 있는 매핑이어야 한다(실제 내용: {found}).',
  'object/missing-api-version': `apiVersion이 없다. 모든 오브젝트에는 apiVersion이 필요하다(예: v1, apps/v1, networking.k8s.io/v1). ${REJECT}`,
  'object/missing-kind': 'kind가 없다. 모든 오브젝트에는 kind가 필요하다(예: Service, Deployment, Ingress). 이 오브젝트는 건너뛴다.',
  'object/unknown-api-version': '"{apiVersion}" 버전에는 {kind} 종류가 없다(API 서버 응답: no matches for kind "{kind}" in version "{apiVersion}"). {kind}의 apiVersion은 {supported}이다. 이 오브젝트는 시뮬레이션하지 않는다.',
  'object/not-simulated': '{kind} ({apiVersion}) 오브젝트는 남겨 두지만 시뮬레이션하지 않는다. PodPath가 모델링하는 것은 서비스, 파드, 워크로드, 엔드포인트슬라이스, 인그레스, DNS이다.',
  'object/invalid-field-type': '{field}: {expected} 타입이어야 하는데 {found} 값이다. API 서버는 이 오브젝트를 디코딩하지 못한다("cannot unmarshal {goFound} into Go struct field …"). 여기서는 기본값을 사용한다.{hint}',
  'object/invalid-field-type.hint.none': '',
  'object/invalid-field-type.hint.bool-for-string': ' kubectl은 YAML 1.1로 읽기 때문에 따옴표 없는 yes, no, on, off, y, n은 true, false와 마찬가지로 불리언이 된다. 읽은 값: {read}. 글자 그대로 쓰려면 값을 따옴표로 감싼다.',
  'object/invalid-field-type.hint.number-for-string': ' 따옴표가 없어서 숫자로 읽혔고(읽은 값: {read}), kubectl은 이 숫자를 그대로 보낸다. YAML은 숫자의 값만 남긴다(1.10은 1.1이 되고, 0으로 시작하면 8진수라서 0755는 493이 된다). 쓴 그대로 두려면 값을 따옴표로 감싼다.',
  'object/unsupported-value': `{field}: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}.`,
  'object/duplicate': '{object} 오브젝트가 두 번 이상 정의되어 있다(처음 정의는 문서 {firstDoc}). 두 번째 `kubectl apply`가 첫 번째를 덮어쓰듯이 나중 정의가 적용된다.',

  // ---------------------------------------------------------------- metadata
  'object/name-required': `metadata.name: ${REQUIRED}: name 또는 generateName이 필요하다. ${REJECT}`,
  'object/name-invalid': `metadata.name: ${INVALID}: "{name}": {reason}. 쿠버네티스는 이 {kind} 이름을 거부한다. "{suggestion}" 같은 이름을 사용한다.`,
  'object/namespace-invalid': `metadata.namespace: ${INVALID}: "{namespace}": {reason}. 네임스페이스 이름은 소문자 DNS 레이블이어야 한다. "{suggestion}" 같은 이름을 사용한다.`,
  'object/label-key-invalid': `{field}: ${INVALID}: "{key}": {reason}.`,
  'object/label-value-invalid': `{field}: ${INVALID}: "{value}": {reason}.`,

  // ---------------------------------------------------------------- 서비스
  'service/type-unsupported': `spec.type: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}.`,
  'service/protocol-unsupported': `{field}: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}.`,
  'service/session-affinity-unsupported': `spec.sessionAffinity: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}.`,
  'service/traffic-policy-unsupported': `{field}: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}.`,
  'service/ports-required': `spec.ports: ${REQUIRED}: {type} 서비스에는 포트가 하나 이상 필요하다(포트 없이 만들 수 있는 것은 헤드리스 서비스와 ExternalName 서비스뿐이다). ${REJECT}`,
  'service/headless-not-allowed': `spec.clusterIPs[0]: ${INVALID}: "None": {type} 서비스에는 'None'을 설정할 수 없다. 헤드리스 서비스에는 노드가 트래픽을 전달할 가상 IP가 없다. ${REJECT}`,
  'service/externalname-cluster-ip': `spec.clusterIPs: ${FORBIDDEN}: ExternalName 서비스에는 설정할 수 없다(설정된 값: "{clusterIP}"). ExternalName 서비스는 DNS CNAME일 뿐이다. ${REJECT}`,
  'service/externalname-required': `spec.externalName: ${REQUIRED}: ExternalName 타입 서비스에는 별칭으로 가리킬 DNS 이름이 필요하다. ${REJECT}`,
  'service/externalname-invalid': `spec.externalName: ${INVALID}: "{value}": {reason}.`,
  'service/cluster-ip-invalid': `{field}: ${INVALID}: "{value}": 유효한 IP 주소(예: 10.9.8.7, 2001:db8::ffff), "None"(헤드리스) 또는 빈 값(자동 할당)이어야 한다.`,
  'service/cluster-ips-without-cluster-ip': `spec.clusterIPs: ${INVALID}: \`clusterIP\`를 지정하지 않았다면 비어 있어야 한다.`,
  'service/cluster-ips-mismatch': `spec.clusterIPs[0]: ${INVALID}: "{first}": \`clusterIP\`("{clusterIP}")와 같아야 한다.`,
  'service/cluster-ip-out-of-range':
    `{field}: ${INVALID}: "{ip}": IP {ip} 할당 실패: 지정한 IP({ip})가 유효한 범위에 있지 않다. 유효한 IP 범위는 {ranges}이다. `
    + '이 매니페스트를 실제 클러스터에서 가져왔다면 그 클러스터의 서비스 IP 범위를 선언한다. World 문서(apiVersion: podpath.dev/v1alpha1, kind: World)에 spec.cluster.serviceCIDRs: ["{suggestion}"] 항목을 넣거나, CLI에서 --service-cidr {suggestion} 옵션을 쓴다({suggestion}: 여기 있는 clusterIP를 모두 포함하는 가장 작은 범위).',
  'service/cluster-ip-allocated': `{field}: ${INVALID}: "{ip}": IP {ip} 할당 실패: 이미 할당된 IP이다({owner}에 할당됨).`,
  'service/port-name-required': `{field}: ${REQUIRED}: 포트가 {count}개인 서비스는 모든 포트에 이름을 붙여야 한다. ${REJECT}`,
  'service/port-name-invalid': `{field}: ${INVALID}: "{name}": {reason}.`,
  'service/port-name-duplicate': `{field}: ${DUPLICATE}: "{name}".`,
  'service/port-invalid': `{field}: ${INVALID}: {port}: ${PORT_RANGE}`,
  'service/port-duplicate': `{field}: ${DUPLICATE}: 포트 {port}/{protocol} 항목이 두 번 나온다.`,
  'service/target-port-invalid': `{field}: ${INVALID}: "{value}": {reason}. targetPort는 숫자이거나 컨테이너 포트의 이름(IANA 서비스 이름)이어야 한다.`,
  'service/node-port-not-allowed': `{field}: ${FORBIDDEN}: \`type\`이 'ClusterIP'이면 사용할 수 없다.`,
  'service/external-traffic-policy-not-allowed': `spec.externalTrafficPolicy: ${INVALID}: "{value}": 클러스터 밖에서 접근할 수 있는 서비스에만 설정할 수 있다. externalIPs가 없는 {type} 서비스는 클러스터 밖의 트래픽을 받지 않는다. 파드에서 오는 트래픽에는 internalTrafficPolicy를 쓴다.`,
  'service/load-balancer-only': `{field}: ${FORBIDDEN}: \`type\`이 'LoadBalancer'일 때만 사용할 수 있다.`,
  'service/health-check-node-port-not-allowed': `spec.healthCheckNodePort: ${INVALID}: {value}: \`type\`이 'LoadBalancer'이고 \`externalTrafficPolicy\`가 'Local'일 때만 설정할 수 있다.`,
  'service/node-port-duplicate': `{field}: ${DUPLICATE}: {nodePort}.`,
  'service/node-port-out-of-range': `{field}: ${INVALID}: {nodePort}: 지정한 포트가 유효한 범위에 있지 않다. 유효한 포트 범위는 {min}-{max}이다.`,
  'service/node-port-allocated': `{field}: ${INVALID}: {nodePort}: 이미 할당된 포트이다({owner}에 할당됨).`,
  'service/session-affinity-timeout-invalid': `{field}: ${INVALID}: {value}: 0보다 크고 86400보다 작아야 한다.`,
  'service/external-ip-invalid': `{field}: ${INVALID}: "{value}": ${VALID_IP}`,
  'service/source-range-invalid': `{field}: ${INVALID}: "{value}": 203.0.113.0/24 같은 CIDR이어야 한다.`,

  // ---------------------------------------------------------------- 파드와 워크로드
  'pod/containers-required': `{field}: ${REQUIRED}: 파드에는 컨테이너가 하나 이상 필요하다. ${REJECT}`,
  'pod/container-port-invalid': `{field}: ${INVALID}: {port}: ${PORT_RANGE}`,
  'pod/container-port-name-invalid': `{field}: ${INVALID}: "{name}": {reason}.`,
  'pod/container-port-name-duplicate': `{field}: ${DUPLICATE}: "{name}".`,
  'pod/host-port-duplicate': `{field}: ${DUPLICATE}: "{value}". 두 포트가 노드에서 같은 hostPort·프로토콜·hostIP를 차지한다.`,
  'pod/port-duplicate-definition': '{field}: {other} 항목과 같은 포트 정의다(API 서버 경고: duplicate port definition). 오브젝트는 만들어진다.',
  'pod/port-overlapping-definition': '{field}: {other} 항목과 겹치는 포트 정의다(API 서버 경고: overlapping port definition). 오브젝트는 만들어진다.',
  'pod/port-ambiguous-definition': '{field}: {other} 항목과 hostPort가 같은데 한쪽에만 hostIP가 있어 동작이 정해지지 않는다(API 서버 경고: dangerously ambiguous port definition). 오브젝트는 만들어진다.',
  'pod/port-host-ip-without-host-port': '{field}: hostPort 없이 hostIP만 지정했다(API 서버 경고: hostIP set without hostPort: {port}). hostIP는 hostPort와 함께 쓸 때만 의미가 있다. 오브젝트는 만들어진다.',
  'pod/port-name-duplicate': '{field}: {other} 항목과 포트 이름("{name}")이 같다(API 서버 경고: duplicate port name). API 서버는 이름으로 포트를 고르는 서비스와 프로브가 {other} 항목을 쓴다고 알리지만, EndpointSlice 컨트롤러(FindPort)는 컨테이너의 포트를 사이드카의 포트보다 먼저 찾고 일반 초기화 컨테이너의 포트는 보지 않는다. 오브젝트는 만들어진다.',
  'pod/container-name-required': `{field}: ${REQUIRED}: 컨테이너마다 이름이 있어야 한다.`,
  'pod/container-name-invalid': `{field}: ${INVALID}: "{name}": {reason}.`,
  'pod/container-restart-policy-forbidden': `{field}: ${FORBIDDEN}: restartPolicy는 초기화 컨테이너(initContainers)에만 지정할 수 있다.`,
  'pod/container-name-duplicate': `{field}: ${DUPLICATE}: "{name}". 한 파드의 컨테이너와 초기화 컨테이너(initContainers)는 이름이 모두 달라야 한다.`,
  'pod/hostname-invalid': `{field}: ${INVALID}: "{value}": {reason}.`,
  'pod/dns-config-required': `{field}: ${REQUIRED}: \`dnsPolicy\`가 None이면 \`dnsConfig\`를 지정해야 한다.`,
  'pod/dns-nameserver-required': `{field}: ${REQUIRED}: \`dnsPolicy\`가 None이면 DNS 네임서버를 하나 이상 지정해야 한다.`,
  'pod/dns-too-many-nameservers': `{field}: ${INVALID}: 네임서버 {count}개: {max}개보다 많이 지정할 수 없다.`,
  'pod/dns-too-many-searches': `{field}: ${INVALID}: 검색 경로 {count}개: {max}개보다 많이 지정할 수 없다.`,
  'pod/dns-search-list-too-long': `{field}: ${INVALID}: {chars}자: 검색 목록은 공백을 포함해 {max}자를 넘을 수 없다.`,
  'pod/dns-option-name-required': `{field}: ${REQUIRED}: 비어 있으면 안 된다(옵션에는 이름이 있어야 한다).`,
  'pod/nameserver-invalid': `{field}: ${INVALID}: "{value}": 유효한 IP 주소여야 한다.`,
  'pod/dns-search-invalid': `{field}: ${INVALID}: "{value}": 소문자 RFC 1123 서브도메인은 소문자 영숫자, '_', '-', '.'만으로 이루어지고 영숫자로 시작하고 끝나야 한다(검색 경로는 끝에 점을 붙이거나 "." 하나만 쓸 수도 있다).`,
  'pod/host-alias-ip-invalid': `{field}: ${INVALID}: "{value}": 유효한 IP 주소여야 한다.`,
  'pod/host-alias-hostname-invalid': `{field}: ${INVALID}: "{value}": {reason}.`,
  'workload/deprecated-api-version': '{apiVersion} 버전의 {kind} 리소스는 쿠버네티스 1.16에서 제거되었다(apps/v1 사용). 여기서는 apps/v1 기준으로 읽는다.',
  'workload/replicas-invalid': `{field}: ${INVALID}: {replicas}: 0 이상이어야 한다.`,
  'statefulset/ordinals-start-invalid': `{field}: ${INVALID}: {start}: 0 이상이어야 한다.`,
  'workload/selector-required': `spec.selector: ${REQUIRED}: apps/v1 {kind}에는 어떤 파드를 소유할지 정하는 셀렉터가 있어야 한다. ${REJECT}`,
  'workload/selector-empty': `spec.selector: ${INVALID}: {kind}에는 빈 셀렉터를 쓸 수 없다.`,
  'workload/selector-mismatch': `spec.template.metadata.labels: ${INVALID}: "{labels}": \`selector\`가 템플릿의 \`labels\`와 일치하지 않는다(셀렉터: {selector}). 이대로라면 이 {kind} 리소스는 자신이 만드는 파드를 소유할 수 없다.`,

  // ---------------------------------------------------------------- 엔드포인트와 엔드포인트슬라이스
  'endpoints/address-invalid': `{field}: ${INVALID}: "{value}": {reason}.`,
  'endpoints/hostname-invalid': `{field}: ${INVALID}: "{value}": {reason}.`,
  'endpoints/port-name-required': `{field}: ${REQUIRED}: 서브셋에 포트가 여러 개이면 포트마다 이름이 필요하다.`,
  'endpoints/port-name-invalid': `{field}: ${INVALID}: "{name}": {reason}.`,
  'endpoints/port-invalid': `{field}: ${INVALID}: {port}: ${PORT_RANGE}`,
  'endpointslice/deprecated-api-version': '{apiVersion} 버전의 EndpointSlice는 쿠버네티스 1.25에서 제거되었다(discovery.k8s.io/v1 사용). 여기서는 v1 기준으로 읽는다.',
  'endpointslice/address-type-required': `addressType: ${REQUIRED}: IPv4, IPv6, FQDN 중 하나여야 한다.`,
  'endpointslice/address-type-unsupported': `addressType: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}.`,
  'endpointslice/addresses-required': `{field}: ${REQUIRED}: 엔드포인트에는 주소가 하나 이상 필요하다.`,
  'endpointslice/address-invalid': `{field}: ${INVALID}: "{value}": 유효한 {addressType} 주소여야 한다.`,
  'endpointslice/port-name-required': `{field}: ${REQUIRED}.`,
  'endpointslice/port-name-invalid': `{field}: ${INVALID}: "{name}": {reason}.`,
  'endpointslice/port-name-duplicate': `{field}: ${DUPLICATE}: "{name}".`,
  'endpointslice/port-invalid': `{field}: ${INVALID}: {port}: ${PORT_RANGE}`,

  // ---------------------------------------------------------------- 인그레스
  'ingress/deprecated-api-version':
    '{apiVersion} 버전의 Ingress는 쿠버네티스 1.22에서 제거되었다. 현재 클러스터는 "no matches for kind Ingress in version {apiVersion}"이라고 답한다. '
    + 'PodPath는 이를 networking.k8s.io/v1 형식으로 변환했다(serviceName/servicePort → service.name/port, backend → defaultBackend, pathType ImplementationSpecific).',
  'ingress/rules-or-default-backend-required': `spec: ${INVALID}: \`defaultBackend\`나 \`rules\` 중 하나는 지정해야 한다. ${REJECT}`,
  'ingress/host-ip': `{field}: ${INVALID}: "{host}": IP 주소가 아니라 DNS 이름이어야 한다.`,
  'ingress/host-invalid': `{field}: ${INVALID}: "{host}": {reason}.`,
  'ingress/tls-host-invalid': `{field}: ${INVALID}: "{host}": {reason}.`,
  'ingress/tls-secret-name-invalid': `{field}: ${INVALID}: "{name}": {reason}.`,
  'ingress/class-name-invalid': `{field}: ${INVALID}: "{name}": {reason}.`,
  'ingress/class-annotation-mismatch': `annotations.kubernetes.io/ingress.class: ${INVALID}: "{annotation}": 둘 다 지정했다면 \`ingressClassName\`("{ingressClassName}")과 일치해야 한다.`,
  'ingress/paths-required': `{field}: ${REQUIRED}: http 규칙에는 경로가 하나 이상 필요하다. ${REJECT}`,
  'ingress/path-type-required': `{field}: ${REQUIRED}: networking.k8s.io/v1에서는 pathType(Exact, Prefix, ImplementationSpecific)을 지정해야 한다. ${REJECT}`,
  'ingress/path-type-unsupported': `{field}: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}.`,
  'ingress/path-not-absolute': `{field}: ${INVALID}: "{path}": 절대 경로여야 한다("/"로 시작).`,
  'ingress/path-invalid-sequence': `{field}: ${INVALID}: "{path}": '{sequence}' 문자열을 포함할 수 없다.`,
  'ingress/path-invalid-suffix': `{field}: ${INVALID}: "{path}": '{suffix}' 문자열로 끝날 수 없다.`,
  'ingress/backend-both': `{field}: ${INVALID}: resource 백엔드와 service 백엔드를 함께 지정할 수 없다.`,
  'ingress/backend-required': `{field}: ${INVALID}: resource 백엔드나 service 백엔드가 필요하다.`,
  'ingress/backend-resource-incomplete': `{field}: ${REQUIRED}: resource 백엔드에는 {missing} 값이 필요하다.`,
  'ingress/backend-name-required': `{field}: ${REQUIRED}: 인그레스와 같은 네임스페이스에 있는 서비스의 이름이어야 한다.`,
  'ingress/backend-name-invalid': `{field}: ${INVALID}: "{name}": {reason}. {hint}`,
  'ingress/backend-name-invalid.cross-namespace':
    '인그레스 백엔드는 DNS 이름이 아니라 인그레스와 같은 네임스페이스에 있는 서비스의 이름이다. 이 방식으로는 다른 네임스페이스를 참조할 수 없다. '
    + '"{namespace}" 네임스페이스의 서비스에 닿으려면, 이 네임스페이스에 그 서비스를 가리키는 서비스(예: ExternalName 타입)를 만들고 여기에 그 서비스의 이름을 쓴다.',
  'ingress/backend-name-invalid.label': '서비스 이름은 소문자 DNS-1035 레이블이다. 혹시 "{suggestion}"인가?',
  'ingress/backend-port-both': `{field}: ${INVALID}: 포트 이름과 포트 번호를 함께 지정할 수 없다.`,
  'ingress/backend-port-invalid': `{field}: ${INVALID}: "{value}": {reason}.`,
  'ingress/backend-port-required': `{field}: ${REQUIRED}: 포트 이름이나 번호가 필요하다.`,
  'ingressclass/controller-required': `spec.controller: ${REQUIRED}: 이 클래스를 구현하는 컨트롤러(예: k8s.io/ingress-nginx)를 지정해야 한다.`,

  // ---------------------------------------------------------------- 노드
  'node/pod-cidr-invalid': `{field}: ${INVALID}: "{value}": {reason}.`,
  'node/internal-ip-assigned': '노드 {name}에 InternalIP 주소(status.addresses)가 없다. 시뮬레이션에서는 {ip} 주소를 부여한다.',

  // ---------------------------------------------------------------- World
  'world/unsupported-api-version': 'World 문서의 apiVersion은 {supported}이어야 한다(지정된 값: "{apiVersion}").',
  'world/duplicate': 'World 문서가 두 개 이상 있다. 나중에 나오는 이 문서가 적용되고, 문서 {firstDoc}의 World는 무시한다.',
  'world/unknown-field': '{field}: 알 수 없는 필드 "{key}"(여기서 쓸 수 있는 필드: {known}). 이 필드는 무시한다.',
  'world/field-outside-spec': '{field}: 필드 "{key}"의 자리는 spec: 아래이다(spec.{key}). 여기에 쓰면 무시한다.',
  'world/invalid-field': '{field}: {expected} 값이어야 하는데 {found} 값이다. 기본값을 유지한다.',
  'world/field-required': `{field}: ${REQUIRED}: "{key}" 값을 지정해야 한다. 이 항목은 무시한다.`,
  'world/invalid-entry': '{field}: {expected} 값이어야 하는데 {found} 값이다. 이 항목은 무시한다.',
  'world/unsupported-value': `{field}: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}. 기본값을 유지한다.`,
  'world/unsupported-value-entry': `{field}: ${UNSUPPORTED}: "{value}": 지원하는 값: {supported}. 이 항목은 무시한다.`,
  'world/invalid-cidr': `{field}: ${INVALID}: "{value}": {reason}.`,
  'world/invalid-ip': `{field}: ${INVALID}: "{value}": ${VALID_IP}`,
  'world/invalid-domain': `{field}: ${INVALID}: "{value}": {reason}.`,
  'world/service-cidrs-required': `{field}: ${REQUIRED}: 서비스 IP 범위가 하나 이상 필요하다(kube-apiserver --service-cluster-ip-range).`,
  'world/node-cidr-mask-invalid': `{field}: ${INVALID}: {value}: 노드별 마스크는 파드 CIDR의 프리픽스({podCIDR}) 이상, 주소 길이 이하여야 한다.`,
  'world/dns-ip-outside-service-cidr': `{field}: ${INVALID}: "{ip}": kube-dns 서비스 주소는 서비스 IP 범위({ranges}) 안에 있어야 한다.`,
  'world/node-port-range-invalid': `{field}: ${INVALID}: {min}-{max}: 1-65535 안의 범위여야 한다(kube-apiserver --service-node-port-range, 기본값 30000-32767).`,
  'world/invalid-service-cidr-option': '--service-cidr "{value}": {reason}. 이 옵션은 무시한다.',
} as const satisfies Catalog;
