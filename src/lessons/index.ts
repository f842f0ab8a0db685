/**
 * The lesson catalog, in course order: Service types from the inside out, then DNS, then the Services that
 * are only DNS or only endpoints, then Ingress and the cross-namespace stories from the seed documents.
 */
import { azureInternalLB } from './catalog/azure-internal-lb';
import { clusterIP } from './catalog/clusterip';
import { crossNamespaceBackend } from './catalog/cross-namespace-backend';
import { dnsHierarchy } from './catalog/dns-hierarchy';
import { endpointsOutside } from './catalog/endpoints-outside';
import { externalIPs } from './catalog/external-ips';
import { externalTrafficPolicy } from './catalog/external-traffic-policy';
import { externalName } from './catalog/externalname';
import { externalNameBridgeType } from './catalog/externalname-bridge-type';
import { headless } from './catalog/headless';
import { ingressRules } from './catalog/ingress-rules';
import { loadBalancer } from './catalog/loadbalancer';
import { ndotsSearch } from './catalog/ndots-search';
import { nodePort } from './catalog/nodeport';
import { selectorlessEndpointSlice } from './catalog/selectorless-endpointslice';
import { serviceKindsTour } from './catalog/service-kinds-tour';
import type { Lesson } from './types';

export const lessons: readonly Lesson[] = [
  clusterIP,
  nodePort,
  loadBalancer,
  externalTrafficPolicy,
  externalIPs,
  dnsHierarchy,
  ndotsSearch,
  headless,
  serviceKindsTour,
  externalName,
  selectorlessEndpointSlice,
  endpointsOutside,
  ingressRules,
  crossNamespaceBackend,
  externalNameBridgeType,
  azureInternalLB,
];

const byId: ReadonlyMap<string, Lesson> = new Map(lessons.map((l) => [l.id, l]));

export function lessonById(id: string): Lesson | undefined {
  return byId.get(id);
}

/** Every lesson's starter scenario, for comparing share-link lengths (bench) and similar bulk uses. */
export function lessonScenarios(): { id: string; text: string }[] {
  return lessons.map((l) => ({ id: l.id, text: l.scenario }));
}

export { checkGoal, checkGoals, checkLesson, curlMismatches } from './check';
export type { CheckResult, GoalResult } from './check';
export type { Observed } from './observed';
export { expandPlaceholders, expandPlaceholdersDetailed, placeholderValue } from './placeholders';
export type { Expansion } from './placeholders';
export type * from './types';
