import { useEffect, type RefObject } from 'react';
import { getAppStore } from '../store/index';
import { monaco } from './monaco';
import { elementAtLine, rangeOfElement } from './sourceMap';

type Editor = import('monaco-editor').editor.IStandaloneCodeEditor;

/**
 * Graph → editor: selecting an element selects its document's lines. Editor → graph: moving the cursor
 * into a document selects (highlights) its element. Problems → editor: jump to the line.
 */
export function useEditorSelectionSync(editorRef: RefObject<Editor | null>): void {
  useEffect(() => {
    const store = getAppStore();
    const editor = editorRef.current;
    if (!editor) return;
    let fromStore = false;
    const cursor = editor.onDidChangeCursorPosition((e) => {
      if (fromStore || e.source === 'api') return;
      const id = elementAtLine(store.getState().simulation, e.position.lineNumber);
      const sel = store.getState().selection;
      if (id !== sel.id) store.getState().select(id, 'editor');
    });
    const showRange = (r: { start: { line: number; column: number }; end: { line: number; column: number } }, select: boolean) => {
      fromStore = true;
      const range = new monaco.Range(r.start.line, r.start.column, select ? r.end.line : r.start.line, select ? r.end.column : r.start.column);
      editor.setSelection(range);
      editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
      fromStore = false;
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.selection !== prev.selection && s.selection.origin === 'graph' && s.selection.id) {
        const r = rangeOfElement(s.simulation, s.selection.id);
        if (r) showRange(r, true);
      }
      if (s.reveal && s.reveal !== prev.reveal) {
        showRange(s.reveal.range, s.reveal.select);
        editor.focus();
      }
    });
    return () => {
      cursor.dispose();
      unsubscribe();
    };
  }, [editorRef]);
}
