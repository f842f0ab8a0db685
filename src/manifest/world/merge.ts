/**
 * PodPath's World document (`apiVersion: podpath.dev/v1alpha1, kind: World`): its `spec` is deep-merged over
 * defaultWorld(). Objects merge key by key, lists and scalars replace; a value of the wrong type is an error
 * and the default stays; an unknown key is a warning (most often a typo that would otherwise be ignored). A
 * list's entries are checked one by one (./items.ts): an entry that does not fit is reported and left out.
 */
import { defaultWorld, type WorldSpec } from '../../api/world';
import { DecodeContext, isRecord, type Raw } from '../decode/context';
import type { FieldPath } from '../diagnostics';
import { allowedValues, checkList, kindOf, unsupported, wholeNumberProblem } from './items';

export function mergeWorldSpec(base: WorldSpec, raw: Raw, ctx: DecodeContext): WorldSpec {
  const spec = raw.spec;
  if (spec === undefined || spec === null) return base;
  if (!isRecord(spec)) {
    ctx.wrongType(['spec'], 'object', spec);
    return base;
  }
  return mergeValue(base, spec, ['spec'], ctx) as WorldSpec;
}

function mergeValue(base: unknown, over: unknown, at: FieldPath, ctx: DecodeContext): unknown {
  if (over === undefined || over === null) return base;
  if (isRecord(base)) {
    if (!isRecord(over)) {
      ctx.error('world/invalid-field', at, { expected: 'object', found: kindOf(over) });
      return base;
    }
    const out: Raw = { ...base };
    for (const [k, v] of Object.entries(over)) {
      if (!(k in base)) {
        ctx.add('warning', 'world/unknown-field', [...at, k], { key: k, known: Object.keys(base).join(', ') });
        continue;
      }
      out[k] = mergeValue(base[k], v, [...at, k], ctx);
    }
    return out;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(over)) {
      ctx.error('world/invalid-field', at, { expected: 'list', found: kindOf(over) });
      return base;
    }
    return checkList(over, at, ctx);
  }
  if (typeof base !== typeof over) {
    ctx.error('world/invalid-field', at, { expected: typeof base, found: kindOf(over) });
    return base;
  }
  const problem = typeof over === 'number' ? wholeNumberProblem(at, over) : undefined;
  if (problem) {
    ctx.error('world/invalid-field', at, { expected: problem, found: String(over) });
    return base;
  }
  const values = allowedValues(at);
  if (values && !values.includes(over as string)) {
    ctx.error('world/unsupported-value', at, unsupported(String(over), values));
    return base;
  }
  return over;
}

/** Was this path written in the World document? (Decides whether a derived default still applies.) */
export function written(raw: Raw | undefined, path: readonly string[]): boolean {
  let v: unknown = raw;
  for (const k of path) {
    if (!isRecord(v) || !(k in v)) return false;
    v = v[k];
  }
  return v !== undefined && v !== null;
}

export { defaultWorld };
