/**
 * The lesson panel's state: which lesson is open, its current step, the last check, the learner's progress.
 * A small store of its own (the lesson catalog is loaded lazily, with the panel).
 */
import { createStore, useStore } from 'zustand';
import type { CheckResult } from '../../src/lessons/check';
import { storage } from '../i18n/lang';
import { loadProgress, markSolved, type Progress } from './progress';

export interface LessonState {
  /** The lesson panel is shown. */
  panelOpen: boolean;
  lessonId: string | null;
  step: number;
  check: { result: CheckResult; text: string } | null;
  progress: Progress;
  /** Graph ids the shown step points at (the graph frames and highlights them while no trace step is shown). */
  focus: readonly string[];
  setFocus(ids: readonly string[]): void;
  openPanel(open: boolean): void;
  openLesson(id: string | null): void;
  setStep(step: number): void;
  setCheck(result: CheckResult | null, text?: string): void;
  solved(id: string): void;
}

export const lessonStore = createStore<LessonState>()((set, get) => ({
  panelOpen: false,
  lessonId: null,
  step: 0,
  check: null,
  progress: loadProgress(storage()),
  focus: [],
  // A new array, even with the same ids, asks the graph to frame them again.
  setFocus: (focus) => set((s) => (focus.length === 0 && s.focus.length === 0 ? s : { focus })),
  openPanel: (panelOpen) => set({ panelOpen }),
  openLesson: (lessonId) => set((s) => (s.lessonId === lessonId ? { panelOpen: s.panelOpen || lessonId !== null } : { lessonId, step: 0, check: null, panelOpen: s.panelOpen || lessonId !== null })),
  setStep: (step) => set({ step: Math.max(0, step) }),
  setCheck: (result, text = '') => set({ check: result ? { result, text } : null }),
  solved: (id) => set({ progress: markSolved(storage(), get().progress, id, Date.now()) }),
}));

export function useLessons<T>(selector: (s: LessonState) => T): T {
  return useStore(lessonStore, selector);
}
