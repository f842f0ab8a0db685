/**
 * A shallow copy of a plain object, to set or add fields on: `Object.assign({}, o)`.
 *
 * WHY not `{ ...o, field: value }`: in V8 (Node 20) an object spread followed by a key the source lacks — or
 * by a second spread — falls off the fast path when the call site sees one source shape, the common case
 * here (every pod's status, every Service's spec): measured ~1.5 µs per object against ~50 ns for a copy by
 * Object.assign followed by plain stores, and it was the largest single cost of reconcile.
 * The result is the same object: own enumerable keys in the source's order, an overwritten key keeps its
 * place and a new key goes last, exactly as in the spread literal. (Object.assign stores through [[Set]]
 * where a spread defines; they differ only for a key named `__proto__`, which the decoders never create:
 * they build objects by assignment too.)
 */
export function shallowCopy<T extends object>(o: T): T {
  return Object.assign({}, o);
}
