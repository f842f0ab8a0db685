/**
 * ObjectMeta: decoding, defaulting and the checks of ValidateObjectMeta
 * (k8s.io/apimachinery/pkg/api/validation/objectmeta.go, kubernetes pkg/apis/core/validation ValidateObjectMeta).
 *
 * Names follow each kind's rule: a Service name must be a DNS-1035 label (it becomes a DNS label and an
 * environment-variable prefix, pkg/apis/core/validation ValidateServiceName), a Namespace name a DNS-1123
 * label (ValidateNamespaceName), other kinds a DNS-1123 subdomain. `metadata.namespace` must be a
 * DNS-1123 label. Label keys/values follow ValidateLabels. The uid is deterministic when not given, so the
 * same manifests give the same simulation everywhere.
 */
import type { ObjectMeta, OwnerReference } from '../../api/types';
import { NAMESPACED_KINDS } from '../../api/types';
import type { FieldPath } from '../diagnostics';
import {
  isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, suggestName,
} from '../validation/names';
import type { DecodeContext, Raw } from './context';

export type NameRule = 'dns1035-label' | 'dns1123-label' | 'dns1123-subdomain';

/** Which name rule a kind's metadata.name follows (undefined: not validated, e.g. unknown kinds). */
const NAME_RULES: ReadonlyMap<string, NameRule> = new Map<string, NameRule>([
  ['Service', 'dns1035-label'],
  ['Namespace', 'dns1123-label'],
  ...['Node', 'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Endpoints', 'EndpointSlice', 'Ingress', 'IngressClass', 'Secret']
    .map((k): [string, NameRule] => [k, 'dns1123-subdomain']),
]);

export function nameRuleOf(kind: string): NameRule | undefined {
  return NAME_RULES.get(kind);
}

export function checkName(rule: NameRule, v: string): string[] {
  if (rule === 'dns1035-label') return isDNS1035Label(v);
  if (rule === 'dns1123-label') return isDNS1123Label(v);
  return isDNS1123Subdomain(v);
}

const META: FieldPath = ['metadata'];

/**
 * Decode metadata. `namespaced` decides the 'default' namespace; for unknown kinds pass undefined to keep
 * the namespace as written ('' when absent).
 */
export function decodeMeta(raw: Raw, kind: string, ctx: DecodeContext, namespaced = NAMESPACED_KINDS.has(kind)): ObjectMeta {
  const m = ctx.obj(raw, 'metadata', []);
  const name = ctx.str(m, 'name', META) ?? '';
  const rule = nameRuleOf(kind);
  if (rule) {
    if (!name) {
      ctx.error('object/name-required', [...META, 'name'], { kind });
    } else {
      const errs = checkName(rule, name);
      if (errs.length) {
        ctx.error('object/name-invalid', [...META, 'name'], {
          kind, name, rule, reason: errs.join('; '), suggestion: suggestName(name, rule === 'dns1123-subdomain'),
        });
      }
    }
  }

  const written = ctx.str(m, 'namespace', META);
  let namespace = '';
  if (namespaced) {
    namespace = written || 'default';
    if (written) {
      const errs = isDNS1123Label(written);
      if (errs.length) {
        ctx.error('object/namespace-invalid', [...META, 'namespace'], {
          kind, namespace: written, reason: errs.join('; '), suggestion: suggestName(written, false),
        });
      }
    }
  } else if (rule === undefined) {
    namespace = written ?? '';
  }

  const labels = ctx.stringMap(m, 'labels', META) ?? {};
  if (rule) validateLabels(labels, [...META, 'labels'], ctx);
  const annotations = ctx.stringMap(m, 'annotations', META) ?? {};
  const uid = ctx.str(m, 'uid', META) || deterministicUid(kind, namespace, name);
  const ownerReferences: OwnerReference[] = [];
  for (const [o, at] of ctx.objects(m, 'ownerReferences', META)) {
    const ref: OwnerReference = {
      apiVersion: ctx.str(o, 'apiVersion', at) ?? '',
      kind: ctx.str(o, 'kind', at) ?? '',
      name: ctx.str(o, 'name', at) ?? '',
    };
    const ouid = ctx.str(o, 'uid', at);
    if (ouid) ref.uid = ouid;
    const controller = ctx.bool(o, 'controller', at);
    if (controller !== undefined) ref.controller = controller;
    ownerReferences.push(ref);
  }
  const terminating = m?.deletionTimestamp !== undefined && m?.deletionTimestamp !== null;
  // creationTimestamp orders objects where a controller cares (ingress-nginx: oldest Ingress first).
  const created = m?.creationTimestamp;
  const creationTimestamp = typeof created === 'string' ? created : created instanceof Date ? created.toISOString() : undefined;
  return creationTimestamp
    ? { name, namespace, labels, annotations, uid, ownerReferences, terminating, creationTimestamp }
    : { name, namespace, labels, annotations, uid, ownerReferences, terminating };
}

/** ValidateLabels (apimachinery/pkg/apis/meta/v1/validation): qualified-name keys, label-value values. */
export function validateLabels(labels: Readonly<Record<string, string>>, field: FieldPath, ctx: DecodeContext): void {
  for (const k in labels) {
    const v = labels[k];
    const keyErrs = labelKeyErrors(k);
    if (keyErrs.length) ctx.error('object/label-key-invalid', [...field, k], { key: k, reason: keyErrs.join('; ') });
    const valueErrs = isValidLabelValue(v);
    if (valueErrs.length) ctx.error('object/label-value-invalid', [...field, k], { key: k, value: v, reason: valueErrs.join('; ') });
  }
}

const HEX = '0123456789abcdef';

const keyMemo = new Map<string, string[]>();

/** Label keys repeat across objects (app, kubernetes.io/service-name…): remember their verdicts. */
function labelKeyErrors(k: string): string[] {
  let errs = keyMemo.get(k);
  if (!errs) {
    errs = isQualifiedName(k);
    if (keyMemo.size > 5000) keyMemo.clear();
    keyMemo.set(k, errs);
  }
  return errs;
}

/** A stable UUID-shaped id from kind/namespace/name (FNV-1a, then four murmur3 finalizer mixes). */
export function deterministicUid(kind: string, namespace: string, name: string): string {
  const input = `${kind}/${namespace}/${name}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) h = Math.imul(h ^ input.charCodeAt(i), 0x01000193);
  let hex = '';
  for (const seed of [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f]) {
    let x = (h ^ seed) >>> 0;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    x = (x ^ (x >>> 16)) >>> 0;
    for (let shift = 28; shift >= 0; shift -= 4) hex += HEX[(x >>> shift) & 15];
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
