/**
 * What a lesson check observed, as a message key with params (./messages.ts), so the app can say it in the
 * learner's language. Names, addresses and codes (outcomes, rcodes, reason slugs, diagnostic codes, the
 * expected fields that differ) are params and stay verbatim; only the words around them are translated.
 */
import { renderMessage } from '../messages/registry';
import type { Params } from '../messages/render';
import type { RequestOutcome } from '../request/index';
import { reasonParams } from '../request/reasons';
import './messages';

export interface Observed {
  key: string;
  params: Params;
}

/** The observation in English: GoalResult.actual. */
export const observedText = (o: Observed): string => renderMessage(o.key, o.params);

export function unresolvedObserved(unresolved: readonly string[]): Observed {
  return { key: 'lessons.observed.unresolved', params: { placeholders: unresolved.join(', ') } };
}

const CURL = 'lessons.observed.curl';

/** Which of several requests this was: `attempt` (1-based, of `total`) when it failed, or `repeated` times when all passed. */
export interface CurlContext {
  attempt?: { index: number; total: number };
  repeated?: number;
  differ?: readonly string[];
}

/**
 * One request's outcome. A part of the line (`source`, `via` …) is either its `<part>Key` (with its data
 * params) or an empty string. The part keys come last, after the keys they use, so that expandParams fills
 * them in one pass (a proxy's upstream failure nests a reason in a reason in a part).
 */
export function curlObserved(o: RequestOutcome, ctx: CurlContext = {}): Observed {
  const data: Record<string, string | number> = { outcome: o.outcome };
  const parts: Record<string, string> = {};
  const part = (name: string, key: string, values: Record<string, string | number> = {}) => {
    Object.assign(data, values);
    parts[`${name}Key`] = `${CURL}.${key}`;
  };
  if (ctx.attempt) part('attempt', 'attempt', ctx.attempt);
  else if (ctx.repeated) part('attempt', 'repeated', { count: ctx.repeated });
  if (o.httpStatus !== null) part('status', 'status', { httpStatus: o.httpStatus });
  if (o.pod) part('source', 'pod', { pod: o.pod });
  else if (o.endpoint) part('source', 'endpoint', { endpoint: o.endpoint });
  if (o.backend) part('via', 'backend', { backend: o.backend });
  if (o.clientIPSeen) part('client', 'client', { clientIP: o.clientIPSeen });
  // reasonParams gives the slug as `reason` (a fallback) and the key(s) that put it into words, innermost first.
  if (o.reason) part('cause', 'reason', { reasonCode: o.reason, ...reasonParams(o.reason) });
  if (ctx.differ?.length) part('differ', 'differ', { fields: ctx.differ.join(', ') });
  const empty = Object.fromEntries(['attempt', 'status', 'source', 'via', 'client', 'cause', 'differ']
    .filter((p) => !(`${p}Key` in parts)).map((p) => [p, '']));
  return { key: CURL, params: { ...data, ...empty, ...parts } };
}

export function digObserved(rcode: string, answers: readonly string[]): Observed {
  return answers.length
    ? { key: 'lessons.observed.dig.answers', params: { rcode, answers: answers.join(', ') } }
    : { key: 'lessons.observed.dig.empty', params: { rcode } };
}

export function resolveObserved(rcode: string, addresses: readonly string[], queries: number): Observed {
  const shown: Params = addresses.length ? { addresses: addresses.join(', ') } : { addressesKey: 'lessons.observed.resolve.no-address' };
  const queriesKey = queries === 1 ? 'lessons.observed.resolve.query' : 'lessons.observed.resolve.queries';
  return { key: 'lessons.observed.resolve', params: { rcode, queryCount: queries, ...shown, queriesKey } };
}

/** How many diagnostics with `code` remain, and on which object the first one is. */
export function diagnosticObserved(code: string, count: number, object?: string): Observed {
  if (count === 0) return { key: 'lessons.observed.diagnostic.none', params: { code } };
  return object
    ? { key: 'lessons.observed.diagnostic.found-on', params: { count, code, object } }
    : { key: 'lessons.observed.diagnostic.found', params: { count, code } };
}
