/**
 * The pipeline: text → objects (manifest) → ClusterState (reconcile) → DNS zone + teaching diagnostics.
 * `createEngine()` keeps the parser's per-document cache and its reconcile memory between calls, so
 * re-simulating after an edit re-parses only the documents that changed.
 */
import { createManifestParser, type ManifestParser, type ParsedManifests, type ParseOptions } from './manifest/parse';
import { createReconcileMemory, reconcile, type ReconcileMemory } from './cluster/reconcile';
import type { ClusterState } from './cluster/state';
import { buildZone, type DnsZone } from './dns/zone';
import { createLintMemory, lint } from './lint/index';
import { objectKey, type Diagnostic, type ObjectKey } from './manifest/diagnostics';
import type { KubeObject } from './api/types';

const keyOf = (o: KubeObject): ObjectKey => objectKey(o.kind, o.metadata.namespace, o.metadata.name);

export type SimulateOptions = ParseOptions;

export interface Simulation {
  cluster: ClusterState;
  zone: DnsZone;
  /** Every diagnostic (parse, validation, reconcile, lint), each with a range where one is known. */
  diagnostics: readonly Diagnostic[];
  /** Number of documents in the text. */
  documents: number;
  /** Objects written in the text that the API server would reject (so they are not in the cluster). */
  rejected: readonly ObjectKey[];
}

export interface Engine {
  simulate(text: string, options?: SimulateOptions): Simulation;
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** What the core of the pipeline produces: the parse, the cluster and its DNS zone. */
export interface CoreResult {
  parsed: ParsedManifests;
  cluster: ClusterState;
  zone: DnsZone;
}

/**
 * The core of a simulation — text → objects → cluster → DNS zone — without lint and without locating and
 * sorting diagnostics. It is what `npm run bench` compares with js-yaml's loadAll (the measure);
 * `lap`, when given, is called after each phase so the bench can time them. `memory` is an engine's memory of
 * its previous reconcile (createEngine passes its own); without it, as in the bench's cold runs, nothing from
 * an earlier call is reused.
 */
export function simulateCore(
  parser: ManifestParser, text: string, options?: SimulateOptions, lap?: (phase: 'parse' | 'reconcile' | 'zone') => void,
  memory?: ReconcileMemory,
): CoreResult {
  const parsed = parser.parse(text, options);
  lap?.('parse');
  // Objects the API server would reject are never created: they keep their diagnostics (and their
  // markers in the editor) but take no part in the cluster.
  const objects = parsed.rejected.size === 0 ? parsed.objects : parsed.objects.filter((o) => !parsed.rejected.has(keyOf(o)));
  const cluster = reconcile({ objects, unknown: parsed.unknown, world: parsed.world, memory });
  lap?.('reconcile');
  const zone = buildZone(cluster, memory?.zone);
  lap?.('zone');
  return { parsed, cluster, zone };
}

export function createEngine(): Engine {
  const parser = createManifestParser();
  const memory = createReconcileMemory();
  const lintMemory = createLintMemory();
  return {
    simulate(text, options) {
      const { parsed, cluster, zone } = simulateCore(parser, text, options, undefined, memory);
      const later = [...cluster.diagnostics, ...lint(cluster, lintMemory)].map((d) =>
        d.range || !d.source ? d : { ...d, range: parsed.locate(d.source, d.field) },
      );
      const diagnostics = [...parsed.diagnostics, ...later].sort(
        (a, b) =>
          (a.range?.start.line ?? Infinity) - (b.range?.start.line ?? Infinity) ||
          (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0) ||
          severityOrder[a.severity] - severityOrder[b.severity] ||
          a.code.localeCompare(b.code),
      );
      return { cluster, zone, diagnostics, documents: parsed.documents, rejected: [...parsed.rejected].sort() };
    },
  };
}

/** One-shot simulation (no cache kept). */
export function simulate(text: string, options?: SimulateOptions): Simulation {
  return createEngine().simulate(text, options);
}
