/**
 * kubectl get's `-o FORMAT` (k8s.io/cli-runtime genericclioptions PrintFlags): which formats the console prints,
 * and the errors kubectl gives when it makes the printer (after it has fetched the objects, so a NotFound for
 * one named object is reported first). No engine imports: the command-line parser loads this in the page.
 */

/** kubectl get's -o values, sorted as its "allowed formats are: …" message lists them. */
export const GET_OUTPUT_FORMATS: readonly string[] = [
  'custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json',
  'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml',
];
const TEMPLATE_FORMATS = ['jsonpath', 'jsonpath-file', 'jsonpath-as-json', 'go-template', 'go-template-file', 'template', 'templatefile'];

/** Formats the console prints itself (besides the table and -o wide). */
const PRINTED = new Set(['json', 'name', 'jsonpath']);

/** kubectl's FORMAT=TEMPLATE split (jsonpath_flags.go): `jsonpath={.a}` → jsonpath and `{.a}`, unless --template is given. */
export function splitOutputFormat(output: string, template: string | undefined): { format: string; template: string } {
  if (template !== undefined && template !== '') return { format: output, template };
  // custom-columns=SPEC is split the same way (custom_column_flags.go), though its SPEC is no template.
  for (const f of [...TEMPLATE_FORMATS, 'custom-columns', 'custom-columns-file']) {
    if (output.startsWith(`${f}=`)) return { format: f, template: output.slice(f.length + 1) };
  }
  // json_yaml_flags.go and name_flags.go compare the format lowercased: -o JSON prints JSON.
  const lower = output.toLowerCase();
  if (lower === 'json' || lower === 'yaml' || lower === 'name') return { format: lower, template: '' };
  return { format: output, template: '' };
}

/**
 * Whether the console runs `-o output` (else why not): json, name and jsonpath are printed; a format kubectl does
 * not have is left to the run, which answers with kubectl's own error; real formats the console does not print
 * say so.
 */
export function outputSupport(output: string, template: string | undefined): { printed: true } | { printed: false; message: string } {
  const { format } = splitOutputFormat(output, template);
  if (PRINTED.has(format) || !GET_OUTPUT_FORMATS.includes(format)) return { printed: true };
  return { printed: false, message: `kubectl get: -o ${format} is not simulated; the table, -o wide, -o json, -o name and -o jsonpath=TEMPLATE are` };
}

/** kubectl's bool flag values (strconv.ParseBool). */
export function parseGoBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}
