/** Building lint diagnostics: rendered English plus code, params, object and field. */
import type { Diagnostic, FieldPath, Severity } from '../manifest/diagnostics';
import { objectKey } from '../manifest/diagnostics';
import { renderMessage } from '../messages/index';
import type { lintCatalog } from './messages';

export type LintCode = keyof typeof lintCatalog;

interface Subject {
  kind: string;
  metadata: { namespace: string; name: string };
  source?: { doc: number; path: readonly (string | number)[] };
}

export function diag(severity: Severity, code: LintCode, obj: Subject, field: FieldPath | undefined, params: Record<string, string | number>): Diagnostic {
  return {
    severity, code, message: renderMessage(code, params), params,
    object: objectKey(obj.kind, obj.metadata.namespace || undefined, obj.metadata.name),
    ...(obj.source ? { source: { doc: obj.source.doc, path: obj.source.path } } : {}),
    ...(field ? { field } : {}),
  };
}
