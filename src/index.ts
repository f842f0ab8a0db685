/**
 * PodPath's engine: the only module web/, the CLI and e2e import.
 * Pure, deterministic TypeScript over plain data — no DOM, no React, no timers, no randomness.
 */
export { createEngine, simulate } from './engine';
export type { Engine, Simulation, SimulateOptions } from './engine';
export type * from './api/types';
export type * from './api/world';
export { defaultWorld, WORLD_API_VERSION, WORLD_KIND } from './api/world';
export type * from './cluster/state';
export type * from './manifest/diagnostics';
export type * from './trace/types';
export { gid } from './graph/ids';
export type { GraphId } from './graph/ids';
export { graphModel } from './graph/model';
export { inspect } from './graph/inspect';
export type { InspectInput } from './graph/inspect';
export { COLUMNS } from './graph/types';
export type * from './graph/types';

// DNS: CoreDNS's kubernetes plugin, the forward chain, resolv.conf and the stub resolver.
export { dig, resolve, resolvConf, formatResolvConf, podResolvConf, nodeResolvConf, searchCandidates, ndotsOf, QTYPES } from './dns/index';
export type { DigRequest, DnsOutcome, ResolveRequest, ResolvConfAnswer, ResolvConf, QType } from './dns/index';
// Requests: kube-proxy, load balancers and ingress controllers, as traces.
export { curl, curlRepeat, parseRequestSource, parseRequestUrl, echoBody } from './request/index';
export type { CurlRequest, CurlOptions, RequestOutcome, RequestOutcomeKind, RequestSource } from './request/index';
// Teaching diagnostics.
export { lint } from './lint/index';
// Messages (English catalogs; the app translates the same keys).
export { renderMessage, englishCatalog } from './messages/index';
export { renderMessageIn, catalogFor, localizeParams, isLang, LANGS } from './messages/i18n';
// Share links.
export { encodeShare, decodeShare } from './share/index';
export type { ShareState, ShareError, DecodeResult } from './share/index';
// Lessons as data, and the goal checker.
export { lessons, lessonById, lessonScenarios, checkLesson, checkGoal, expandPlaceholders } from './lessons/index';
export type { Lesson, LessonStep, Goal, Localized } from './lessons/types';
