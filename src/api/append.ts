/**
 * `target.push(...items)` without the spread. A spread passes every item as an argument, and V8 throws
 * RangeError ("Maximum call stack size exceeded") past about 100,000 of them: a paste with that many pods in
 * one namespace did. For lists that can grow with the input.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
