import type { StateCreator } from 'zustand';
import type { AppState, SelectionSlice } from './types';

let nonce = 0;

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: { id: null, origin: null },
  reveal: null,
  select: (id, origin) =>
    set((s) => (s.selection.id === id && s.selection.origin === origin ? s : { selection: { id, origin: id ? origin : null } })),
  revealRange: (range, select) => set({ reveal: { range, select, nonce: ++nonce } }),
});
