/**
 * 레슨 과제를 확인할 때 엔진이 관찰한 내용의 한국어 템플릿 (src/lessons/messages.ts와 같은 키).
 * outcome, rcode, 진단 코드, 기대와 다른 필드 이름은 과제의 기대값과 그대로 맞춰 볼 수 있도록 번역하지 않는다.
 * 요청이 끝난 이유는 영어 원문이 슬러그({reasonCode})를 보여 주는 자리에 request.reason.* 문장({reason})을 쓴다.
 */
import type { lessonsCatalog } from '../../lessons/messages';

export const koLessonsMessages = {
  'lessons.observed.unresolved': '아직 주소가 할당되지 않았다: {placeholders}',

  'lessons.observed.curl': '{attempt}결과 {outcome}{status}{source}{via}{client}{cause}{differ}',
  'lessons.observed.curl.attempt': '요청 {index}/{total}: ',
  'lessons.observed.curl.repeated': '요청 {count}번 모두: ',
  'lessons.observed.curl.status': ', HTTP 상태 {httpStatus}',
  'lessons.observed.curl.pod': ', 응답한 파드 {pod}',
  'lessons.observed.curl.endpoint': ', 응답한 엔드포인트 {endpoint}',
  'lessons.observed.curl.backend': ', 경유한 백엔드 {backend}',
  'lessons.observed.curl.client': ', 서버가 본 클라이언트 주소 {clientIP}',
  'lessons.observed.curl.reason': ' (이유: {reason})',
  'lessons.observed.curl.differ': ' [기대와 다른 항목: {fields}]',

  'lessons.observed.dig.answers': '{rcode}, 응답 레코드: {answers}',
  'lessons.observed.dig.empty': '{rcode}, 응답 레코드 없음',

  'lessons.observed.resolve': '{queries} 보낸 결과 {rcode}: {addresses}',
  'lessons.observed.resolve.no-address': '주소 없음',
  'lessons.observed.resolve.query': '쿼리를 {queryCount}번',
  'lessons.observed.resolve.queries': '쿼리를 {queryCount}번',

  'lessons.observed.diagnostic.none': '{code} 진단 없음',
  'lessons.observed.diagnostic.found': '{code} 진단 {count}건',
  'lessons.observed.diagnostic.found-on': '{code} 진단 {count}건 ({object})',
} as const satisfies Record<keyof typeof lessonsCatalog, string>;
