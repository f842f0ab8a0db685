/** Console requests, answered in the worker by the real engine against the last Simulation. */
import type { Simulation } from '../../src/index';
import { engineTools } from '../../src/console/engine-tools';
import { runRequestSafely } from '../../src/console/run';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';

export function runEngineRequest(request: EngineRequest, sim: Simulation): ConsoleResult {
  return runRequestSafely(request, sim, engineTools);
}
