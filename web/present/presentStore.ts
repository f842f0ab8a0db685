/** Presentation (classroom) mode on or off. Entered by the header button or a share link's `present` flag. */
import { createStore, useStore } from 'zustand';

export interface PresentState {
  present: boolean;
  setPresent(on: boolean): void;
}

export const presentStore = createStore<PresentState>()((set) => ({
  present: false,
  setPresent: (present) => set({ present }),
}));

export function usePresent<T>(selector: (s: PresentState) => T): T {
  return useStore(presentStore, selector);
}
