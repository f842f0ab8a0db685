import { useState, type KeyboardEvent } from 'react';
import { getAppStore, useApp } from '../store/index';
import { useT } from '../i18n/index';

/** The command line, with ↑/↓ history like a shell. */
export function ConsoleInput() {
  const history = useApp((s) => s.consoleHistory);
  const source = useApp((s) => s.consoleSource);
  const [line, setLine] = useState('');
  const [cursor, setCursor] = useState<number | null>(null);
  const t = useT();

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
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
    }
  };

  return (
    <form
      className="console-input"
      onSubmit={(e) => {
        e.preventDefault();
        const run = line;
        setLine('');
        setCursor(null);
        void getAppStore().getState().runLine(run);
      }}
    >
      <label htmlFor="console-input" className="prompt-label">
        <span className="prompt-source" title={source}>{source.split('/').pop()}</span> $
        <span className="sr-only"> {t('console.command')}</span>
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
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder="dig web.default.svc.cluster.local"
      />
      <button type="submit" data-testid="console.run">{t('console.run')}</button>
    </form>
  );
}
