import type { StateCreator } from 'zustand';
import type { AppState, SimulationSlice } from './types';

export const createSimulationSlice: StateCreator<AppState, [], [], SimulationSlice> = (set) => ({
  simulation: null,
  simulatedRevision: -1,
  simStatus: 'pending',
  simError: null,
  inspection: null,
  setSimulation: (summary, revision) =>
    set((s) => (revision < s.simulatedRevision ? s : {
      simulation: summary,
      simulatedRevision: revision,
      simStatus: 'ready',
      simError: null,
      // Details for the selected id ride along with each simulation (recomputed in the worker).
      ...(summary.inspection ? { inspection: summary.inspection } : {}),
    })),
  setInspection: (inspection) => set({ inspection }),
  // The last good summary stays on screen: a failure never blanks the graph or loses the text.
  setSimulationFailed: (message, revision) => set({ simStatus: 'failed', simError: message, simulatedRevision: revision }),
});
