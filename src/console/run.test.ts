import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../engine';
import { engineTools } from './engine-tools';
import { parseCommandLine } from './parse';
import { runRequest } from './run';
import type { ConsoleSource } from './types';

const SCENARIO = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: nginx, image: nginx, ports: [{ name: http, containerPort: 80 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  rules:
    - host: web.example.com
      http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
---
apiVersion: v1
kind: Service
metadata: { name: db }
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ name: pg, port: 5432 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: pg, image: postgres }] }
`;

const sim = simulate(SCENARIO);
const internet: ConsoleSource = { kind: 'client', name: 'internet' };
const run = (line: string, source: ConsoleSource = internet) => {
  const cmd = parseCommandLine(line, source);
  if (cmd.kind === 'invalid' || cmd.kind === 'help' || cmd.kind === 'clear' || cmd.kind === 'empty') throw new Error(`not a request: ${line}`);
  return runRequest(cmd, sim, engineTools);
};

describe('console commands against the engine', () => {
  const cases: { name: string; line: string; exitCode: number; output: RegExp[]; steps?: boolean }[] = [
    { name: 'dig a headless Service from a pod: one A record per pod', line: 'kubectl exec db-0 -- dig db.default.svc.cluster.local', exitCode: 0,
      output: [/;; ANSWER SECTION:/, /^db\.default\.svc\.cluster\.local\.\s+\d+\s+IN\s+A\s+10\.244\.\d+\.\d+$/m], steps: true },
    { name: 'dig +short', line: 'kubectl exec db-0 -- dig +short web.default.svc.cluster.local', exitCode: 0, output: [/^10\.\d+\.\d+\.\d+\n$/], steps: true },
    { name: 'dig +search a short name', line: 'kubectl exec db-0 -- dig +search web', exitCode: 0, output: [/web\.default\.svc\.cluster\.local\./], steps: true },
    { name: 'nslookup from a pod uses the search list', line: 'kubectl exec db-0 -- nslookup web', exitCode: 0, output: [/Name:\s+web\.default\.svc\.cluster\.local/] },
    { name: 'dig cluster.local from the internet: the public DNS does not know it', line: 'dig web.default.svc.cluster.local', exitCode: 0, output: [/status: NXDOMAIN/] },
    { name: 'resolv.conf of a pod', line: 'kubectl exec db-0 -- cat /etc/resolv.conf', exitCode: 0,
      output: [/^search default\.svc\.cluster\.local svc\.cluster\.local cluster\.local$/m, /^nameserver 10\.96\.0\.10$/m, /^options ndots:5$/m] },
    { name: 'resolv.conf of a node', line: 'cat /etc/resolv.conf', exitCode: 0, output: [/^nameserver /m] },
    // The kubelet-managed /etc/hosts (kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods): localhost,
    // then the pod's own IP with its FQDN (hostname.subdomain.ns.svc.zone) and hostname.
    { name: '/etc/hosts of a StatefulSet pod', line: 'kubectl exec db-0 -- cat /etc/hosts', exitCode: 0,
      output: [/^# Kubernetes-managed hosts file\./m, /^127\.0\.0\.1\s+localhost$/m, /^10\.244\.\d+\.\d+\s+db-0\.db\.default\.svc\.cluster\.local\s+db-0$/m] },
    { name: '/etc/hosts of an outside client has only localhost', line: 'cat /etc/hosts', exitCode: 0, output: [/^127\.0\.0\.1\s+localhost$/m] },
    { name: 'curl a Service from a pod', line: 'kubectl exec db-0 -- curl -v http://web/', exitCode: 0, output: [/> GET \/ HTTP\/1\.1/, /< HTTP\/1\.1 200/], steps: true },
    { name: 'curl plain prints the body only', line: 'kubectl exec db-0 -- curl http://web/', exitCode: 0, output: [/^(?!\*)/] },
    // curl -i writes the status line as received, reason phrase included (checked with curl 7.88.1).
    { name: 'curl -i: the status line and headers, a blank line, the body', line: 'kubectl exec db-0 -- curl -i http://web/', exitCode: 0,
      output: [/^HTTP\/1\.1 200 OK\nContent-Type: text\/plain\n\nHost=/] },
    // On a terminal, -iv shows each header twice, the verbose copy then the -i copy (curl 7.88.1 under `script`).
    { name: 'curl -iv (the seed posts\' -ivk): every response header twice, interleaved', line: 'kubectl exec db-0 -- curl -ivk http://web/', exitCode: 0,
      output: [/^< HTTP\/1\.1 200 OK\nHTTP\/1\.1 200 OK\n< Content-Type: text\/plain\nContent-Type: text\/plain\n\n< \nHost=/m] },
    // curl 7.88.1 (OpenSSL 3) against a server whose certificate a private CA signed, as the cluster CA signs
    // kube-apiserver's: the verify error, then the advice, exit 60. With -k the request goes through.
    { name: 'curl https://kubernetes.default without -k: the certificate is refused (exit 60)', line: 'kubectl exec db-0 -- curl https://kubernetes.default/healthz', exitCode: 60,
      output: [/^curl: \(60\) SSL certificate problem: unable to get local issuer certificate\nMore details here: https:\/\/curl\.se\/docs\/sslcerts\.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it\. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above\.\n$/], steps: true },
    { name: 'curl -v without -k: connected, the verify error, closed; no request line', line: 'kubectl exec db-0 -- curl -v https://kubernetes.default/healthz', exitCode: 60,
      output: [/^\* Connected to kubernetes\.default \(10\.96\.0\.1\) port 443\n\* SSL certificate problem: unable to get local issuer certificate\n\* Closing connection\ncurl: \(60\) SSL certificate problem: unable to get local issuer certificate\n/m, /^(?![\s\S]*> GET)/] },
    // curl 7.88.1: -s keeps the error message to itself, -sS prints it (exit 60 either way).
    { name: 'curl -s without -k: nothing printed, exit 60', line: 'kubectl exec db-0 -- curl -s https://kubernetes.default/healthz', exitCode: 60, output: [/^$/] },
    { name: 'curl -sS without -k: the message', line: 'kubectl exec db-0 -- curl -sS https://kubernetes.default/healthz', exitCode: 60, output: [/^curl: \(60\) SSL certificate problem: unable to get local issuer certificate\n/] },
    { name: 'curl -s to a name that does not resolve: nothing printed, exit 6', line: 'kubectl exec db-0 -- curl -s http://nope.example/', exitCode: 6, output: [/^$/] },
    // The service account's CA: the request reaches kube-apiserver, which answers system:anonymous with 403.
    { name: 'curl --cacert with the service account CA: the Forbidden Status', line: 'kubectl exec db-0 -- curl --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes.default/', exitCode: 0,
      output: [/"message": "forbidden: User \\"system:anonymous\\" cannot get path \\"\/\\"",/] },
    { name: 'curl --cacert with a name the certificate was not issued for: exit 60', line: 'kubectl exec db-0 -- curl --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt --resolve api.example.com:443:10.96.0.1 https://api.example.com/', exitCode: 60,
      output: [/^curl: \(60\) SSL: no alternative certificate subject name matches target host name 'api\.example\.com'\nMore details here: https:\/\/curl\.se\/docs\/sslcerts\.html\n/] },
    { name: 'curl -k https://kubernetes.default/healthz: ok', line: 'kubectl exec db-0 -- curl -k https://kubernetes.default/healthz', exitCode: 0, output: [/^ok\n$/] },
    { name: 'kubectl get svc', line: 'kubectl get svc', exitCode: 0, output: [/^NAME\s+TYPE\s+CLUSTER-IP/, /^web\s+ClusterIP/m, /^db\s+ClusterIP\s+None/m] },
    { name: 'kubectl get several kinds prefixes names', line: 'kubectl get svc,pods', exitCode: 0, output: [/^service\/web /m, /^pod\/db-0 /m] },
    { name: 'kubectl get -A adds NAMESPACE', line: 'kubectl get pods -A', exitCode: 0, output: [/^NAMESPACE\s+NAME/, /^kube-system\s+coredns/m] },
    { name: 'kubectl get -o wide pods shows IP and NODE', line: 'kubectl get pods -o wide', exitCode: 0, output: [/IP\s+NODE/] },
    { name: 'kubectl get in an empty namespace', line: 'kubectl get pods -n nothing-here', exitCode: 0, output: [/^No resources found in nothing-here namespace\.$/m] },
    { name: 'kubectl get a missing name', line: 'kubectl get svc nope', exitCode: 1, output: [/^Error from server \(NotFound\): services "nope" not found\n$/] },
    // kubectl fetches each name: the ones found print, each missing one is a NotFound line, exit 1.
    { name: 'kubectl get a name that exists and one that does not', line: 'kubectl get svc web nope', exitCode: 1,
      output: [/^NAME +TYPE/, /^web +ClusterIP/m, /\nError from server \(NotFound\): services "nope" not found\n$/] },
    { name: 'kubectl get two missing names: two NotFound lines', line: 'kubectl get svc nope nope2', exitCode: 1,
      output: [/^Error from server \(NotFound\): services "nope" not found\nError from server \(NotFound\): services "nope2" not found\n$/] },
    { name: 'kubectl get with an empty name ("$UNSET")', line: 'kubectl get svc ""', exitCode: 1, output: [/^error: resource name may not be empty\n$/] },
    { name: 'kubectl describe with an empty name', line: 'kubectl describe svc ""', exitCode: 1, output: [/^error: resource name may not be empty\n$/] },
    { name: 'kubectl get a missing Ingress names its group', line: 'kubectl get ing nope', exitCode: 1, output: [/^Error from server \(NotFound\): ingresses\.networking\.k8s\.io "nope" not found\n$/] },
    { name: 'kubectl get nodes', line: 'kubectl get nodes', exitCode: 0, output: [/control-plane/] },
    // kubectl describe (pkg/cmd/describe, pkg/describe/describe.go).
    { name: 'kubectl describe svc: the selector and the endpoints behind each port', line: 'kubectl describe svc web', exitCode: 0,
      output: [/^Name:\s+web$/m, /^Selector:\s+app=web$/m, /^Port:\s+http {2}80\/TCP$/m, /^TargetPort:\s+http\/TCP$/m, /^Endpoints:\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80$/m, /^Events:\s+<none>$/m] },
    { name: 'kubectl describe a headless Service: IP None', line: 'kubectl describe service/db', exitCode: 0, output: [/^IP:\s+None$/m, /^IPs:\s+None$/m] },
    { name: 'kubectl describe with a name that is only a prefix describes what starts with it', line: 'kubectl describe svc we', exitCode: 0, output: [/^Name:\s+web$/m] },
    { name: 'kubectl describe svc with no name: every Service of the namespace, a blank line between', line: 'kubectl describe svc', exitCode: 0,
      output: [/^Name:\s+db$[\s\S]*^Events:\s+<none>\n\n\nName:\s+kubernetes$[\s\S]*^Name:\s+web$/m] },
    { name: 'kubectl describe a missing Service', line: 'kubectl describe svc nope', exitCode: 1, output: [/^Error from server \(NotFound\): services "nope" not found\n$/] },
    { name: 'kubectl describe in an empty namespace', line: 'kubectl describe svc -n nothing-here', exitCode: 0, output: [/^No resources found in nothing-here namespace\.\n$/] },
    { name: 'kubectl describe ingress: the rules, each backend with its endpoints', line: 'kubectl describe ing web', exitCode: 0,
      output: [/^Ingress Class:\s+nginx$/m, /^ {2}web\.example\.com/m, /^\s+\/\s+web:80 \(10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\)$/m] },
    { name: 'exec into a pod that does not exist', line: 'kubectl exec ghost -- dig web', exitCode: 1, output: [/^Error from server \(NotFound\): pods "ghost" not found\n$/] },
    // The API server's NotFound never names the namespace (apimachinery errors.NewNotFound: `%s %q not found`).
    { name: 'exec into a missing pod of another namespace: the same message, no namespace in it', line: 'kubectl exec -n other ghost -- dig web', exitCode: 1,
      output: [/^Error from server \(NotFound\): pods "ghost" not found\n$/] },
  ];
  it('curl --cacert: kubeadm\'s CA file on a node; a file PodPath cannot know is refused, saying which it knows', () => {
    const node: ConsoleSource = { kind: 'node', name: sim.cluster.nodes[0].name };
    // (A node's resolv.conf has no cluster domain: the Service's address, 10.96.0.1, is one of the certificate's names.)
    const r = run('curl --cacert /etc/kubernetes/pki/ca.crt https://10.96.0.1/healthz', node);
    expect([r.exitCode, r.output]).toEqual([0, 'ok\n']);
    for (const [line, source] of [
      ['kubectl exec db-0 -- curl --cacert /etc/ssl/certs/ca-certificates.crt https://kubernetes.default/', internet],
      ['curl --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes.default/', internet],
      ['curl --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes.default/', node],
    ] as const) {
      const cmd = parseCommandLine(line, source);
      expect(cmd, line).toMatchObject({ kind: 'invalid', message: expect.stringContaining('PodPath knows only the cluster CA\'s files') });
    }
  });

  it.each(cases)('$name', ({ line, exitCode, output, steps }) => {
    const r = run(line);
    for (const re of output) expect(r.output).toMatch(re);
    expect(r.exitCode).toBe(exitCode);
    if (steps) expect(r.trace?.steps.length).toBeGreaterThan(0);
  });

  // What $(…) captures: curl's -v lines and errors go to standard error (curl 7.88); dig and nslookup print
  // everything, failures included, to standard output.
  it('says what went to standard output: curl\'s body (and -i headers), all of dig\'s and nslookup\'s text', () => {
    const v = run('kubectl exec db-0 -- curl -v http://web/');
    expect(v.stdout).toMatch(/^Host=/);
    const i = run('kubectl exec db-0 -- curl -iv http://web/');
    expect(i.stdout).toMatch(/^HTTP\/1\.1 200 OK\nContent-Type: text\/plain\n\nHost=/);
    expect(run('kubectl exec db-0 -- curl http://nope.invalid/').stdout).toBe('');
    const ns = run('kubectl exec db-0 -- nslookup nope');
    expect([ns.exitCode, ns.stdout]).toEqual([1, ns.output]);
  });

  it('curl with an empty host, as `curl "http://$UNSET/"` sends it, fails as curl does (exit 3)', () => {
    expect(parseCommandLine('curl http:///', internet)).toEqual({ kind: 'invalid', message: 'curl: (3) URL using bad/illegal format or missing URL', exitCode: 3 });
  });

  it('curl through the Ingress from the internet reaches a web pod, hop by hop', () => {
    const address = sim.cluster.ingressAddresses['default/web']?.[0]?.ip;
    expect(address).toBeDefined();
    const r = run(`curl -v -H 'Host: web.example.com' http://${address}/`);
    expect(r.output).toContain('< HTTP/1.1 200');
    expect(r.trace?.summary).toMatch(/from pod default\/web-/);
    expect(r.trace!.steps.length).toBeGreaterThan(3);
  });

  it('says which engine part is missing instead of failing', () => {
    const cmd = parseCommandLine('dig web', internet);
    if (cmd.kind !== 'dig') throw new Error('expected dig');
    expect(runRequest(cmd, sim, {})).toMatchObject({ exitCode: 2, output: expect.stringMatching(/not available/) });
  });
});

