/**
 * Graph element ⇄ lines of text, through the engine's graph model: each node carries the source range
 * of the object written for it (src/graph GraphNode.source; a Deployment's pods point at the Deployment).
 * Lookups only — no Kubernetes rule is decided here.
 */
import type { GraphId, Range } from '../../src/index';
import type { SimulationSummary } from '../worker/protocol';

const contains = (r: Range, line: number): boolean => r.start.line <= line && line <= r.end.line;

/** Where the element was written, to select its lines when it is clicked on the graph. */
export function rangeOfElement(summary: SimulationSummary | null, id: GraphId): Range | undefined {
  return summary?.graph?.nodes.find((n) => n.id === id)?.source?.range;
}

/** The element whose text holds `line` (1-based): hand-written elements first, then generated ones. */
export function elementAtLine(summary: SimulationSummary | null, line: number): GraphId | null {
  const hits = summary?.graph?.nodes.filter((n) => n.source && contains(n.source.range, line)) ?? [];
  return (hits.find((n) => !n.generated) ?? hits[0])?.id ?? null;
}
