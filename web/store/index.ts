/**
 * One zustand store from slices: text, simulation, console, player, selection.
 * `createAppStore` takes its outside world as arguments so tests can run it without a worker.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { createConsoleSlice } from './consoleSlice';
import { createPlayerSlice } from './playerSlice';
import { createSelectionSlice } from './selectionSlice';
import { createSimulationSlice } from './simulationSlice';
import { createTextSlice } from './textSlice';
import type { AppState, StoreDeps } from './types';

export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createTextSlice(deps)(...a),
    ...createSimulationSlice(...a),
    ...createConsoleSlice(deps)(...a),
    ...createPlayerSlice(...a),
    ...createSelectionSlice(...a),
  }));
}

let appStore: AppStore | null = null;

/** Installed once by web/main.tsx (after the worker is up). */
export function installAppStore(store: AppStore): void {
  appStore = store;
}

export function getAppStore(): AppStore {
  if (!appStore) throw new Error('app store not installed');
  return appStore;
}

/** Read a narrow slice of the app state: `useApp((s) => s.player.currentStep)`. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(getAppStore(), selector);
}

export type { AppState } from './types';