describe('the console on arbitrary command lines (property)', () => {
  // Words people type, and near-misses of them: every line parses to a command or to a clear error, and running it
  // gives text and an exit status — never an exception.
  const words = ['kubectl', 'exec', 'get', '-it', 'db-0', 'ghost', '--', 'dig', 'nslookup', 'curl', 'cat', 'host', '/etc/resolv.conf',
    '/etc/hosts', '+short', '+search', '+norecurse', '@10.96.0.10', '@', 'SRV', 'AAAA', 'PTR', '-x', '10.96.0.1', 'web', 'db', '.',
    'web.default.svc.cluster.local.', '_pg._tcp.db', '-v', '-H', "'Host: web.example.com'", '"', "'", '-k', '-I', '--resolve',
    'http://web/', 'https://web:99999/', 'http://[::1]/', 'svc,pods', 'pods', '-A', '-n', '-o', 'wide', 'json', 'nodes', '-c', 'x', '|', ';', '\\', '--help'];
  // Mostly a command in the shape it takes — options, then its argument — run from a real pod or from outside,
  // so that most lines get past the parser and run; some lines are any words, or any text.
  const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);
  const opts = (xs: readonly string[]) => fc.subarray([...xs], { maxLength: 3 }).map((o) => o.join(' '));
  const name = pick(['web', 'db', 'db-0.db', 'web.default.svc.cluster.local.', '_pg._tcp.db', 'example.com', 'x'.repeat(70), '10.96.0.1', '.']);
  const inPod = fc.oneof(
    fc.tuple(opts(['+short', '+search', '+norecurse', '@10.96.0.10', '@192.168.0.2', '-x']), name, pick(['', 'A', 'AAAA', 'SRV', 'PTR', 'TXT']))
      .map(([o, n, t]) => `dig ${o} ${n} ${t}`),
    fc.tuple(pick(['', '-type=SRV', '-type=AAAA']), name, pick(['', '10.96.0.10'])).map(([o, n, srv]) => `nslookup ${o} ${n} ${srv}`),
    fc.tuple(opts(['-v', '-k', '-I', "-H 'Host: web.example.com'", '-H X-A:1']),
      pick(['http://web/', 'https://web/', 'https://web:99999/', 'http://[::1]/', 'http://10.96.0.1:443/', 'http://db:5432/', 'web', 'http://web.example.com/api']))
      .map(([o, u]) => `curl ${o} ${u}`),
    pick(['cat /etc/resolv.conf', 'cat /etc/hosts', 'cat /etc/passwd']),
  );
  const structured = fc.oneof(
    fc.tuple(pick(['', 'kubectl exec db-0 -- ', 'kubectl exec -it db-1 -- ', 'kubectl exec ghost -- ']), inPod).map(([p, c]) => `${p}${c}`),
    fc.tuple(pick(['svc', 'pods', 'svc,pods', 'endpoints', 'endpointslices', 'ingress', 'nodes', 'ns', 'nope']), opts(['-A', '-n default', '-o wide', 'web']))
      .map(([r, o]) => `kubectl get ${r} ${o}`),
  );
  const line = fc.oneof(
    { weight: 4, arbitrary: structured },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...words), { maxLength: 9 }).map((w) => w.join(' ')) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  );
  const source = fc.constantFrom<ConsoleSource>(internet, { kind: 'client', name: 'lan' }, { kind: 'client', name: 'nobody' });

  it('most generated commands get past the parser (so the property below runs the engine)', () => {
    const kinds = fc.sample(structured, { numRuns: 400, seed: 1 }).map((l) => parseCommandLine(l, internet).kind);
    expect(kinds.filter((k) => k !== 'invalid').length).toBeGreaterThan(kinds.length * 0.6);
  });

  it('never throws; a refused line says why; each result has text output and an exit status', () => {
    fc.assert(fc.property(line, source, (l, src) => {
      const cmd = parseCommandLine(l, src);
      if (cmd.kind === 'invalid') expect(cmd.message.length).toBeGreaterThan(0);
      if (cmd.kind === 'invalid' || cmd.kind === 'help' || cmd.kind === 'clear' || cmd.kind === 'empty') return;
      const r = runRequest(cmd, sim, engineTools);
      expect(typeof r.output).toBe('string');
      expect(Number.isInteger(r.exitCode)).toBe(true);
    }), { numRuns: Number(process.env.CONSOLE_RUNS ?? 300), seed: Number(process.env.CONSOLE_SEED ?? 5) });
  }, 120_000);
});

// get.go: across namespaces, or when a kind asked is cluster-scoped, fmt.Fprintln(…, "No resources found"): no period.
describe('kubectl get finding nothing', () => {
  const empty = simulate('apiVersion: podpath.dev/v1alpha1\nkind: World\nspec:\n  cluster:\n    ingressControllers: []\n');
  it.each([
    ['kubectl get ing -A', 'No resources found\n'],
    ['kubectl get ingressclasses', 'No resources found\n'],
    ['kubectl get ing', 'No resources found in default namespace.\n'],
  ])('%s', (line, want) => {
    const cmd = parseCommandLine(line, internet);
    if (cmd.kind === 'invalid' || cmd.kind === 'help' || cmd.kind === 'clear' || cmd.kind === 'empty') throw new Error(line);
    expect(runRequest(cmd, empty, engineTools)).toMatchObject({ output: want, stdout: '', exitCode: 0 });
  });
});
