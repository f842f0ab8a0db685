/**
 * Monaco, locally and slim: the core editor + YAML tokens, monaco-yaml for Kubernetes schema validation,
 * completion and hover. Only ever reached through a dynamic import (see MonacoEditor.tsx), so the first
 * paint never waits for it. The schema is generated offline by scripts/gen-schemas.ts.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import YamlWorker from './yaml.worker?worker';
import schemaText from '../generated/kubernetes.schema.json?raw';
import { keepSchemaMarkers } from './schemaMarkers';

export const SCHEMA_URI = 'https://podpath.dev/schemas/kubernetes.json';
export const MODEL_URI = 'file:///podpath/manifests.yaml';

let configured = false;

export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  (self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
  };
  configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    validate: true,
    completion: true,
    hover: true,
    format: { enable: true },
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.yaml'], schema: JSON.parse(schemaText) }],
  });
  // monaco-yaml's strict YAML errors that kubectl does not share (schemaMarkers.ts) are taken off its markers as
  // they arrive. Setting the filtered list fires this again, with nothing left to remove.
  monaco.editor.onDidChangeMarkers((uris) => {
    for (const uri of uris) {
      const model = monaco.editor.getModel(uri);
      if (!model) continue;
      const markers = monaco.editor.getModelMarkers({ owner: 'yaml', resource: uri });
      const kept = keepSchemaMarkers(markers);
      if (kept.length !== markers.length) monaco.editor.setModelMarkers(model, 'yaml', kept);
    }
  });
  monaco.editor.defineTheme('podpath-light', {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#6b7280', 'editor.lineHighlightBackground': '#f3f6fb' },
  });
  return monaco;
}

export { monaco };
