/** Timing helpers for the benchmarks: warm-up runs, then timed runs; medians; aligned columns. */

/** Run `f` `warm` times untimed, then `runs` times timed; the durations in milliseconds. */
export function timeIt(f: () => unknown, warm: number, runs: number): number[] {
  for (let i = 0; i < warm; i++) f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return out;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Cells padded to widths (the first left-aligned, the rest right-aligned). */
export function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}
