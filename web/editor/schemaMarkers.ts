/**
 * Markers of monaco-yaml's own check that the engine says otherwise about, removed from the editor.
 *
 * monaco-yaml (yaml-language-server) reads the text as a strict YAML parser: a key written twice is an error,
 * "Map keys must be unique". kubectl is not strict: it keeps the last value and goes on, and the engine says so
 * with its `yaml/duplicate-key` warning at the same key (src/manifest/duplicateKeys.ts). Two markers on one key,
 * an error and a warning that disagree, would leave a learner to guess which one a cluster agrees with.
 */
export interface SchemaMarker {
  message: string;
}

const SUPERSEDED = new Set(['Map keys must be unique']);

/** The markers to keep: every one the engine does not contradict. */
export function keepSchemaMarkers<M extends SchemaMarker>(markers: readonly M[]): M[] {
  return markers.filter((m) => !SUPERSEDED.has(m.message));
}
