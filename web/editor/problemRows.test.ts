import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/index';
import { problemRows } from './problemRows';

const d = (code: string, n: number): Diagnostic => ({ severity: 'warning', code, message: `${code} ${n}`, params: {} });

describe('the Problems list rows', () => {
  // 7 × a, with 2 × b among them: a's first 5, then one row for its 2 more; b's both.
  const list = [d('a', 1), d('a', 2), d('b', 1), d('a', 3), d('a', 4), d('a', 5), d('b', 2), d('a', 6), d('a', 7)];
  const text = (rows: ReturnType<typeof problemRows>) => rows.map((r) => (r.kind === 'item' ? r.d.message : `+${r.count} ${r.code}`));

  it('shows the first few of each code where they occur, then how many more', () => {
    expect(text(problemRows(list, new Set(), 5))).toEqual(['a 1', 'a 2', 'b 1', 'a 3', 'a 4', 'a 5', '+2 a', 'b 2']);
  });

  it('shows every occurrence of a code once asked, in place', () => {
    expect(text(problemRows(list, new Set(['a']), 5))).toEqual(['a 1', 'a 2', 'b 1', 'a 3', 'a 4', 'a 5', 'b 2', 'a 6', 'a 7']);
  });

  it('keeps each row\'s index in the full list (for the click that reveals its line)', () => {
    const rows = problemRows(list, new Set(), 5);
    expect(rows.filter((r) => r.kind === 'item').map((r) => r.kind === 'item' && r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('a list of 4,000 repeats renders 6 rows', () => {
    expect(problemRows(Array.from({ length: 4000 }, (_, i) => d('cluster/pod-node-not-found', i)), new Set())).toHaveLength(6);
  });
});
