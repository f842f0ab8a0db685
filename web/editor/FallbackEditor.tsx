import { useEffect, useRef } from 'react';
import { getAppStore, useApp } from '../store/index';
import { useT } from '../i18n/index';

/** A plain textarea with the same text, editable, until Monaco has loaded. */
export function FallbackEditor() {
  const text = useApp((s) => s.text);
  const setText = useApp((s) => s.setText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const t = useT();
  useEffect(() =>
    getAppStore().subscribe((s, prev) => {
      const el = ref.current;
      if (!el || !s.reveal || s.reveal === prev.reveal) return;
      const offset = offsetOf(el.value, s.reveal.range.start.line, s.reveal.range.start.column);
      el.focus();
      el.setSelectionRange(offset, offset);
    }), []);
  return (
    <textarea
      ref={ref}
      className="fallback-editor"
      data-testid="editor.fallback"
      aria-label={t('editor.label')}
      spellCheck={false}
      value={text}
      onChange={(e) => setText(e.target.value)}
    />
  );
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return offset + column - 1;
}
