/** The share dialog, the notice a link left (opened, or refused), and the person's put-aside work. */
import { createStore, useStore } from 'zustand';
import type { ShareError } from '../../src/share/index';
import { storage } from '../i18n/lang';
import { loadPrevious, type SavedWork } from './saved';

export type Notice =
  | { kind: 'opened'; kept: boolean }
  | { kind: 'error'; error: ShareError }
  | { kind: 'file-opened'; name: string }
  | { kind: 'restored' };

export interface ShareUiState {
  dialogOpen: boolean;
  notice: Notice | null;
  previous: SavedWork | null;
  setDialogOpen(open: boolean): void;
  setNotice(notice: Notice | null): void;
  refreshPrevious(): void;
}

export const shareStore = createStore<ShareUiState>()((set) => ({
  dialogOpen: false,
  notice: null,
  previous: loadPrevious(storage()),
  setDialogOpen: (dialogOpen) => set({ dialogOpen }),
  setNotice: (notice) => set({ notice }),
  refreshPrevious: () => set({ previous: loadPrevious(storage()) }),
}));

export function useShareUi<T>(selector: (s: ShareUiState) => T): T {
  return useStore(shareStore, selector);
}
