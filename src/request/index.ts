/**
 * Requests through the simulated cluster, as step-by-step traces (wired into src/index.ts by the lead).
 */
export { curl, curlRepeat, parseRequestSource, type CurlOptions } from './curl';
export { defaultResolver, ingressHostAddress } from './resolve';
export { echoBody } from './http';
export { parseRequestUrl } from './url';
export { requestCatalog } from './messages';
export type {
  CurlRequest, NameResolution, NameResolver, RequestOutcome, RequestOutcomeKind, RequestSource, ResolvedSource,
} from './types';
