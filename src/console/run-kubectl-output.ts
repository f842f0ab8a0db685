/**
 * `kubectl get … -o jsonpath=TEMPLATE | -o json | -o name`: kubectl's printGeneric (kubectl/pkg/cmd/get/get.go).
 * The objects are the ones `podpath get -o json` prints (src/format/kubectl-objects.ts). One object asked for by
 * name (`get ingress web`, `get ingress/web`) is printed alone; anything else — several names, several types, no
 * name — as a `kind: List` of the items. Errors read as kubectl prints them (CheckErr): a NotFound for the one
 * named object is the only output; otherwise NotFound errors follow what was printed, one per line.
 */
import type { Simulation } from '../engine';
import { goJson, type JsonValue } from '../format/go-print';
import { jsonPathPrinter } from '../format/jsonpath/printer';
import { findKind, notFoundError, toKubeObject, type KindDef } from '../format/kubectl-objects';
import { GET_OUTPUT_FORMATS, splitOutputFormat } from './kubectl-printers';
import type { ConsoleResult, KubectlGetRequest, KubectlResource } from './types';

/** An error as kubectl's CheckErr sees it: an API status (printed as is) or a plain error ("error: " added). */
interface KubectlError {
  text: string;
  api?: boolean;
}

/** CheckErr: one error with "error: " (API errors as they are); several, one per line without the prefix. */
export function checkErr(errors: readonly KubectlError[]): string {
  if (errors.length === 0) return '';
  if (errors.length === 1) {
    const [e] = errors;
    const msg = e.api || e.text.startsWith('error: ') ? e.text : `error: ${e.text}`;
    return msg.endsWith('\n') ? msg : `${msg}\n`;
  }
  return errors.map((e) => `${e.text}\n`).join('');
}

interface Found {
  kind: KindDef;
  name: string;
  object: JsonValue;
}

/** The objects asked for, in kubectl's order, and a NotFound for each named one that is missing. */
function select(req: KubectlGetRequest, sim: Simulation): { items: Found[]; errors: KubectlError[]; singleItemImplied: boolean } {
  const ns = req.allNamespaces ? undefined : (req.namespace ?? 'default');
  const kindOf = (r: KubectlResource) => findKind(r) as KindDef;
  const rowsOf = (kind: KindDef) => kind.rows(sim).filter((row) => !kind.namespaced || ns === undefined || row.namespace === ns);
  // What the API server returns: JSON (no undefined fields, no shared references).
  const wire = (kind: KindDef, row: ReturnType<KindDef['rows']>[number]): Found =>
    ({ kind, name: row.name, object: JSON.parse(JSON.stringify(toKubeObject(kind, row))) as JsonValue });
  const named = req.tuples ?? (req.names.length ? req.resources.flatMap((resource) => req.names.map((name) => ({ resource, name }))) : undefined);
  if (!named) {
    // A list: each type in the order asked, its objects in the API server's order (namespace, then name).
    const items = req.resources.flatMap((r) => {
      const kind = kindOf(r);
      return rowsOf(kind).sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((row) => wire(kind, row));
    });
    return { items, errors: [], singleItemImplied: false };
  }
  const items: Found[] = [];
  const errors: KubectlError[] = [];
  for (const { resource, name } of named) {
    const kind = kindOf(resource);
    const row = rowsOf(kind).find((x) => x.name === name);
    if (row) items.push(wire(kind, row));
    else errors.push({ api: true, text: notFoundError(kind.resource, name) });
  }
  return { items, errors, singleItemImplied: named.length === 1 };
}

export function runKubectlGetOutput(req: KubectlGetRequest, sim: Simulation): ConsoleResult {
  const done = (stdout: string, errors: readonly KubectlError[]): ConsoleResult =>
    ({ output: stdout + checkErr(errors), stdout, exitCode: errors.length ? 1 : 0 });
  if (req.allNamespaces && req.names.length) return done('', [{ text: 'a resource cannot be retrieved by name across all namespaces' }]);
  const { items, errors, singleItemImplied } = select(req, sim);
  if (errors.length && singleItemImplied) return done('', errors);

  const flags = req.output ?? { format: 'json', allowMissingKeys: true };
  const { format, template } = splitOutputFormat(flags.format, flags.template);
  if (!GET_OUTPUT_FORMATS.includes(format)) {
    return done('', [{ text: `unable to match a printer suitable for the output format "${flags.format}", allowed formats are: ${GET_OUTPUT_FORMATS.join(',')}` }]);
  }
  if (format === 'name') return done(items.map((i) => `${i.kind.prefix}/${i.name}\n`).join(''), errors);
  const data: JsonValue = singleItemImplied && items.length === 1
    ? items[0].object
    : { apiVersion: 'v1', items: items.map((i) => i.object), kind: 'List', metadata: { resourceVersion: '' } };
  if (format === 'json') return done(`${goJson(data, '    ')}\n`, errors);

  if (format !== 'jsonpath') return done('', [{ text: `-o ${format} is not simulated here` }]);
  if (template === '') return done('', [{ text: 'template format specified but no template given' }]);
  const printer = jsonPathPrinter(template, flags.allowMissingKeys);
  if ('error' in printer) return done('', [{ text: printer.error }]);
  const printed = printer.print(data);
  return done(printed.stdout, printed.error === undefined ? errors : [...errors, { text: printed.error }]);
}
