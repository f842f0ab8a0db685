/** The share state of what is on screen now (text, the trace's command and step, lesson, language, present). */
import { encodeShare, type ShareState } from '../../src/share/index';
import { getAppStore } from '../store/index';
import { currentLang, languageChosen } from '../i18n/index';
import { lessonStore } from '../lessons/lessonStore';
import { presentStore } from '../present/presentStore';
import { shareStateFrom, shareUrl } from './state';

export function currentShareState(overrides: { present?: boolean } = {}): ShareState {
  const s = getAppStore().getState();
  const trace = s.player.trace;
  // The console entry that produced the player's trace knows the command line and where it ran from.
  const entry = trace ? [...s.consoleEntries].reverse().find((e) => e.trace === trace) : undefined;
  return shareStateFrom({
    text: s.text,
    // As it ran: a link opens in a fresh console, without this session's variables.
    command: (entry?.expanded ?? entry?.line.trim()) || null,
    commandSource: entry?.source ?? null,
    step: s.player.index,
    lesson: lessonStore.getState().lessonId,
    lang: currentLang(),
    langChosen: languageChosen(),
    present: overrides.present ?? presentStore.getState().present,
  });
}

export async function currentShareUrl(overrides: { present?: boolean } = {}): Promise<string> {
  return shareUrl(location.href, await encodeShare(currentShareState(overrides)));
}
