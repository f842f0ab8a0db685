/**
 * kubectl's JSONPath, against what kubectl 1.32 printed for the same templates over the same object
 * (testdata/kubectl.json, recorded by scripts/record-jsonpath.ts), plus the cases written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { goSyntax, type JsonValue } from '../go-print';
import { jsonPathPrinter } from './printer';
import { parseJsonPath } from './parse';
import object from './testdata/object.json';
import recorded from './testdata/kubectl.json';

const data = object as JsonValue;

/** What kubectl writes: stdout, and an error as CheckErr prints it ("error: " and a final newline). */
function run(template: string, allowMissingKeys = true, over: JsonValue = data): { stdout: string; stderr: string } {
  const printer = jsonPathPrinter(template, allowMissingKeys);
  const stderr = (message?: string) => (message === undefined ? '' : `error: ${message}${message.endsWith('\n') ? '' : '\n'}`);
  if ('error' in printer) return { stdout: '', stderr: stderr(printer.error) };
  const r = printer.print(over);
  return { stdout: r.stdout, stderr: stderr(r.error) };
}

describe(`kubectl's JSONPath, as ${recorded.kubectl} prints it`, () => {
  const dump = goSyntax(data);
  it.each(recorded.cases.map((c) => ({ ...c, name: `${c.template}${c.allowMissingKeys ? '' : ' --allow-missing-template-keys=false'}` })))(
    '$name', ({ template, allowMissingKeys, stdout, stderr }) => {
      expect(run(template, allowMissingKeys)).toEqual({ stdout, stderr: stderr.replace('{{object}}', dump) });
    });

  it('the recording holds the object dump in full at least once (goSyntax is checked, not assumed)', () => {
    expect(recorded.cases.some((c) => c.stderr.includes('map[string]interface {}{"apiVersion":'))).toBe(true);
  });
});

describe('JSONPath by feature (k8s.io/client-go/util/jsonpath)', () => {
  const ingress: JsonValue = {
    apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'sample-ingress', namespace: 'default' },
    status: { loadBalancer: { ingress: [{ ip: '203.0.113.21' }, { ip: '203.0.113.22' }] } },
  };
  const list: JsonValue = {
    apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' },
    items: [
      { kind: 'Pod', metadata: { name: 'web-0', labels: { app: 'web' } }, status: { podIP: '10.244.1.5' } },
      { kind: 'Pod', metadata: { name: 'db-0' }, status: { podIP: '10.244.2.7' } },
    ],
  };
  const cases: { name: string; template: string; over: JsonValue; stdout: string; allowMissingKeys?: boolean }[] = [
    { name: 'fields and an index: the seed post\'s INGRESS_IP', template: '{.status.loadBalancer.ingress[0].ip}', over: ingress, stdout: '203.0.113.21' },
    { name: 'the root is $ (or nothing)', template: '{$.metadata.name}', over: ingress, stdout: 'sample-ingress' },
    { name: 'a wildcard gives every item, joined by one space', template: '{.items[*].metadata.name}', over: list, stdout: 'web-0 db-0' },
    { name: 'a negative index counts from the end', template: '{.items[-1].metadata.name}', over: list, stdout: 'db-0' },
    { name: 'a slice [start:end]', template: '{.status.loadBalancer.ingress[0:1].ip}', over: ingress, stdout: '203.0.113.21' },
    { name: 'range … end, with string literals', template: '{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}', over: list, stdout: 'web-0\t10.244.1.5\ndb-0\t10.244.2.7\n' },
    { name: "single-quoted literal {'\\t'}", template: "{.kind}{'\\t'}{.metadata.name}", over: ingress, stdout: 'Ingress\tsample-ingress' },
    { name: 'text outside braces is printed as is', template: 'ip=<{.status.loadBalancer.ingress[1].ip}>\n', over: ingress, stdout: 'ip=<203.0.113.22>\n' },
    { name: 'a filter [?(@.x=="y")]', template: '{.items[?(@.metadata.name=="db-0")].status.podIP}', over: list, stdout: '10.244.2.7' },
    { name: 'a map prints as compact JSON', template: '{.items[0].metadata}', over: list, stdout: '{"labels":{"app":"web"},"name":"web-0"}' },
    { name: 'a missing key prints nothing (--allow-missing-template-keys=true, the default)', template: '{.items[1].metadata.labels.app}', over: list, stdout: '' },
    { name: 'an empty range prints what follows it', template: '{range .items[?(@.kind=="Service")]}{.metadata.name}{end}done', over: list, stdout: 'done' },
  ];
  it.each(cases)('$name', ({ template, over, stdout, allowMissingKeys }) => {
    expect(run(template, allowMissingKeys, over)).toEqual({ stdout, stderr: '' });
  });

  it('a missing key is an error with --allow-missing-template-keys=false, worded as kubectl words it', () => {
    const r = run('{.spec.x}', false, ingress);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe([
      'error: error executing jsonpath "{.spec.x}": Error executing template: spec is not found. Printing more information for debugging the template:',
      '\ttemplate was:',
      '\t\t{.spec.x}',
      '\tobject given to jsonpath engine was:',
      '\t\tmap[string]interface {}{"apiVersion":"networking.k8s.io/v1", "kind":"Ingress", "metadata":map[string]interface {}{"name":"sample-ingress", "namespace":"default"}, "status":map[string]interface {}{"loadBalancer":map[string]interface {}{"ingress":[]interface {}{map[string]interface {}{"ip":"203.0.113.21"}, map[string]interface {}{"ip":"203.0.113.22"}}}}}',
      '', '', '',
    ].join('\n'));
  });

  it('an index past the end is an error even when missing keys are allowed', () => {
    expect(run('{.status.loadBalancer.ingress[2].ip}', true, ingress).stderr)
      .toMatch(/^error: error executing jsonpath "\{\.status\.loadBalancer\.ingress\[2\]\.ip\}": Error executing template: array index out of bounds: index 2, length 2\. /);
  });

  it('a template that does not parse says why, before anything runs', () => {
    expect(run('{.status.loadBalancer.ingress[0].ip', true, ingress)).toEqual({ stdout: '', stderr: 'error: error parsing jsonpath {.status.loadBalancer.ingress[0].ip, unclosed action\n' });
    expect(run('{range .items[*]}{.metadata.name}{end}{end}', true, list).stderr).toContain('Error executing template: not in range, nothing to end.');
  });

  it('where Go walks a map in random order (.*, ..), the keys are taken in sorted order', () => {
    expect(run('{.metadata.labels.*}').stdout).toBe('web front');
    expect(run('{.spec.t.*}', true, { spec: { t: { b: 2, a: 1, c: [3] } } }).stdout).toBe('1 2 [3]');
  });

  it('never throws, whatever the template', () => {
    for (const t of ['{', '}', '{[', '{[?(', '{..', "{'", '{"\\', '{.a[1:2:3:4]}', '{range', '{end}', '{@[?(@==@)]}', `{${'['.repeat(3000)}`, `${'{.a}'.repeat(2000)}`]) {
      expect(() => run(t)).not.toThrow();
      expect(() => parseJsonPath(t)).not.toThrow();
    }
  });

  it('a template nested thousands deep answers with an error instead of overflowing the stack', async () => {
    const { jsonPathPrinter } = await import('./printer');
    const p = jsonPathPrinter(`${'{range @}'.repeat(20000)}x${'{end}'.repeat(20000)}`);
    const out = 'error' in p ? { stdout: '', error: p.error } : p.print({ a: 1 });
    expect(out.stdout).toBe('');
    expect(out.error).toMatch(/nest|depth|deep/i);
  });
});
