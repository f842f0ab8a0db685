import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { getAppStore, useApp } from '../store/index';
import { useT } from '../i18n/index';
import { pasteIntoLine } from './paste';

/** The command line, with ↑/↓ history like a shell, and bash's "> " prompt while a command goes on. */
export function ConsoleInput() {
  const history = useApp((s) => s.consoleHistory);
  const source = useApp((s) => s.consoleSource);
  const pending = useApp((s) => s.consolePending);
  const [line, setLine] = useState('');
  const [cursor, setCursor] = useState<number | null>(null);
  const t = useT();

  const submit = (text: string) => {
    setCursor(null);
    void getAppStore().getState().submitInput(text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      const i = cursor === null ? history.length - 1 : Math.max(0, cursor - 1);
      setCursor(i);
      setLine(history[i]);
    } else if (e.key === 'ArrowDown' && cursor !== null) {
      e.preventDefault();
      const i = cursor + 1;
      if (i >= history.length) {
        setCursor(null);
        setLine('');
      } else {
        setCursor(i);
        setLine(history[i]);
      }
    } else if (e.key === 'l' && e.ctrlKey) {
      e.preventDefault();
      getAppStore().getState().clearConsole();
    } else if ((e.key === 'c' && e.ctrlKey && el.selectionStart === el.selectionEnd) || (e.key === 'Escape' && pending)) {
      // Ctrl+C with nothing selected (else it copies): bash drops the line and the command that goes on.
      e.preventDefault();
      getAppStore().getState().cancelPending();
      setLine('');
      setCursor(null);
    }
  };

  // An <input> drops the newlines of a paste: a pasted block runs its lines as a terminal does (paste.ts).
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    const r = pasteIntoLine(line, el.selectionStart ?? line.length, el.selectionEnd ?? line.length, e.clipboardData.getData('text/plain'));
    if (!r) return;
    e.preventDefault();
    setLine(r.rest);
    submit(r.entered);
  };

  const pendingLines = pending ? pending.split('\n') : [];
  return (
    <form
      className="console-input"
      onSubmit={(e) => {
        e.preventDefault();
        const run = line;
        setLine('');
        submit(run);
      }}
    >
      {pendingLines.length > 0 && (
        <pre className="console-pending" data-testid="console.pending" title={t('console.pendingHint')}>
          {pendingLines.map((l, i) => `${i === 0 ? '$' : '>'} ${l}`).join('\n')}
        </pre>
      )}
      <div className="console-line">
        <label htmlFor="console-input" className="prompt-label">
          {pending ? '>' : <><span className="prompt-source" title={source}>{source.split('/').pop()}</span> $</>}
          <span className="sr-only"> {pending ? t('console.pendingHint') : t('console.command')}</span>
        </label>
        <input
          id="console-input"
          data-testid="console.input"
          value={line}
          onChange={(e) => {
            setLine(e.target.value);
            setCursor(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder={pending ? '' : 'dig web.default.svc.cluster.local'}
        />
        <button type="submit" data-testid="console.run">{t('console.run')}</button>
      </div>
    </form>
  );
}
