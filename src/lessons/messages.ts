/**
 * English for what a lesson check observed (GoalResult.observed, src/lessons/check.ts). Rendered in English it
 * is GoalResult.actual, a line scripts and tests read, so these templates must keep producing it word for word.
 * A curl line is assembled from parts: each optional part is a `<part>Key` param naming one of the
 * `lessons.observed.curl.*` templates below, or an empty `<part>` param when there is nothing to say.
 */
import { registerCatalog } from '../messages/registry';

export const lessonsCatalog = {
  'lessons.observed.unresolved': 'no address yet for {placeholders}',

  'lessons.observed.curl': '{attempt}{outcome}{status}{source}{via}{client}{cause}{differ}',
  'lessons.observed.curl.attempt': 'request {index}/{total}: ',
  'lessons.observed.curl.repeated': '{count}× ',
  'lessons.observed.curl.status': ' {httpStatus}',
  'lessons.observed.curl.pod': ' from {pod}',
  'lessons.observed.curl.endpoint': ' from {endpoint}',
  'lessons.observed.curl.backend': ' via {backend}',
  'lessons.observed.curl.client': ' client seen as {clientIP}',
  // English shows the reason's slug; other languages may show the reason itself ({reason}, from reasonKey).
  'lessons.observed.curl.reason': ' ({reasonCode})',
  'lessons.observed.curl.differ': ' [{fields} differ]',

  'lessons.observed.dig.answers': '{rcode}: {answers}',
  'lessons.observed.dig.empty': '{rcode}, no answer',

  'lessons.observed.resolve': '{rcode}: {addresses} after {queries}',
  'lessons.observed.resolve.no-address': 'no address',
  'lessons.observed.resolve.query': '{queryCount} query',
  'lessons.observed.resolve.queries': '{queryCount} queries',

  'lessons.observed.diagnostic.none': 'no {code}',
  'lessons.observed.diagnostic.found': '{count}× {code}',
  'lessons.observed.diagnostic.found-on': '{count}× {code} on {object}',
} as const;

registerCatalog(lessonsCatalog);
