/**
 * Records what the real kubectl prints for JSONPath templates, for src/format/jsonpath/jsonpath.test.ts:
 *   npx tsx scripts/record-jsonpath.ts   (needs kubectl on PATH; no cluster: KUBECONFIG=/dev/null)
 *
 * `kubectl get` needs a server, so the template runs through `kubectl label --local -f FILE podpath-oracle-`
 * (removing a label the object does not have changes nothing), which prints with the same JSONPath printer.
 * Each template runs three times with --allow-missing-template-keys=true and =false; a template whose output
 * changes between runs walks a Go map (random order) and is left out. Writes testdata/kubectl.json.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/format/jsonpath/testdata/', import.meta.url);
const objectFile = new URL('object.json', dir).pathname;
const templates: string[] = JSON.parse(readFileSync(new URL('templates.json', dir), 'utf8'));

function kubectl(template: string, allowMissingKeys: boolean): { stdout: string; stderr: string; exitCode: number } {
  const args = ['label', '--local', '-f', objectFile, 'podpath-oracle-', '-o', `jsonpath=${template}`, `--allow-missing-template-keys=${allowMissingKeys}`];
  try {
    const stdout = execFileSync('kubectl', args, { env: { ...process.env, KUBECONFIG: '/dev/null' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { stdout, stderr: '', exitCode: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { stdout: err.stdout, stderr: err.stderr, exitCode: err.status };
  }
}

const version = execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).split('\n')[0];
const cases = [];
const unstable: string[] = [];
for (const template of templates) {
  for (const allowMissingKeys of [true, false]) {
    const runs = [0, 1, 2].map(() => kubectl(template, allowMissingKeys));
    if (runs.some((r) => JSON.stringify(r) !== JSON.stringify(runs[0]))) {
      unstable.push(template);
      continue;
    }
    cases.push({ template, allowMissingKeys, ...runs[0] });
  }
}
// Every execution error ends with the whole object in Go syntax (%#v): kept in full in the first such case,
// written as {{object}} in the others (the test puts its own rendering back, checked by that first case).
let dump: string | undefined;
for (const c of cases) {
  const m = /\tobject given to jsonpath engine was:\n\t\t(.*)\n\n\n$/s.exec(c.stderr);
  if (!m) continue;
  if (dump === undefined) dump = m[1];
  else c.stderr = c.stderr.replace(dump, '{{object}}');
}
writeFileSync(new URL('kubectl.json', dir), `${JSON.stringify({ kubectl: version, unstable: [...new Set(unstable)], cases }, null, 1)}\n`);
console.log(`${version}: ${cases.length} cases recorded; left out (Go map order): ${[...new Set(unstable)].join(' ') || 'none'}`);
