import { useState } from 'react';
import type { Diagnostic } from '../../src/index';
import { getAppStore, useApp } from '../store/index';
import { elementAtLine } from './sourceMap';
import { msg, useLang, useT } from '../i18n/index';
import { problemRows } from './problemRows';

/** Severity icons as SVG: emoji glyphs are missing from many system fonts (and projectors' PCs). */
const ICON = {
  error: <svg viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" strokeWidth="1.8" /></svg>,
  warning: <svg viewBox="0 0 16 16" width="16" height="16"><path d="M8 1.2L15.2 14.4H0.8z" fill="currentColor" /><path d="M8 5.6v4.4M8 11.6v1.4" stroke="#fff" strokeWidth="1.8" /></svg>,
  info: <svg viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M8 7v5M8 4.2v1.4" stroke="#fff" strokeWidth="1.8" /></svg>,
} as const;

/**
 * The engine's diagnostics under the editor. A click jumps to the line and selects the element the line
 * belongs to, so the graph brings its card (with the problem's badge) into view and the inspector shows it.
 */
export function ProblemsList() {
  const diagnostics = useApp((s) => s.simulation?.diagnostics);
  const revealRange = useApp((s) => s.revealRange);
  const select = useApp((s) => s.select);
  const open = (d: Diagnostic) => {
    if (!d.range) return;
    revealRange(d.range, false);
    const id = elementAtLine(getAppStore().getState().simulation, d.range.start.line);
    if (id) select(id, 'problems');
  };
  const t = useT();
  const lang = useLang();
  const list = diagnostics ?? [];
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.filter((d) => d.severity === 'warning').length;
  const notes = list.length - errors - warnings;
  // Codes whose every occurrence the learner asked to see (the list shows the first few of each otherwise).
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const rows = problemRows(list, expanded);
  return (
    <div className="problems" data-testid="problems.list">
      <h3 className="problems-title">
        {t('problems.title')} <span className="muted">({t('problems.counts', { errors, warnings, notes })})</span>
      </h3>
      {list.length === 0 ? (
        <p className="muted problems-empty">{t('problems.none')}</p>
      ) : (
        <ul>
          {rows.map((row) => row.kind === 'more' ? (
            <li key={`more-${row.code}`}>
              <button
                type="button"
                className={`problem problem-more problem-${row.severity}`}
                data-testid={`problems.more.${row.code}`}
                onClick={() => setExpanded(new Set([...expanded, row.code]))}
              >
                <span aria-hidden="true" className="problem-icon">{ICON[row.severity]}</span>
                <span className="problem-message">{t('problems.more', { count: row.count })}</span>
                <span className="problem-meta"><code>{row.code}</code></span>
              </button>
            </li>
          ) : ((d, i) => (
            <li key={`${d.code}-${i}`}>
              <button
                type="button"
                className={`problem problem-${d.severity}`}
                data-testid={`problems.item.${d.code}`}
                disabled={!d.range}
                onClick={() => open(d)}
              >
                <span aria-hidden="true" className="problem-icon">{ICON[d.severity]}</span>
                <span className="sr-only">{t(`severity.${d.severity}`)}: </span>
                <span className="problem-message">{diagnosticText(d, lang)}</span>
                <span className="problem-meta"><code>{d.code}</code>{d.range ? ` · ${t('problems.line', { line: d.range.start.line })}` : ''}</span>
              </button>
            </li>
          ))(row.d, row.index))}
        </ul>
      )}
    </div>
  );
}

/** The diagnostic in the current language: its code is also its message key (English comes with it). */
export function diagnosticText(d: Diagnostic, lang: string): string {
  return lang === 'en' ? d.message : msg(d.code, d.params);
}
