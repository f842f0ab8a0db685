/**
 * The one place a trace step becomes words: the step's message key + params, in the current language
 * (web/i18n `msg`, English from the engine's catalogs, Korean once loaded). Components that show it
 * call `useLang()` so they re-render when the language changes.
 */
import type { TraceStep } from '../../src/index';
import { msg, type UiKey } from '../i18n/index';

export function narrateStep(step: TraceStep): string {
  return msg(step.message, step.params);
}

/** The i18n key of a step kind's short label ("DNS query", "DNAT"…): `step.kind.<kind>`. */
export const stepKindKey = (kind: TraceStep['kind']): UiKey => `step.kind.${kind}` as UiKey;
