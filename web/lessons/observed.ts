/**
 * What a lesson check observed (GoalResult.observed), in the learner's language, split into prose and data.
 * The data (names, addresses, outcome and diagnostic codes) is shown as code, verbatim in every language: its
 * params are marked before the message is rendered, and the marks are found again in the rendered line.
 */
import type { Observed } from '../../src/lessons/observed';
import { renderEngineMessage } from '../i18n/engineMessages';
import type { Lang } from '../i18n/lang';

export interface ObservedRun {
  text: string;
  /** Verbatim data from the engine, not words of the language. */
  data: boolean;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** Params that name message keys or describe a list are not data: they must reach the renderer unchanged. */
const NOT_DATA = /(Key|Items|Count)$/;

function markData(params: Observed['params']): Observed['params'] {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [
    name, typeof value === 'string' && value !== '' && !NOT_DATA.test(name) ? `${OPEN}${value}${CLOSE}` : value,
  ]));
}

/**
 * The observation rendered in `lang` (English until the Korean catalogs have loaded: the UI reports Korean
 * only once they have, see web/i18n), as runs of prose and data.
 */
export function observedRuns(observed: Observed, lang: Lang): ObservedRun[] {
  const line = renderEngineMessage(observed.key, markData(observed.params), lang);
  return line.split(new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`))
    .map((text, i) => ({ text: text.replaceAll(OPEN, '').replaceAll(CLOSE, ''), data: i % 2 === 1 }))
    .filter((r) => r.text !== '');
}
