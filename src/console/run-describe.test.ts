import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { parseCommandLine } from './parse';
import { runKubectlDescribe } from './run-describe';

// kubectl 1.32's describe command (pkg/cmd/describe/describe.go), compared byte for byte through a fake API server.
const sim = simulate(['web', 'web-admin', 'db'].map((n) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${n}}\nspec: {selector: {app: ${n}}, ports: [{port: 80}]}\n`).join('---\n')
  + '---\napiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec: {selector: {app: api}, ports: [{port: 80}]}\n');
const run = (line: string) => {
  const cmd = parseCommandLine(line, { kind: 'client', name: 'internet' });
  if (cmd.kind !== 'kubectl.describe') throw new Error(`${line}: ${JSON.stringify(cmd)}`);
  return runKubectlDescribe(cmd, sim);
};
const names = (out: string) => [...out.matchAll(/^Name:\s+(\S+)$/gm)].map((m) => m[1]);

describe('kubectl describe: which objects, in what order, separated how', () => {
  it('no name: every object of the namespace by name, two blank lines between (fmt "\\n\\n%s")', () => {
    const r = run('kubectl describe svc');
    expect(names(r.output)).toEqual(['db', 'kubernetes', 'web', 'web-admin']);
    expect(r.output).toMatch(/<none>\n\n\nName: +kubernetes\n/);
    expect(r.output.endsWith('<none>\n')).toBe(true);
  });

  it('-A: namespaces in order, then names', () => {
    expect(names(run('kubectl describe svc -A').output).slice(0, 3)).toEqual(['db', 'kubernetes', 'web']);
    expect(names(run('kubectl describe svc -A').output).at(-1)).toBe('api'); // shop sorts after kube-system
  });

  it('one TYPE NAME not found falls back to the names it starts: each followed by a blank line (DescribeMatchingResources)', () => {
    const r = run('kubectl describe svc we');
    expect(names(r.output)).toEqual(['web', 'web-admin']);
    expect(r.output).toMatch(/<none>\n\nName: +web-admin\n/);
    expect(r.output.endsWith('<none>\n\n')).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  it('no fallback for TYPE/NAME, nor for several names: each missing one is NotFound', () => {
    expect(run('kubectl describe svc/we')).toEqual({ output: 'Error from server (NotFound): services "we" not found\n', stdout: '', exitCode: 1 });
    const r = run('kubectl describe svc we db');
    expect(names(r.output)).toEqual(['db']);
    expect(r.output.endsWith('Error from server (NotFound): services "we" not found\n')).toBe(true);
    expect(r.exitCode).toBe(1);
  });

  it('an Ingress NotFound names its group; nothing at all across namespaces has no period', () => {
    expect(run('kubectl describe ing web').output).toBe('Error from server (NotFound): ingresses.networking.k8s.io "web" not found\n');
    expect(run('kubectl describe ing -A')).toEqual({ output: 'No resources found\n', stdout: '', exitCode: 0 });
    expect(run('kubectl describe ing').output).toBe('No resources found in default namespace.\n');
  });

  it('a name across all namespaces is refused, as kubectl refuses it', () => {
    expect(parseCommandLine('kubectl describe svc web -A', { kind: 'client', name: 'internet' }))
      .toEqual({ kind: 'invalid', message: 'error: a resource cannot be retrieved by name across all namespaces' });
  });

  it('kubectl panics on a slice port without a number: the console says so (exit 2)', () => {
    const bad = simulate('apiVersion: v1\nkind: Service\nmetadata: {name: m}\nspec: {ports: [{port: 80}]}\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: m-1, labels: {kubernetes.io/service-name: m}}\naddressType: IPv4\nports: [{name: ""}]\nendpoints: [{addresses: [10.1.1.1]}]\n');
    const cmd = parseCommandLine('kubectl describe svc m', { kind: 'client', name: 'internet' });
    if (cmd.kind !== 'kubectl.describe') throw new Error('parse');
    const r = runKubectlDescribe(cmd, bad);
    expect(r.exitCode).toBe(2);
    expect(r.output).toMatch(/^panic: runtime error: invalid memory address or nil pointer dereference\n/);
  });
});
