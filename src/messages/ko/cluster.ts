/** reconcile 진단 메시지의 한국어 템플릿 (src/cluster/messages.ts와 같은 키). */
import type { CLUSTER_MESSAGES } from '../../cluster/messages';

const REJECT = 'API 서버는 이 서비스를 거부한다.';

export const koClusterMessages = {
  'cluster/node-no-internal-ip': '노드 {node}에 InternalIP 주소가 없다. 이 노드의 파드는 hostIP를 받지 못한다.',
  'cluster/node-cidr-exhausted': '파드 CIDR {podCIDR}에 노드 {node}에 할당할 /{maskSize} 블록이 더 남아 있지 않다.',
  'cluster/pod-node-not-found': '파드 {pod}에 바인딩된 노드({node})가 클러스터에 없다. Node 오브젝트도 함께 붙여 넣거나(kubectl get nodes -o yaml), World 문서의 spec.nodes에 그 노드를 적는다.',
  'cluster/pod-unschedulable': '파드 {pod}의 실행을 맡을 수 있는 노드가 없다. 파드는 IP 없이 Pending 상태로 남는다.',
  'cluster/pod-ip-outside-node-cidr': '파드 {pod}의 IP({ip})가 소속 노드 {node}의 파드 CIDR({podCIDR}) 밖에 있다.',
  'cluster/pod-ip-duplicate': '파드 {pod}, {other} 둘 다 IP가 {ip}이다.',
  'cluster/pod-ip-exhausted': '노드 {node}의 {podCIDR} 대역에 파드 {pod}에 줄 빈 주소가 없다.',
  'cluster/service-ip-invalid': '서비스 {service}: {ip} 값은 유효한 IP 주소가 아니다.',
  'cluster/service-ip-out-of-range': `서비스 {service}: clusterIP {ip} 주소가 서비스 CIDR({cidrs}) 안에 없다. ${REJECT}`,
  'cluster/service-ip-duplicate': `서비스 {service}: clusterIP {ip} 주소는 이미 {other}에 할당되어 있다. ${REJECT}`,
  'cluster/service-cidr-full': '서비스 {service}: 서비스 CIDR에 남은 {family} 주소가 없다.',
  'cluster/service-dualstack-unavailable': '서비스 {service}에는 이중 스택이 필요하지만, 클러스터에 {family} 서비스 CIDR이 없다.',
  'cluster/nodeport-out-of-range': `서비스 {service}: nodePort {nodePort} 값이 허용 범위({min}-{max})를 벗어난다. ${REJECT}`,
  'cluster/nodeport-duplicate': `서비스 {service}: nodePort {nodePort} 값은 이미 {other}에 할당되어 있다. ${REJECT}`,
  'cluster/nodeport-range-full': '서비스 {service}: {min}-{max} 범위에 남은 노드포트가 없다.',
  'cluster/lb-pending-no-provider': 'LoadBalancer 서비스 {service}: 이 환경에는 로드밸런서를 내주는 클라우드 공급자가 없어 <pending> 상태로 남는다.',
  'cluster/lb-pending-class': 'LoadBalancer 서비스 {service}: 기본 클라우드 컨트롤러는 loadBalancerClass {class} 값을 처리하지 않으므로 <pending> 상태로 남는다.',
  'cluster/lb-pool-exhausted': 'LoadBalancer 서비스 {service}: {pool}에 남은 주소가 없어 <pending> 상태로 남는다.',
  'cluster/endpointslice-replaced': '엔드포인트슬라이스 {slice}의 관리 주체는 {manager}이다. 시뮬레이션은 서비스와 그 파드로부터 이 엔드포인트슬라이스를 다시 계산한다.',
  'cluster/workload-pods-capped': '{kind} {workload}: 레플리카 {replicas}개를 요청했지만 처음 {limit}개 파드만 시뮬레이션한다. 나머지는 만들지 않는다.',
  'cluster/workload-failed-create': '{kind} {workload}에는 파드가 하나도 생기지 않는다. 템플릿으로 만든 파드를 API 서버가 거부하고, 컨트롤러({controller})는 {on}에 FailedCreate 이벤트를 남긴다: {event}. hostNetwork 파드는 hostPort를 적지 않으면 containerPort와 같은 값이 기본값으로 들어가므로, containerPort와 프로토콜이 같은 두 포트가 노드의 같은 포트를 차지하려 한다. 템플릿 자체가 받아들여진 것은 쿠버네티스 1.28부터 템플릿의 hostPort에는 기본값을 넣지 않기 때문이다.',
} as const satisfies Record<keyof typeof CLUSTER_MESSAGES, string>;
