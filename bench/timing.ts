/**
 * Timing helpers for the benchmarks: warm-up runs, then timed runs; medians; aligned columns.
 *
 * Every run is measured twice: wall time (performance.now) and CPU time of this process
 * (process.cpuUsage, user + system). The machines the bench runs on are often shared, and wall time then
 * includes time spent waiting for a core; CPU time does not (it does include the engine's own GC and JIT
 * helper threads, which is fair: they are work the engine caused).
 */

export interface Sample {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds (user + system, all threads of this process). */
  cpu: number;
}

/** CPU milliseconds used by this process so far. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A stopwatch over both clocks. */
export function stopwatch(): () => Sample {
  const w = performance.now();
  const c = cpuNow();
  return () => ({ wall: performance.now() - w, cpu: cpuNow() - c });
}

/** Run `f` `warm` times untimed, then `runs` times timed. */
export function timeIt(f: () => unknown, warm: number, runs: number): Sample[] {
  for (let i = 0; i < warm; i++) f();
  const out: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const stop = stopwatch();
    f();
    out.push(stop());
  }
  return out;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The medians of both clocks (each clock's own median, not the samples of one run). */
export function medianSample(xs: readonly Sample[]): Sample {
  return { wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) };
}

/** `wall / cpu` in milliseconds, e.g. `12.3 / 14.0 ms`. */
export function ms(s: Sample, digits = 1): string {
  return `${s.wall.toFixed(digits)} / ${s.cpu.toFixed(digits)} ms`;
}

/** Cells padded to widths (the first left-aligned, the rest right-aligned). */
export function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}
