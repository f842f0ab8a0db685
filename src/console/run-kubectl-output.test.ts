/**
 * `kubectl get … -o jsonpath|json|name` in the console, over seed 001's GKE Ingress (쿠버네티스 완벽 가이드 6.11):
 * the data is the object alone for one named object, a `kind: List` otherwise (kubectl/pkg/cmd/get/get.go
 * printGeneric), and errors read as kubectl prints them.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { SEED001_BACKENDS, SEED001_GKE_INGRESS, SEED001_GKE_WORLD } from '../request/fixtures/seed001';
import { parseCommandLine } from './parse';
import { runRequest } from './run';
import { engineTools } from './engine-tools';
import type { ConsoleSource } from './types';

const NO_ADDRESS = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: nobody-serves-it }
spec:
  ingressClassName: no-such-class
  rules: [{ host: x.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: sample-ingress-svc-1, port: { number: 8888 } } } }] } }]
`;
const sim = simulate(`${SEED001_GKE_WORLD}---${SEED001_BACKENDS}---${SEED001_GKE_INGRESS}---${NO_ADDRESS}`);
const address = sim.cluster.ingressAddresses['default/sample-ingress']?.[0]?.ip;
const internet: ConsoleSource = { kind: 'client', name: 'internet' };

function run(line: string) {
  const cmd = parseCommandLine(line, internet);
  if (cmd.kind !== 'kubectl.get') throw new Error(`${line}: ${cmd.kind === 'invalid' ? cmd.message : cmd.kind}`);
  return runRequest(cmd, sim, engineTools);
}

describe('kubectl get -o jsonpath in the console', () => {
  it('the seed\'s INGRESS_IP line prints the Ingress address and nothing else', () => {
    expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(run("kubectl get ingress sample-ingress -o jsonpath='{.status.loadBalancer.ingress[0].ip}'")).toEqual({ output: address, stdout: address, exitCode: 0 });
  });

  it.each([
    '-o=jsonpath={.metadata.name}', '-ojsonpath={.metadata.name}', '--output jsonpath={.metadata.name}', '--output=jsonpath={.metadata.name}',
    '-o jsonpath --template={.metadata.name}', '-o jsonpath --template {.metadata.name}',
  ])('the flag spelled %s', (flags) => {
    expect(run(`kubectl get ingress sample-ingress ${flags}`).output).toBe('sample-ingress');
  });

  it('one object named as TYPE/NAME is the object too', () => {
    expect(run('kubectl get ingress/sample-ingress -o jsonpath={.kind}').output).toBe('Ingress');
  });

  it('no name, or several: a List with resourceVersion "", items in the API server\'s order', () => {
    expect(run('kubectl get svc -o jsonpath={.kind}/{.apiVersion}/{.metadata}').output).toBe('List/v1/{"resourceVersion":""}');
    expect(run('kubectl get svc -o jsonpath={.items[*].metadata.name}').output)
      .toBe('kubernetes sample-ingress-default sample-ingress-svc-1 sample-ingress-svc-2');
    expect(run('kubectl get svc sample-ingress-svc-2 sample-ingress-svc-1 -o jsonpath={.items[*].metadata.name}').output)
      .toBe('sample-ingress-svc-2 sample-ingress-svc-1');
    // Two types and one name are two objects (kubectl asks for ingress/sample-ingress and service/sample-ingress).
    expect(run('kubectl get ingress,svc sample-ingress -o jsonpath={.kind}').output)
      .toBe('ListError from server (NotFound): services "sample-ingress" not found\n');
  });

  it('range/end over pods, one line each', () => {
    const out = run(`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}'`).output;
    const pod = sim.cluster.pods.find((p) => p.name === 'sample-ingress-apps-1');
    expect(out).toContain(`sample-ingress-apps-1\t${pod?.podIP}\n`);
    expect(out.split('\n').filter(Boolean)).toHaveLength(sim.cluster.pods.filter((p) => p.namespace === 'default').length);
  });

  it('an Ingress without an address prints nothing and succeeds (status.loadBalancer is {})', () => {
    expect(run("kubectl get ingress nobody-serves-it -o jsonpath='{.status.loadBalancer.ingress[0].ip}'")).toEqual({ output: '', stdout: '', exitCode: 0 });
    expect(run("kubectl get ingress nobody-serves-it -o jsonpath='{.status}'").output).toBe('{"loadBalancer":{}}');
  });

  it('a missing named object: only kubectl\'s NotFound, exit 1', () => {
    expect(run("kubectl get ingress ghost -o jsonpath='{.status.loadBalancer.ingress[0].ip}'"))
      .toEqual({ output: 'Error from server (NotFound): ingresses.networking.k8s.io "ghost" not found\n', stdout: '', exitCode: 1 });
    // Nothing is printed at all: not even an empty List.
    expect(run('kubectl get ingress/ghost -o jsonpath={.kind}').output).toBe('Error from server (NotFound): ingresses.networking.k8s.io "ghost" not found\n');
  });

  it('with several names, what was found is printed, then one NotFound per missing name', () => {
    expect(run('kubectl get svc sample-ingress-svc-1 ghost nope -o jsonpath={.items[*].metadata.name}')).toEqual({
      output: 'sample-ingress-svc-1Error from server (NotFound): services "ghost" not found\nError from server (NotFound): services "nope" not found\n',
      stdout: 'sample-ingress-svc-1', exitCode: 1,
    });
  });

  it('printer errors, as kubectl words them', () => {
    expect(run('kubectl get ingress sample-ingress -o jsonpath').output).toBe('error: template format specified but no template given\n');
    expect(run('kubectl get ingress sample-ingress -o jsonpath=').exitCode).toBe(1);
    expect(run("kubectl get ingress sample-ingress -o jsonpath='{.status'").output).toBe('error: error parsing jsonpath {.status, unclosed action\n');
    expect(run('kubectl get ingress sample-ingress -o table').output)
      .toBe('error: unable to match a printer suitable for the output format "table", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n');
    expect(run("kubectl get ingress sample-ingress -o jsonpath='{.spec.nope}' --allow-missing-template-keys=false").output)
      .toMatch(/^error: error executing jsonpath "\{\.spec\.nope\}": Error executing template: nope is not found\. Printing more information for debugging the template:\n\ttemplate was:\n\t\t\{\.spec\.nope\}\n\tobject given to jsonpath engine was:\n\t\tmap\[string\]interface \{\}\{"apiVersion":"networking\.k8s\.io\/v1", "kind":"Ingress", /);
  });

  // Queries tutorials run against pods (kubectl wait, readiness scripts): the kubelet's conditions, container
  // statuses and podIPs as lists of {ip} (core/v1 PodIP), as a real pod has them.
  it('a pod answers the usual readiness queries: conditions, containerStatuses, podIPs[*].ip', () => {
    const pod = sim.cluster.pods.find((p) => p.namespace === 'default' && p.ready)!;
    expect(run(`kubectl get pod ${pod.name} -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}'`).output).toBe('True');
    expect(run(`kubectl get pod ${pod.name} -o jsonpath='{.status.containerStatuses[0].ready}'`).output).toBe('true');
    expect(run(`kubectl get pod ${pod.name} -o jsonpath='{.status.podIPs[*].ip}'`).output).toBe(pod.podIP);
    expect(run(`kubectl get pod ${pod.name} -o jsonpath='{.status.hostIPs[0].ip}'`).output).toBe(pod.hostIP);
  });

  it('-o custom-columns=SPEC is a real format the console does not print; -o JSON is -o json (kubectl lowercases it)', () => {
    const cmd = parseCommandLine('kubectl get svc -o custom-columns=NAME:.metadata.name', { kind: 'client', name: 'internet' });
    expect(cmd).toEqual({ kind: 'invalid', message: expect.stringMatching(/^kubectl get: -o custom-columns is not simulated/) });
    expect(run('kubectl get ingress sample-ingress -o JSON').output).toBe(run('kubectl get ingress sample-ingress -o json').output);
    expect(run('kubectl get ingress -o Name').output).toBe('ingress.networking.k8s.io/nobody-serves-it\ningress.networking.k8s.io/sample-ingress\n');
  });

  it('-o json is the object kubectl would show (keys sorted, 4-space indent), -o name its kind/name', () => {
    const json = run('kubectl get ingress sample-ingress -o json');
    expect(json.output.startsWith('{\n    "apiVersion": "networking.k8s.io/v1",\n    "kind": "Ingress",\n    "metadata": {\n')).toBe(true);
    expect(JSON.parse(json.output).status).toEqual({ loadBalancer: { ingress: [{ ip: address }] } });
    expect(run('kubectl get ingress -o name').output).toBe('ingress.networking.k8s.io/nobody-serves-it\ningress.networking.k8s.io/sample-ingress\n');
  });

  it('the table\'s "No resources found" goes to standard error (what $(…) would not capture)', () => {
    expect(run('kubectl get pods -n nothing-here')).toMatchObject({ output: 'No resources found in nothing-here namespace.\n', stdout: '', exitCode: 0 });
  });
});

describe('kubectl get printer flags (parse)', () => {
  it.each([
    ['-o jsonpath={.a}', { format: 'jsonpath={.a}', allowMissingKeys: true }],
    ['-o=jsonpath={.a} --allow-missing-template-keys=false', { format: 'jsonpath={.a}', allowMissingKeys: false }],
    ['-o jsonpath --template={.a}', { format: 'jsonpath', template: '{.a}' }],
    ['-ojson', { format: 'json' }],
  ])('%s', (flags, output) => {
    expect(parseCommandLine(`kubectl get svc ${flags}`, internet)).toMatchObject({ kind: 'kubectl.get', output });
  });

  it.each([
    ['-o yaml', /-o yaml is not simulated/],
    ['-o jsonpath-file=x.txt', /-o jsonpath-file is not simulated/],
    ['--template={.a}', /go-template/],
    ['-o jsonpath={.a} --allow-missing-template-keys=maybe', /invalid argument "maybe" for "--allow-missing-template-keys" flag/],
  ])('%s is refused with a reason', (flags, message) => {
    const cmd = parseCommandLine(`kubectl get svc ${flags}`, internet);
    expect(cmd.kind).toBe('invalid');
    if (cmd.kind === 'invalid') expect(cmd.message).toMatch(message);
  });

  // cobra's flag errors in kubectl 1.32: the message, the usage pointer, exit 1.
  it.each([
    ['kubectl get svc web -o', "Error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage."],
    ['kubectl get svc -n', "Error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage."],
    ['kubectl get svc --namespace', "Error: flag needs an argument: --namespace\nSee 'kubectl get --help' for usage."],
    ['kubectl get svc --allow-missing-template-keys=maybe', 'Error: invalid argument "maybe" for "--allow-missing-template-keys" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.'],
  ])('%s', (line, message) => {
    expect(parseCommandLine(line, internet)).toEqual({ kind: 'invalid', message, exitCode: 1 });
  });
});
