/**
 * apps/v1 Deployment, ReplicaSet and StatefulSet: what the workload controllers need to create pods.
 * Defaults from pkg/apis/apps/v1/defaults.go (replicas 1, podManagementPolicy OrderedReady); checks from
 * pkg/apis/apps/validation: selector required and non-empty, and it must select the template's labels
 * ("`selector` does not match template `labels`"), replicas ≥ 0.
 * The removed apps/v1beta1, apps/v1beta2 and extensions/v1beta1 forms (gone since Kubernetes 1.16) are read
 * with a warning; there a missing selector defaulted to the template's labels.
 */
import type {
  Deployment, LabelSelector, LabelSelectorRequirement, ReplicaSet, StatefulSet, WorkloadSpec,
} from '../../api/types';
import type { FieldPath } from '../diagnostics';
import type { DecodeContext, Raw } from './context';
import { decodeMeta, validateLabels } from './meta';
import { decodePodSpec } from './pod';
import { EMPTY_LIST, EMPTY_MAP, mapOrEmpty } from '../../api/empty';

/** The largest int32, the type of spec.replicas in every apps/v1 workload. */
export const INT32_MAX = 2147483647;

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

export function decodeLabelSelector(s: Raw | undefined, at: FieldPath, ctx: DecodeContext): LabelSelector {
  const matchLabels = ctx.stringMap(s, 'matchLabels', at) ?? EMPTY_MAP;
  validateLabels(matchLabels, [...at, 'matchLabels'], ctx);
  const matchExpressions = mapOrEmpty(ctx.objects(s, 'matchExpressions', at), ([e, eat]): LabelSelectorRequirement => ({
    key: ctx.str(e, 'key', eat) ?? '',
    operator: ctx.oneOf(e, 'operator', eat, OPERATORS, 'object/unsupported-value') ?? 'In',
    values: ctx.strings(e, 'values', eat),
  }));
  return { matchLabels, matchExpressions };
}

/** Whether a label selector selects a set of labels (apimachinery labels.Selector semantics). */
export function selectorMatches(sel: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const k in sel.matchLabels) if (labels[k] !== sel.matchLabels[k]) return false;
  for (const e of sel.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === 'In' && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

// The paths of a workload's fields, made once rather than for every workload decoded.
const ROOT: FieldPath = [];
const SPEC: FieldPath = ['spec'];
const TEMPLATE: FieldPath = ['spec', 'template'];
const TEMPLATE_META: FieldPath = ['spec', 'template', 'metadata'];
const TEMPLATE_SPEC: FieldPath = ['spec', 'template', 'spec'];

function decodeWorkloadSpec(raw: Raw, kind: string, apiVersion: string, ctx: DecodeContext): WorkloadSpec {
  const spec = ctx.obj(raw, 'spec', ROOT);
  const at = SPEC;
  const tmpl = ctx.obj(spec, 'template', at);
  const tat = TEMPLATE;
  const tmeta = ctx.obj(tmpl, 'metadata', tat);
  const labels = ctx.stringMap(tmeta, 'labels', TEMPLATE_META) ?? {};
  const annotations = ctx.stringMap(tmeta, 'annotations', TEMPLATE_META) ?? {};
  const podSpec = decodePodSpec(ctx.obj(tmpl, 'spec', tat), TEMPLATE_SPEC, ctx, true);

  let replicas = ctx.int(spec, 'replicas', at) ?? 1;
  if (replicas > INT32_MAX) {
    // spec.replicas is an int32: the API server fails to decode a bigger number ("json: cannot unmarshal
    // number 4294967296 into Go struct field … of type int32") and rejects the object.
    ctx.wrongType([...at, 'replicas'], 'int32', replicas);
    replicas = 1;
  } else if (replicas < 0) ctx.error('workload/replicas-invalid', [...at, 'replicas'], { replicas });

  const rawSelector = ctx.obj(spec, 'selector', at);
  const legacy = apiVersion !== 'apps/v1';
  let selector: LabelSelector;
  if (rawSelector) {
    selector = decodeLabelSelector(rawSelector, [...at, 'selector'], ctx);
  } else if (legacy) {
    selector = { matchLabels: labels, matchExpressions: EMPTY_LIST };
  } else {
    ctx.error('workload/selector-required', [...at, 'selector'], { kind });
    selector = { matchLabels: EMPTY_MAP, matchExpressions: EMPTY_LIST };
  }
  const empty = isEmpty(selector.matchLabels) && selector.matchExpressions.length === 0;
  if (rawSelector && empty) {
    ctx.error('workload/selector-empty', [...at, 'selector'], { kind });
  } else if (!empty && !selectorMatches(selector, labels)) {
    ctx.error('workload/selector-mismatch', [...tat, 'metadata', 'labels'], {
      kind, selector: formatSelector(selector), labels: formatLabels(labels),
    });
  }
  return { replicas, selector, template: { metadata: { labels, annotations }, spec: podSpec } };
}

function isEmpty(o: Readonly<Record<string, string>>): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return false;
  return true;
}

