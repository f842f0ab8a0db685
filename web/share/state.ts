/**
 * What a share link carries, built from the app's state, and applied back. Pure: the store, storage and
 * location are passed in, so the rules (what is written, what survives, what is kept safe) are unit-tested.
 */
import type { ShareState } from '../../src/share/index';

/** Console source id (the graph id: client/internet, pod/ns/name, node/name) → the link's short form. */
export function sourceToShare(id: string): string | undefined {
  const parts = id.split('/');
  if (parts[0] === 'client' && parts.length === 2) return parts[1];
  if (parts[0] === 'pod' && parts.length === 3) return `${parts[1]}/${parts[2]}`;
  if (parts[0] === 'node' && parts.length === 2) return id;
  return undefined;
}

/** The link's short form → the console source id; undefined for anything unexpected. */
export function sourceFromShare(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const parts = s.split('/');
  const ok = (p: string) => /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(p) && p.length <= 253;
  if (parts.length === 1 && ok(parts[0])) return `client/${parts[0]}`;
  if (parts.length === 2 && parts[0] === 'node' && ok(parts[1])) return s;
  if (parts.length === 2 && ok(parts[0]) && ok(parts[1])) return `pod/${parts[0]}/${parts[1]}`;
  return undefined;
}

export interface ShareInput {
  text: string;
  /** The console line whose trace the player shows, and where it ran from (console source id). */
  command?: string | null;
  commandSource?: string | null;
  step?: number;
  lesson?: string | null;
  lang: 'en' | 'ko';
  /** Only a language the person chose goes into a link. */
  langChosen: boolean;
  present?: boolean;
}

export function shareStateFrom(input: ShareInput): ShareState {
  const state: ShareState = { text: input.text };
  if (input.command) {
    state.command = input.command;
    const src = input.commandSource ? sourceToShare(input.commandSource) : undefined;
    if (src) state.source = src;
    if (input.step && input.step > 0) state.step = input.step;
  }
  if (input.lesson) state.lesson = input.lesson;
  if (input.langChosen) state.lang = input.lang;
  if (input.present) state.present = true;
  return state;
}

/** `base#fragment` for a link; base is the page address without its fragment. */
export function shareUrl(base: string, fragment: string): string {
  const i = base.indexOf('#');
  return `${i < 0 ? base : base.slice(0, i)}#${fragment}`;
}
