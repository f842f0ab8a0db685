/**
 * Diagnostics as compilers print them: `FILE:LINE:COL: severity code: message`, so editors and CI
 * annotate the line. A diagnostic with no known position prints `FILE: severity code: message`.
 */
import type { Diagnostic } from '../manifest/diagnostics';

export function formatDiagnostic(file: string, d: Pick<Diagnostic, 'severity' | 'code' | 'message' | 'range'>): string {
  const where = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
  return `${where}: ${d.severity} ${d.code}: ${d.message}`;
}

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export function countDiagnostics(ds: readonly Pick<Diagnostic, 'severity'>[]): DiagnosticCounts {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of ds) c[d.severity]++;
  return c;
}

/** The summary line after the list: `2 errors, 1 warning` or `no problems found`. */
export function formatSummary(c: DiagnosticCounts): string {
  const parts: string[] = [];
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (c.error) parts.push(plural(c.error, 'error'));
  if (c.warning) parts.push(plural(c.warning, 'warning'));
  if (c.info) parts.push(plural(c.info, 'note'));
  return parts.length ? parts.join(', ') : 'no problems found';
}
