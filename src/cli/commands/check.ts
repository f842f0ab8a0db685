/**
 * `podpath check`: every diagnostic (parse, validation, reconcile, lint) as `FILE:LINE:COL: severity code: message`.
 */
import { countDiagnostics, formatDiagnostic, formatSummary } from '../../format/diagnostics';
import type { Diagnostic } from '../../manifest/diagnostics';
import { bool } from '../args';
import type { Command } from '../command';
import { HELP_FLAG, INPUT_FLAGS, JSON_FLAG, loadSimulation, printJSON } from '../common';
import { locateLine, type Input } from '../input';

/** Corefile diagnostics carry Corefile positions; everything else points into the manifests. */
function isCorefileDiagnostic(d: Diagnostic): boolean {
  return d.code.startsWith('corefile/') || d.code.startsWith('coredns/corefile');
}

export interface LocatedDiagnostic {
  file: string;
  diagnostic: Diagnostic;
}

export function locateDiagnostics(input: Input, ds: readonly Diagnostic[]): LocatedDiagnostic[] {
  return ds.map((d) => {
    if (input.corefile && isCorefileDiagnostic(d)) return { file: input.corefile.name, diagnostic: d };
    if (!d.range) return { file: input.files[0]?.name ?? '<stdin>', diagnostic: d };
    const start = locateLine(input, d.range.start.line);
    const end = locateLine(input, d.range.end.line);
    return {
      file: start.file,
      diagnostic: {
        ...d,
        range: { start: { line: start.line, column: d.range.start.column }, end: { line: end.line, column: d.range.end.column } },
      },
    };
  });
}

export const checkCommand: Command = {
  name: 'check',
  aliases: ['lint'],
  summary: 'list every problem in the manifests: parse errors, invalid fields, and why something will not work',
  usage: 'podpath check [-f FILE]… [--json]',
  flags: [...INPUT_FLAGS, JSON_FLAG, HELP_FLAG],
  details: [
    'Each line is FILE:LINE:COL: severity code: message (severity: error, warning or info), the summary goes to stderr.',
    'Exit status 1 when there is any error, 0 otherwise (warnings do not fail), 2 for a bad file or flag.',
    'Example:',
    '  podpath check -f app.yaml -f ingress.yaml',
  ].join('\n'),
  async run(args, io) {
    const { input, sim } = await loadSimulation(args, io);
    const located = locateDiagnostics(input, sim.diagnostics);
    const counts = countDiagnostics(sim.diagnostics);
    if (bool(args, 'json')) {
      printJSON(io, {
        diagnostics: located.map(({ file, diagnostic: d }) => ({
          severity: d.severity,
          code: d.code,
          message: d.message,
          object: d.object ?? null,
          line: d.range?.start.line ?? null,
          column: d.range?.start.column ?? null,
          file,
          endLine: d.range?.end.line ?? null,
          endColumn: d.range?.end.column ?? null,
          params: d.params,
        })),
        documents: sim.documents,
        errors: counts.error,
        warnings: counts.warning,
      });
    } else {
      io.stdout(located.map(({ file, diagnostic }) => `${formatDiagnostic(file, diagnostic)}\n`).join(''));
      io.stderr(`${formatSummary(counts)} in ${sim.documents} document${sim.documents === 1 ? '' : 's'}\n`);
    }
    return counts.error ? 1 : 0;
  },
};
