import { useEffect, type RefObject } from 'react';
import type { Diagnostic } from '../../src/index';
import { getAppStore } from '../store/index';
import { monaco } from './monaco';
import { currentLang } from '../i18n/index';
import { diagnosticText } from './ProblemsList';

const OWNER = 'podpath';

export function toMarker(d: Diagnostic, lineCount: number): import('monaco-editor').editor.IMarkerData {
  const r = d.range ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const startLine = Math.min(Math.max(1, r.start.line), lineCount);
  const endLine = Math.min(Math.max(startLine, r.end.line), lineCount);
  const sameSpot = endLine === startLine && r.end.column <= r.start.column;
  return {
    severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : d.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info,
    code: d.code,
    source: 'PodPath',
    message: diagnosticText(d, currentLang()),
    startLineNumber: startLine,
    startColumn: Math.max(1, r.start.column),
    endLineNumber: endLine,
    // A point range would not show a squiggle: stretch it to the end of the line.
    endColumn: sameSpot ? Number.MAX_SAFE_INTEGER : Math.max(1, r.end.column),
  };
}

/** The engine's diagnostics as Monaco markers (monaco-yaml adds the schema's own under its owner). */
export function useEditorMarkers(editorRef: RefObject<import('monaco-editor').editor.IStandaloneCodeEditor | null>): void {
  useEffect(() => {
    const store = getAppStore();
    const apply = () => {
      const model = editorRef.current?.getModel();
      const diagnostics = store.getState().simulation?.diagnostics ?? [];
      if (!model) return;
      monaco.editor.setModelMarkers(model, OWNER, diagnostics.map((d) => toMarker(d, model.getLineCount())));
    };
    apply();
    return store.subscribe((s, prev) => {
      if (s.simulation !== prev.simulation) apply();
    });
  }, [editorRef]);
}
