/**
 * The engine's graph model (src/graph) for the graph panel: nodes + edges with stable ids and source
 * ranges, computed in the worker once per simulation so the main thread only lays it out.
 */
import type { Simulation } from '../../src/index';
import { graphModel } from '../../src/graph/model';
import type { GraphModel } from '../../src/graph/types';

export function buildGraphModel(sim: Simulation): GraphModel {
  return graphModel(sim.cluster, sim.diagnostics);
}
