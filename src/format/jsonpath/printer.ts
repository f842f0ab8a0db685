/**
 * kubectl's `-o jsonpath=TEMPLATE` printer (k8s.io/cli-runtime/pkg/printers/jsonpath.go and
 * genericclioptions/jsonpath_flags.go): the template is parsed when the printer is made, then run over the
 * object kubectl got. Errors are returned as the Go error texts, without kubectl's "error: " prefix (the caller
 * prints them as kubectl's CheckErr does). Checked against kubectl 1.32.
 */
import { goQuote, goSyntax, type JsonValue } from '../go-print';
import { executeJsonPath } from './eval';
import { parseJsonPath } from './parse';

export interface JsonPathPrinter {
  print(data: JsonValue): { stdout: string; error?: string };
}

/** NewJSONPathPrinter + AllowMissingKeys (kubectl's --allow-missing-template-keys, true by default). */
export function jsonPathPrinter(template: string, allowMissingKeys = true): JsonPathPrinter | { error: string } {
  const parsed = parseJsonPath(template);
  if (parsed.error !== undefined) return { error: `error parsing jsonpath ${template}, ${parsed.error}\n` };
  const root = parsed.root;
  return {
    print(data) {
      let r: ReturnType<typeof executeJsonPath>;
      try {
        r = executeJsonPath(root, data, allowMissingKeys);
      } catch (e) {
        // Thousands of nested {range}s run out of JavaScript's stack where Go's grows: say so, do not crash.
        if (!(e instanceof RangeError)) throw e;
        return { stdout: '', error: `error executing jsonpath ${goQuote(template)}: the template nests too deeply for this simulator\n` };
      }
      if (r.error === undefined) return { stdout: r.output };
      const detail = [
        `Error executing template: ${r.error}. Printing more information for debugging the template:`,
        '\ttemplate was:',
        `\t\t${template}`,
        '\tobject given to jsonpath engine was:',
        `\t\t${goSyntax(data)}`,
        '',
        '',
      ].join('\n');
      return { stdout: '', error: `error executing jsonpath ${goQuote(template)}: ${detail}\n` };
    },
  };
}
