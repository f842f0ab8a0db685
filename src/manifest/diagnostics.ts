/**
 * Diagnostics: user mistakes come back as values with positions, never as exceptions.
 * A diagnostic names the object and, where known, the field path inside its document;
 * `range` (1-based line/column in the original text) is filled in by the manifest layer,
 * which is the only layer that knows where each document and field sits in the text.
 */
export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column, as editors and `kubectl` error messages count them. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A field path inside one document, e.g. ['spec', 'ports', 0, 'targetPort']. */
export type FieldPath = readonly (string | number)[];

/** Where an object came from: the document index in the text and, for `kind: List`, the item path. */
export interface SourceRef {
  /** Index of the YAML/JSON document in the text (0-based, in order of appearance). */
  doc: number;
  /** Path from the document root to this object (empty, or ['items', i] inside a List). */
  path: FieldPath;
  /** The whole object's range in the text. */
  range: Range;
}

/** "Kind/namespace/name" for namespaced objects, "Kind/name" for cluster-scoped ones. */
export type ObjectKey = string;

export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. `service/externalname-ignored`; also the i18n key of the message. */
  code: string;
  /** English message (the CLI prints it; the app translates `code` + `params`). */
  message: string;
  /** Values the message is built from, for translation. */
  params: Record<string, string | number>;
  /** The object it is about, when there is one. */
  object?: ObjectKey;
  /** Source document of the object (or of the unparsable text). */
  source?: { doc: number; path: FieldPath };
  /** The field inside the object the diagnostic points at (relative to the object). */
  field?: FieldPath;
  /** Filled in by the manifest layer: where to put the squiggle. */
  range?: Range;
}

export function objectKey(kind: string, namespace: string | undefined, name: string): ObjectKey {
  return namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`;
}
