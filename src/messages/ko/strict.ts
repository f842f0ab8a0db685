/**
 * 엄격한 필드 검증(strict field validation), v1 엔드포인트 사용 중단 경고, 엔드포인트슬라이스 lint 메시지의 한국어 템플릿
 * (src/manifest/strict/messages.ts와 같은 키). API 서버가 보내는 영어 원문은 실제 클러스터 출력과 맞춰 볼 수 있도록 그대로 남긴다.
 */
import type { strictMessages } from '../../manifest/strict/messages';

export const koStrictMessages = {
  'object/unknown-field':
    '알 수 없는 필드(unknown field) "{field}": API 서버 응답은 {kind} in version "{version}" cannot be handled as a {kind}: strict decoding error: unknown field "{field}"이다. '
    + 'API 서버는 이 오브젝트를 거부한다(쿠버네티스 1.25부터 kubectl apply는 기본으로 필드를 엄격하게 검증한다).{hint}',
  'object/unknown-field.did-you-mean': ' 혹시 {suggestion} 필드인가?',
  'endpoints/deprecated':
    'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice (v1 엔드포인트는 v1.33부터 사용 중단되었으니 discovery.k8s.io/v1 엔드포인트슬라이스를 사용하라는 경고). '
    + 'API 서버는 엔드포인트 {endpoints} 오브젝트를 아직 받아들이지만(셀렉터 없는 서비스라면 엔드포인트슬라이스로 미러링된다), kube-proxy와 CoreDNS는 엔드포인트슬라이스만 읽는다. '
    + '대신 kubernetes.io/service-name 레이블을 붙인 엔드포인트슬라이스를 작성한다.',
  'endpointslice/orphaned':
    '엔드포인트슬라이스 {slice}에 kubernetes.io/service-name 레이블이 없어 어느 서비스에도 속하지 않는다. kube-proxy와 CoreDNS는 이 슬라이스를 무시하므로 그 엔드포인트에는 트래픽이 가지 않는다. '
    + '이 슬라이스가 속할 셀렉터 없는 서비스의 이름으로 레이블을 붙인다.',
  'endpointslice/service-missing':
    '엔드포인트슬라이스 {slice}에는 kubernetes.io/service-name: {service} 레이블이 있지만 {namespace} 네임스페이스에는 그 이름의 서비스가 없다. '
    + '그 서비스가 생기기 전까지 이 엔드포인트로 가는 트래픽은 없다.',
  'endpointslice/service-has-selector':
    '엔드포인트슬라이스 {slice}: 셀렉터가 있는 서비스 {service}에 대해 작성되었다. 그 서비스의 슬라이스는 엔드포인트슬라이스 컨트롤러가 선택된 파드를 보고 관리한다. '
    + '이 슬라이스는 컨트롤러의 것이 아니므로(endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io 레이블 없음) 그대로 남고, '
    + 'kube-proxy는 서비스 트래픽의 일부를 이 슬라이스의 엔드포인트({addresses})에도 보낸다. 엔드포인트를 직접 관리하려면 셀렉터를 제거하고, 아니면 이 슬라이스를 삭제한다.',
} as const satisfies Record<keyof typeof strictMessages, string>;
