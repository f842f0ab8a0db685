/**
 * One YAML document's data → the objects in it: a single object, the items of a `kind: List`
 * (what `kubectl get … -o yaml` prints; also typed lists like ServiceList), or PodPath's World document.
 * Dispatch is by kind and apiVersion, as the API server's REST mapping does: a known kind in an apiVersion
 * that does not serve it ("no matches for kind … in version …") is an error and kept as not simulated.
 * Everything returned is independent of where the document sits in the text, so it can be cached by text.
 */
import type { KubeObject, UnknownObject } from '../../api/types';
import { defaultWorld, WORLD_API_VERSION, WORLD_KIND } from '../../api/world';

/** The top-level fields of a World document. */
const WORLD_TOP_LEVEL = ['apiVersion', 'kind', 'metadata', 'spec'];
import type { FieldPath } from '../diagnostics';
import { decodeNamespace, decodeNode, decodeSecret } from './core';
import { DecodeContext, isRecord, type Issue, type Raw } from './context';
import { decodeEndpoints, decodeEndpointSlice } from './endpoints';
import { decodeIngress, decodeIngressClass } from './ingress';
import { decodeMeta } from './meta';
import { decodePod } from './pod';
import { decodeService } from './service';
import { decodeDeployment, decodeReplicaSet, decodeStatefulSet } from './workloads';
import { EMPTY_LIST } from '../../api/empty';

type Decoder = (raw: Raw, apiVersion: string, ctx: DecodeContext) => KubeObject;

/**
 * kind → [decoder, apiVersions it is served in (the first is current)]. A Map: the kind read from the text is a
 * fresh string, which an object's property lookup would first have to intern; a Map hashes it once.
 */
const DECODERS: ReadonlyMap<string, [Decoder, readonly string[]]> = new Map<string, [Decoder, readonly string[]]>([
  ['Namespace', [decodeNamespace, ['v1']]],
  ['Node', [decodeNode, ['v1']]],
  ['Pod', [decodePod, ['v1']]],
  ['Service', [decodeService, ['v1']]],
  ['Endpoints', [decodeEndpoints, ['v1']]],
  ['Secret', [decodeSecret, ['v1']]],
  ['Deployment', [decodeDeployment, ['apps/v1', 'apps/v1beta2', 'apps/v1beta1', 'extensions/v1beta1']]],
  ['ReplicaSet', [decodeReplicaSet, ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1']]],
  ['StatefulSet', [decodeStatefulSet, ['apps/v1', 'apps/v1beta2', 'apps/v1beta1']]],
  ['EndpointSlice', [decodeEndpointSlice, ['discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1']]],
  ['Ingress', [decodeIngress, ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'extensions/v1beta1']]],
  ['IngressClass', [decodeIngressClass, ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1']]],
]);

export interface DecodedItem {
  /** Path of the object inside its document ([] or ['items', i]). */
  path: FieldPath;
  object?: KubeObject;
  unknown?: Omit<UnknownObject, 'source'>;
  /** The raw World document (merged later, once every document is known). */
  world?: Raw;
  issues: readonly Issue[];
}

/** Decode a loaded document. Non-objects yield one item without an object and an error issue. */
export function decodeDocument(value: unknown): DecodedItem[] {
  if (!isRecord(value)) {
    const ctx = new DecodeContext();
    ctx.error('manifest/not-an-object', [], { found: Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'text' : String(value) });
    return [{ path: [], issues: ctx.issues }];
  }
  const kind = value.kind;
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(value.items)) {
    return value.items.map((item, i) => decodeItem(item, ['items', i]));
  }
  return [decodeItem(value, EMPTY_LIST)];
}

/** Item `index` of a List, decoded as decodeDocument decodes it in the whole List (for a List read in pieces). */
export function decodeListItem(value: unknown, index: number): DecodedItem {
  return decodeItem(value, ['items', index]);
}

function decodeItem(value: unknown, path: FieldPath): DecodedItem {
  const ctx = new DecodeContext();
  if (!isRecord(value)) {
    ctx.error('manifest/not-an-object', [], { found: Array.isArray(value) ? 'a list' : String(value) });
    return { path, issues: ctx.issues };
  }
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
  const kind = typeof value.kind === 'string' ? value.kind : '';
  if (!apiVersion) ctx.error('object/missing-api-version', value.apiVersion === undefined ? [] : ['apiVersion']);
  if (!kind) {
    ctx.error('object/missing-kind', value.kind === undefined ? [] : ['kind']);
    return { path, issues: ctx.issues };
  }
  if (kind === WORLD_KIND && (apiVersion === WORLD_API_VERSION || apiVersion.startsWith('podpath.dev/'))) {
    if (apiVersion !== WORLD_API_VERSION) ctx.error('world/unsupported-api-version', ['apiVersion'], { apiVersion, supported: WORLD_API_VERSION });
    // Only apiVersion, kind, metadata and spec are read; anything else would be dropped without a word — most
    // often a spec field (lan:, cluster:) written one level too high.
    const specFields = Object.keys(defaultWorld());
    for (const k of Object.keys(value)) {
      if (WORLD_TOP_LEVEL.includes(k)) continue;
      if (specFields.includes(k)) ctx.add('warning', 'world/field-outside-spec', [k], { key: k });
      else ctx.add('warning', 'world/unknown-field', [k], { key: k, known: WORLD_TOP_LEVEL.join(', ') });
    }
    return { path, world: value, issues: ctx.issues };
  }
  const entry = DECODERS.get(kind);
  if (entry && (entry[1].includes(apiVersion) || !apiVersion)) {
    const object = entry[0](value, apiVersion || entry[1][0], ctx);
    ctx.settle();
    // Most objects have no issue: the shared empty list then (see api/empty.ts).
    return { path, object, issues: ctx.issues.length ? ctx.issues : EMPTY_LIST };
  }
  if (entry) ctx.error('object/unknown-api-version', ['apiVersion'], { kind, apiVersion, supported: entry[1][0] });
  else ctx.add('info', 'object/not-simulated', ['kind'], { kind, apiVersion });
  const metadata = decodeMeta(value, kind, ctx, false);
  return { path, unknown: { kind, apiVersion, metadata, raw: value }, issues: ctx.issues };
}