function formatLabels(l: Readonly<Record<string, string>>): string {
  const s = Object.entries(l).map(([k, v]) => `${k}=${v}`).join(',');
  return s || '(none)';
}

function formatSelector(s: LabelSelector): string {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions) parts.push(`${e.key} ${e.operator}${e.values.length ? ` (${e.values.join(',')})` : ''}`);
  return parts.join(',');
}

function legacyWarning(kind: string, apiVersion: string, ctx: DecodeContext): void {
  if (apiVersion !== 'apps/v1') ctx.add('warning', 'workload/deprecated-api-version', ['apiVersion'], { kind, apiVersion });
}

export function decodeDeployment(raw: Raw, apiVersion: string, ctx: DecodeContext): Deployment {
  legacyWarning('Deployment', apiVersion, ctx);
  return { kind: 'Deployment', apiVersion, metadata: decodeMeta(raw, 'Deployment', ctx), spec: decodeWorkloadSpec(raw, 'Deployment', apiVersion, ctx) };
}

export function decodeReplicaSet(raw: Raw, apiVersion: string, ctx: DecodeContext): ReplicaSet {
  legacyWarning('ReplicaSet', apiVersion, ctx);
  return { kind: 'ReplicaSet', apiVersion, metadata: decodeMeta(raw, 'ReplicaSet', ctx), spec: decodeWorkloadSpec(raw, 'ReplicaSet', apiVersion, ctx) };
}

const POLICIES = ['OrderedReady', 'Parallel'] as const;

export function decodeStatefulSet(raw: Raw, apiVersion: string, ctx: DecodeContext): StatefulSet {
  legacyWarning('StatefulSet', apiVersion, ctx);
  const metadata = decodeMeta(raw, 'StatefulSet', ctx);
  const base = decodeWorkloadSpec(raw, 'StatefulSet', apiVersion, ctx);
  const spec = ctx.obj(raw, 'spec', ROOT);
  const out: StatefulSet = {
    kind: 'StatefulSet',
    apiVersion,
    metadata,
    spec: {
      ...base,
      serviceName: ctx.str(spec, 'serviceName', SPEC) ?? '',
      podManagementPolicy: ctx.oneOf(spec, 'podManagementPolicy', SPEC, POLICIES, 'object/unsupported-value') ?? 'OrderedReady',
    },
  };
  // spec.ordinals.start (stateful_set_utils.go getStartOrdinal); ValidateStatefulSetSpec: ValidateNonnegativeField.
  const ordinals = ctx.obj(spec, 'ordinals', SPEC);
  const start = ctx.int(ordinals, 'start', [...SPEC, 'ordinals']);
  if (start !== undefined && start < 0) ctx.error('statefulset/ordinals-start-invalid', [...SPEC, 'ordinals', 'start'], { start });
  else if (start) out.spec.ordinalsStart = start;
  return out;
}
