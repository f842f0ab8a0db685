/**
 * A memo keyed by object identity that an engine keeps from one simulation to the next.
 *
 * The parser hands back the very same (immutable) objects for unchanged documents, and the controllers then
 * hand back the same objects they made from them, so a result computed from an object can be reused while the
 * object is the same. The memo holds two generations: what this simulation used or made, and what the previous
 * one did. `advance()` starts a simulation: the older generation is dropped, so the memo never holds more than
 * two simulations' worth, and it dies with its engine.
 *
 * WHY not a module-level WeakMap, which needs no generations: V8's young-generation collector (the scavenger)
 * does not clear a long-lived WeakMap's entries whose keys died young; it keeps their values alive and moves
 * them to the old generation, where only a full mark-compact frees them. So every cold simulation's memoized
 * pods, services and slices were copied twice, then marked. Measured with Node 20 (--trace-gc):
 *  - a loop of cold simulations of 100 objects: each scavenge promoted about 2 MB and took 4.6 ms; with these
 *    memos, 1.0 ms and nothing promoted. A simulation went from 4.3 to 3.3–3.5 ms, CPU from 5.0 to 3.5 ms.
 *  - two million `{}` keys with small values set in one old WeakMap: 2.0 s, scavenges of 35–42 ms; the same
 *    loop without the WeakMap: 0.16 s, scavenges under 1 ms.
 */
export class IdentityMemo<K extends object, V> {
  /** What the previous run used or made. */
  private previous: Map<K, V> | undefined;
  /** What this run used or made (made on the first entry: many memos of a cold run stay empty). */
  private current: Map<K, V> | undefined;

  /** Begin a run: keep what the last one used or made, drop the rest. */
  advance(): void {
    this.previous = this.current;
    this.current = undefined;
  }

  get(key: K): V | undefined {
    const hit = this.current?.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous?.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    (this.current ??= new Map()).set(key, value);
  }

  /** How many entries this run used or made (for tests). */
  get size(): number {
    return this.current?.size ?? 0;
  }
}
