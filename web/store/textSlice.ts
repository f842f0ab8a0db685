import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps, TextSlice } from './types';

export const createTextSlice = (deps: StoreDeps): StateCreator<AppState, [], [], TextSlice> => (set) => ({
  text: deps.initialText,
  textRevision: 0,
  setText: (text) => set((s) => (s.text === text ? s : { text, textRevision: s.textRevision + 1 })),
});
