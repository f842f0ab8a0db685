/**
 * The rows of the Problems list. A pasted cluster dump can repeat one diagnostic for thousands of objects (every
 * pod bound to a node the paste does not include): the list shows the first PER_CODE of each code where they
 * occur, then one row saying how many more there are, which shows them when clicked. Every diagnostic stays on
 * its card and in the editor's markers; `podpath check` prints them all.
 */
import type { Diagnostic, Severity } from '../../src/index';

export const PER_CODE = 5;

export type ProblemRow =
  | { kind: 'item'; d: Diagnostic; index: number }
  | { kind: 'more'; code: string; severity: Severity; count: number };

export function problemRows(list: readonly Diagnostic[], expanded: ReadonlySet<string>, perCode = PER_CODE): ProblemRow[] {
  const total = new Map<string, number>();
  for (const d of list) total.set(d.code, (total.get(d.code) ?? 0) + 1);
  const shown = new Map<string, number>();
  const rows: ProblemRow[] = [];
  list.forEach((d, index) => {
    const n = (shown.get(d.code) ?? 0) + 1;
    shown.set(d.code, n);
    if (n <= perCode || expanded.has(d.code)) rows.push({ kind: 'item', d, index });
    if (n === perCode && !expanded.has(d.code) && total.get(d.code)! > perCode) {
      rows.push({ kind: 'more', code: d.code, severity: d.severity, count: total.get(d.code)! - perCode });
    }
  });
  return rows;
}
