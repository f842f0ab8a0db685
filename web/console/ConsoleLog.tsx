import { useEffect, useRef } from 'react';
import { getAppStore, useApp } from '../store/index';
import { useT } from '../i18n/index';

/** The scrollback: each command with its prompt and output. */
export function ConsoleLog() {
  const entries = useApp((s) => s.consoleEntries);
  const box = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);
  return (
    <div className="console-log" ref={box} role="log" aria-label={t('console.output')} data-testid="console.output" tabIndex={0}>
      {entries.length === 0 && <p className="muted">{t('console.empty')}</p>}
      {entries.map((e) => (
        <div key={e.id} className="console-entry" data-testid="console.entry" data-exit-code={e.exitCode}>
          <div className="console-prompt">
            <span className="prompt-source">{e.source.split('/').pop()}</span>
            <span aria-hidden="true"> $ </span>
            {/* A command typed over several lines shows them as bash does, the next ones after its "> " prompt. */}
            <span className="prompt-line">{e.line.replace(/\n/g, '\n> ')}</span>
          </div>
          <pre className={e.exitCode === 0 ? 'console-out' : 'console-out failed'}>{e.pending ? '…' : e.output}</pre>
          {!e.pending && e.output === '' && (
            // The real tool prints nothing here (dig +short on NXDOMAIN, a quiet curl…): say so, with the outcome.
            <p className="console-note" data-testid="console.no-output">
              {t('console.noOutput')}{e.trace?.summary ? ` · ${e.trace.summary}` : ''}
            </p>
          )}
          {e.trace && (
            <button type="button" className="link-button" onClick={() => getAppStore().getState().loadTrace(e.trace)}>
              {t('console.stepThrough', { count: e.trace.steps.length })}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
