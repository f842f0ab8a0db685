/**
 * The entries of the World document's lists, checked one by one.
 *
 * mergeWorldSpec checks objects and scalars against the defaults, but a list replaces its default wholesale,
 * so nothing there said what an entry must look like: `nodes: [null]` or `forwardTo: [7]` reached the
 * cluster and crashed it. Here every list has the shape of its entries (api/world.ts), and:
 *  - an entry of the wrong kind (`null` where a node goes, `7` where a zone goes) is an error, and is left out;
 *  - a required field that is missing, of the wrong type or not one of its values is an error, and the entry
 *    is left out (a node without a name cannot be half-simulated);
 *  - an optional field of the wrong type is an error, and is left out (its default applies);
 *  - an unknown field is a warning, and is left out — as for the World's objects.
 * The entries that pass are plain, well-typed data for everything downstream.
 */
import { isRecord, type DecodeContext, type Raw } from '../decode/context';
import type { FieldPath } from '../diagnostics';

type FieldType =
  | 'string'
  /** A whole number, 0 or more (replicas, a TTL). */
  | 'count'
  /** A DNS TTL: 0 to 2^31 − 1 seconds (RFC 2181 §8: a 32-bit field whose top bit must be 0). */
  | 'ttl'
  | 'boolean'
  /** An object whose values are all strings (labels, annotations). */
  | 'stringMap'
  /** A list of TCP ports (integers 1-65535). */
  | 'portList'
  | { oneOf: readonly string[] };

interface EntrySchema {
  required: Readonly<Record<string, FieldType>>;
  optional: Readonly<Record<string, FieldType>>;
}

/** A list's entries: strings, or objects of one shape. */
type ListSchema = 'string' | EntrySchema;

const HOST: EntrySchema = { required: { name: 'string', ip: 'string' }, optional: { ports: 'portList' } };
const RECORD: EntrySchema = {
  required: { name: 'string', type: { oneOf: ['A', 'AAAA', 'CNAME', 'TXT', 'SRV', 'PTR', 'MX'] }, data: 'string' },
  optional: { ttl: 'ttl' },
};

/** Every list of the World's spec, by path. */
const LISTS: Readonly<Record<string, ListSchema>> = {
  'spec.cluster.serviceCIDRs': 'string',
  'spec.cluster.coredns.zones': 'string',
  'spec.cluster.coredns.namespaces': 'string',
  'spec.cluster.coredns.fallthrough': 'string',
  'spec.cluster.coredns.forwardTo': 'string',
  'spec.cluster.ingressControllers': {
    required: { className: 'string', controller: 'string', style: { oneOf: ['in-cluster', 'cloud-l7'] } },
    optional: {
      namespace: 'string', serviceName: 'string', replicas: 'count', serviceType: { oneOf: ['LoadBalancer', 'NodePort'] },
      serviceAnnotations: 'stringMap', watchIngressWithoutClass: 'boolean', disableServiceExternalName: 'boolean', isDefaultClass: 'boolean',
    },
  },
  'spec.nodes': {
    required: { name: 'string', internalIP: 'string' },
    optional: { externalIP: 'string', podCIDR: 'string', controlPlane: 'boolean', zone: 'string', labels: 'stringMap' },
  },
  'spec.lan.searchDomains': 'string',
  'spec.lan.hosts': HOST,
  'spec.lan.dns.records': RECORD,
  'spec.internet.hosts': HOST,
  'spec.internet.dns.records': RECORD,
  'spec.clients': { required: { name: 'string', network: { oneOf: ['internet', 'lan'] }, ip: 'string' }, optional: {} },
};

/** String fields outside the lists that take one of a few values (a wrong one keeps the default). */
const ONE_OF: Readonly<Record<string, readonly string[]>> = {
  'spec.cluster.coredns.pods': ['insecure', 'verified', 'disabled'],
  'spec.cluster.loadBalancer.provider': ['generic', 'azure', 'gke', 'aws', 'none'],
};

/**
 * Number fields outside the lists that take whole numbers in a range (a wrong one keeps the default), as the
 * Corefile reader holds the same settings (dns/corefile.ts): the kubernetes plugin's `ttl` is 0–3600
 * (plugin/kubernetes setup.go), `cache`'s is a whole number of seconds. (nodeCIDRMaskSize and nodePortRange
 * depend on other fields: validate.ts.)
 */
