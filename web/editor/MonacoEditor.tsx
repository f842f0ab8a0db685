/**
 * The Monaco editor (lazy chunk). The store owns the text: edits flow model → store, and outside
 * changes (a reset, a test's paste) flow store → model as one undoable edit.
 */
import { useEffect, useRef } from 'react';
import { getAppStore } from '../store/index';
import { MODEL_URI, setupMonaco, type monaco as Monaco } from './monaco';
import { useEditorMarkers } from './useEditorMarkers';
import { useEditorSelectionSync } from './useEditorSelectionSync';
import { tr } from '../i18n/index';

type Editor = Monaco.editor.IStandaloneCodeEditor;

export default function MonacoEditor() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);

  useEffect(() => {
    const monaco = setupMonaco();
    const store = getAppStore();
    const uri = monaco.Uri.parse(MODEL_URI);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(store.getState().text, 'yaml', uri);
    if (model.getValue() !== store.getState().text) model.setValue(store.getState().text);
    const editor = monaco.editor.create(host.current!, {
      model,
      theme: 'podpath-light',
      automaticLayout: true,
      fontSize: 15,
      lineHeight: 22,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      wordWrap: 'off',
      renderWhitespace: 'none',
      fixedOverflowWidgets: true,
      ariaLabel: tr('editor.label'),
      accessibilitySupport: 'auto',
      tabFocusMode: false,
      // Sticky scroll asks monaco-yaml for every document's symbols on each keystroke (costly on big
      // dumps) and pins lines that confuse a reader scrolling a multi-document file.
      stickyScroll: { enabled: false },
    });
    editorRef.current = editor;
    host.current!.dataset.ready = 'true';

    let applying = false;
    const onEdit = model.onDidChangeContent(() => {
      if (!applying) store.getState().setText(model.getValue());
    });
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.text === prev.text || s.text === model.getValue()) return;
      applying = true;
      editor.pushUndoStop();
      editor.executeEdits('podpath', [{ range: model.getFullModelRange(), text: s.text }]);
      editor.pushUndoStop();
      applying = false;
    });
    // Handles for e2e tests and for curious learners in devtools.
    Object.assign(window, { podpathEditor: editor, podpathMonaco: monaco });
    return () => {
      onEdit.dispose();
      unsubscribe();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  useEditorMarkers(editorRef);
  useEditorSelectionSync(editorRef);

  return <div ref={host} className="monaco-host" data-testid="editor.monaco" />;
}
