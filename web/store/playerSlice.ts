import type { StateCreator } from 'zustand';
import type { AppState, PlayerSlice, PlayerState } from './types';

export const SPEEDS = [0.5, 1, 1.5, 2] as const;

function at(p: PlayerState, index: number): PlayerState {
  const n = p.trace?.steps.length ?? 0;
  const i = n === 0 ? 0 : Math.max(0, Math.min(n - 1, Math.round(index)));
  return { ...p, index: i, currentStep: p.trace?.steps[i] ?? null };
}

export const createPlayerSlice: StateCreator<AppState, [], [], PlayerSlice> = (set) => {
  const update = (f: (p: PlayerState) => PlayerState) => set((s) => ({ player: f(s.player) }));
  const last = (p: PlayerState) => Math.max(0, (p.trace?.steps.length ?? 0) - 1);
  return {
    player: { trace: null, index: 0, playing: false, speed: 1, currentStep: null },
    loadTrace: (trace) => update((p) => at({ ...p, trace, playing: false }, 0)),
    play: () => update((p) => {
      if (!p.trace || p.trace.steps.length < 2) return p;
      // Playing from the last step starts over, like a media player.
      return { ...(p.index >= last(p) ? at(p, 0) : p), playing: true };
    }),
    pause: () => update((p) => ({ ...p, playing: false })),
    togglePlay: () => update((p) => {
      if (p.playing) return { ...p, playing: false };
      if (!p.trace || p.trace.steps.length < 2) return p;
      return { ...(p.index >= last(p) ? at(p, 0) : p), playing: true };
    }),
    stepForward: () => update((p) => {
      const next = at(p, p.index + 1);
      return { ...next, playing: p.playing && next.index < last(p) };
    }),
    stepBack: () => update((p) => ({ ...at(p, p.index - 1), playing: false })),
    seek: (index) => update((p) => ({ ...at(p, index), playing: false })),
    toStart: () => update((p) => ({ ...at(p, 0), playing: false })),
    toEnd: () => update((p) => ({ ...at(p, last(p)), playing: false })),
    setSpeed: (speed) => update((p) => ({ ...p, speed })),
  };
};
