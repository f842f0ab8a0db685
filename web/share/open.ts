/**
 * Opening a share link: decode the fragment, keep the person's work safe, then apply the link's view (text,
 * language, lesson, presentation, and the console command's trace at its step). Never throws: a broken link
 * comes back as an error value for the banner, and the editor keeps what it had.
 */
import { decodeShare, type ShareError, type ShareState } from '../../src/share/index';
import { markFromLink, putAside, type SavedWork } from './saved';
import { sourceFromShare } from './state';

export interface OpenDeps {
  getText(): string;
  setText(text: string): void;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Texts the app ships (the sample, lesson starters/solutions): replacing them loses nothing. */
  disposable(): readonly string[];
  setLanguage(lang: 'en' | 'ko'): void;
  openLesson(id: string | null): void;
  setPresent(on: boolean): void;
  /** Resolves once the simulation has caught up with the text (or gave up waiting). */
  simulated(): Promise<void>;
  /** Run one console line from a console source, loading its trace into the player. */
  run(source: string | undefined, command: string): Promise<void>;
  seek(step: number): void;
  now(): number;
  /** Decompression limit (tests use a small one). */
  maxBytes?: number;
}

export type OpenOutcome =
  | { kind: 'none' }
  | { kind: 'error'; error: ShareError }
  | { kind: 'opened'; state: ShareState; kept: SavedWork | null };

export async function openShareFragment(fragment: string, deps: OpenDeps): Promise<OpenOutcome> {
  let result;
  try {
    result = await decodeShare(fragment, deps.maxBytes);
  } catch {
    // decodeShare does not throw by contract; a browser without DecompressionStream might.
    return { kind: 'error', error: { code: 'share/corrupt' } };
  }
  if (result === null) return { kind: 'none' };
  if (!result.ok) return { kind: 'error', error: result.error };
  const state = result.state;
  if (state.lang) deps.setLanguage(state.lang);
  const current = deps.getText();
  let kept: SavedWork | null = null;
  if (state.text !== current) {
    kept = putAside(deps.storage, current, state.text, 'link', deps.disposable(), deps.now()).kept;
    deps.setText(state.text);
  }
  markFromLink(deps.storage, state.text);
  deps.openLesson(state.lesson ?? null);
  deps.setPresent(state.present === true);
  if (state.command) {
    await deps.simulated();
    await deps.run(sourceFromShare(state.source), state.command);
    if (state.step) deps.seek(state.step);
  }
  return { kind: 'opened', state, kept };
}
