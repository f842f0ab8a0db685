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
import { EMPTY_LIST, EMPTY_MAP } from '../../api/empty';
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

  const labels = ctx.stringMap(m, 'labels', META) ?? EMPTY_MAP;
  if (rule) validateLabels(labels, [...META, 'labels'], ctx);
  const annotations = ctx.stringMap(m, 'annotations', META) ?? EMPTY_MAP;
  const uid = ctx.str(m, 'uid', META) || deterministicUid(kind, namespace, name);
  let ownerReferences: OwnerReference[] | undefined;
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
    const block = ctx.bool(o, 'blockOwnerDeletion', at);
    if (block !== undefined) ref.blockOwnerDeletion = block;
    (ownerReferences ??= []).push(ref);
  }
  const terminating = m?.deletionTimestamp !== undefined && m?.deletionTimestamp !== null;
  // creationTimestamp orders objects where a controller cares (ingress-nginx: oldest Ingress first).
  const created = m?.creationTimestamp;
  const creationTimestamp = typeof created === 'string' ? created : created instanceof Date ? created.toISOString() : undefined;
  return creationTimestamp
    ? { name, namespace, labels, annotations, uid, ownerReferences: ownerReferences ?? EMPTY_LIST, terminating, creationTimestamp }
    : { name, namespace, labels, annotations, uid, ownerReferences: ownerReferences ?? EMPTY_LIST, terminating };
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

/** The API server's label key check (a qualified name). No memo keyed by text: a fresh engine must cost the same. */
function labelKeyErrors(k: string): string[] {
  return isQualifiedName(k);
}

/** Character codes of the hex digits 0-f. */
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** The character code of the hex digit of `x` at nibble `i` (0: the lowest four bits). */
function nibble(x: number, i: number): number {
  return HEX[(x >>> (i * 4)) & 15];
}

/**
 * A stable UUID-shaped id from kind/namespace/name (FNV-1a, then four murmur3 finalizer mixes).
 * Runs once per decoded object: hashes the three parts in place (no joined input string) and writes the 36
 * characters in one String.fromCharCode — no intermediate strings, and a flat string where concatenating
 * hex pieces left a tree of string parts alive in every object (measured about twice as fast, too).
 */
export function deterministicUid(kind: string, namespace: string, name: string): string {
  let h = 0x811c9dc5;
  h = fnvInto(h, kind);
  h = Math.imul(h ^ 47, 0x01000193); // '/'
  h = fnvInto(h, namespace);
  h = Math.imul(h ^ 47, 0x01000193);
  h = fnvInto(h, name);
  const a = mix(h, 0x9e3779b9);
  const b = mix(h, 0x85ebca6b);
  const c = mix(h, 0xc2b2ae35);
  const d = mix(h, 0x27d4eb2f);
  // hex of a|b|c|d, cut as 8-4-4-4-12, the version digit '4' in place of b's nibble 3 and the variant digit
  // '8' in place of c's nibble 7 (char codes: 45 '-', 52 '4', 56 '8').
  return String.fromCharCode(
    nibble(a, 7), nibble(a, 6), nibble(a, 5), nibble(a, 4), nibble(a, 3), nibble(a, 2), nibble(a, 1), nibble(a, 0), 45,
    nibble(b, 7), nibble(b, 6), nibble(b, 5), nibble(b, 4), 45,
    52, nibble(b, 2), nibble(b, 1), nibble(b, 0), 45,
    56, nibble(c, 6), nibble(c, 5), nibble(c, 4), 45,
    nibble(c, 3), nibble(c, 2), nibble(c, 1), nibble(c, 0),
    nibble(d, 7), nibble(d, 6), nibble(d, 5), nibble(d, 4), nibble(d, 3), nibble(d, 2), nibble(d, 1), nibble(d, 0),
  );
}

/** FNV-1a over the UTF-16 code units of `s` (as charCodeAt gives them), from `h`. */
function fnvInto(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** One murmur3 finalizer mix of `h ^ seed`, as an unsigned 32-bit number. */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
