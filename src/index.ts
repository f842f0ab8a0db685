/**
 * PodPath's engine: the only module web/, the CLI and e2e import.
 * Pure, deterministic TypeScript over plain data — no DOM, no React, no timers, no randomness.
 */
export { createEngine, simulate } from './engine';
export type { Engine, Simulation, SimulateOptions } from './engine';
export type * from './api/types';
export type * from './api/world';
export { defaultWorld, WORLD_API_VERSION, WORLD_KIND } from './api/world';
export type * from './cluster/state';
export type * from './manifest/diagnostics';
export type * from './trace/types';
export { gid } from './graph/ids';
export type { GraphId } from './graph/ids';