const WHOLE: Readonly<Record<string, { min: number; max?: number; expected: string }>> = {
  'spec.cluster.coredns.ttl': { min: 0, max: 3600, expected: 'a whole number of seconds from 0 to 3600' },
  'spec.cluster.coredns.cacheSeconds': { min: 0, expected: 'a whole number of seconds, 0 or more' },
};

const key = (at: FieldPath) => at.join('.');

/** What a number field at `at` must be (undefined: any number), as a `world/invalid-field`'s `expected` when it is not. */
export function wholeNumberProblem(at: FieldPath, v: number): string | undefined {
  const rule = WHOLE[key(at)];
  if (!rule) return undefined;
  return Number.isInteger(v) && v >= rule.min && (rule.max === undefined || v <= rule.max) ? undefined : rule.expected;
}

export function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v;
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** The values a string field at `at` may take, when it is one of the few that are limited. */
export function allowedValues(at: FieldPath): readonly string[] | undefined {
  return ONE_OF[key(at)];
}

/** The supported-values params of a `world/unsupported-value*` diagnostic. */
export function unsupported(value: string, values: readonly string[]): Record<string, string> {
  return { value, supported: quoted(values) };
}

/** The list at `at`, keeping only the entries that fit its schema (others reported); lists without a schema as they are. */
export function checkList(list: readonly unknown[], at: FieldPath, ctx: DecodeContext): unknown[] {
  const schema = LISTS[key(at)];
  if (!schema) return [...list];
  const out: unknown[] = [];
  list.forEach((item, i) => {
    const iat = [...at, i];
    if (schema === 'string') {
      if (typeof item === 'string') out.push(item);
      else ctx.error('world/invalid-entry', iat, { expected: 'string', found: kindOf(item) });
      return;
    }
    const entry = checkEntry(item, iat, schema, ctx);
    if (entry) out.push(entry);
  });
  return out;
}

function checkEntry(item: unknown, at: FieldPath, schema: EntrySchema, ctx: DecodeContext): Raw | undefined {
  if (!isRecord(item)) {
    ctx.error('world/invalid-entry', at, { expected: 'object', found: kindOf(item) });
    return undefined;
  }
  const out: Raw = {};
  let ok = true;
  for (const [k, type] of Object.entries(schema.required)) {
    const v = item[k];
    if (v === undefined || v === null || v === '') {
      ctx.error('world/field-required', [...at, k], { key: k });
      ok = false;
    } else if (!fits(v, type, [...at, k], ctx, true)) ok = false;
    else out[k] = v;
  }
  for (const [k, v] of Object.entries(item)) {
    if (k in schema.required) continue;
    const type = schema.optional[k];
    if (!type) {
      const known = [...Object.keys(schema.required), ...Object.keys(schema.optional)].join(', ');
      ctx.add('warning', 'world/unknown-field', [...at, k], { key: k, known });
    } else if (v !== undefined && v !== null && fits(v, type, [...at, k], ctx, false)) out[k] = v;
  }
  return ok ? out : undefined;
}

/** Does `v` have the field's type? Reports when not: the entry is left out for a required field, the field for an optional one. */
function fits(v: unknown, type: FieldType, at: FieldPath, ctx: DecodeContext, required: boolean): boolean {
  const wrong = (expected: string) => {
    ctx.error(required ? 'world/invalid-entry' : 'world/invalid-field', at, { expected, found: kindOf(v) });
    return false;
  };
  if (typeof type === 'object') {
    if (typeof v !== 'string') return wrong('string');
    if (type.oneOf.includes(v)) return true;
    ctx.error(required ? 'world/unsupported-value-entry' : 'world/unsupported-value', at, unsupported(v, type.oneOf));
    return false;
  }
  switch (type) {
    case 'string':
    case 'boolean':
      return typeof v === type ? true : wrong(type);
    case 'count':
      return Number.isInteger(v) && (v as number) >= 0 ? true : wrong('whole number, 0 or more');
    case 'ttl':
      return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2147483647 ? true : wrong('whole number of seconds from 0 to 2147483647');
    case 'stringMap':
      return isRecord(v) && Object.values(v).every((x) => typeof x === 'string') ? true : wrong('map of strings');
    case 'portList':
      return Array.isArray(v) && v.every((p) => Number.isInteger(p) && p >= 1 && p <= 65535) ? true : wrong('list of ports (1-65535)');
  }
}
