/**
 * The pipeline: text → objects (manifest) → ClusterState (reconcile) → DNS zone + teaching diagnostics.
 * `createEngine()` keeps the parser's per-document cache between calls, so re-simulating after an edit
 * re-parses only the documents that changed.
 */
import { createManifestParser, type ParseOptions } from './manifest/parse';
import { reconcile } from './cluster/reconcile';
import type { ClusterState } from './cluster/state';
import { buildZone, type DnsZone } from './dns/zone';
import { lint } from './lint/index';
import type { Diagnostic } from './manifest/diagnostics';

export type SimulateOptions = ParseOptions;

export interface Simulation {
  cluster: ClusterState;
  zone: DnsZone;
  /** Every diagnostic (parse, validation, reconcile, lint), each with a range where one is known. */
  diagnostics: readonly Diagnostic[];
  /** Number of documents in the text. */
  documents: number;
}

export interface Engine {
  simulate(text: string, options?: SimulateOptions): Simulation;
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export function createEngine(): Engine {
  const parser = createManifestParser();
  return {
    simulate(text, options) {
      const parsed = parser.parse(text, options);
      const cluster = reconcile({ objects: parsed.objects, unknown: parsed.unknown, world: parsed.world });
      const zone = buildZone(cluster);
      const later = [...cluster.diagnostics, ...lint(cluster)].map((d) =>
        d.range || !d.source ? d : { ...d, range: parsed.locate(d.source, d.field) },
      );
      const diagnostics = [...parsed.diagnostics, ...later].sort(
        (a, b) =>
          (a.range?.start.line ?? Infinity) - (b.range?.start.line ?? Infinity) ||
          (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0) ||
          severityOrder[a.severity] - severityOrder[b.severity] ||
          a.code.localeCompare(b.code),
      );
      return { cluster, zone, diagnostics, documents: parsed.documents };
    },
  };
}

/** One-shot simulation (no cache kept). */
export function simulate(text: string, options?: SimulateOptions): Simulation {
  return createEngine().simulate(text, options);
}
