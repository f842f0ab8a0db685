/**
 * Every command on real engine output. Addresses the simulation allocates (pod IPs, cluster IPs of user
 * Services, node ports) are read from simulate() on the same text, so the tests say what the output must be
 * without freezing the allocator's choices; well-known addresses (10.96.0.1, 10.96.0.10) are literal.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { BROKEN, COREFILE_BAD, COREFILE_TTL10, HEADLESS, INGRESS } from './fixtures';
import { runCli } from './testing';

const files = { 'app.yaml': HEADLESS, 'ing.yaml': INGRESS, 'bad.yaml': BROKEN, Corefile: COREFILE_TTL10, 'Corefile.bad': COREFILE_BAD };
const run = (...argv: string[]) => runCli(argv, files);
const app = simulate(HEADLESS);
const ing = simulate(INGRESS);
const podIP = (sim: typeof app, ns: string, name: string) => sim.cluster.pods.find((p) => p.namespace === ns && p.name === name)!.podIP;
const web1 = ing.cluster.services.find((s) => s.name === 'sample-ingress-svc-1')!;
const def = ing.cluster.services.find((s) => s.name === 'sample-ingress-default')!;
const lb = ing.cluster.services.find((s) => s.name === 'ingress-nginx-controller')!;
const stsIPs = [0, 1, 2].map((i) => podIP(app, 'default', `sample-statefulset-headless-${i}`));

describe('podpath dig', () => {
  it('answers a headless Service with its pods, as in seed 001', async () => {
    const r = await run('dig', 'sample-headless.default.svc.cluster.local', '-f', 'app.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const answers = r.stdout.split(';; ANSWER SECTION:\n')[1].split('\n\n')[0].split('\n');
    expect(answers.sort()).toEqual(stsIPs.map((ip) => `sample-headless.default.svc.cluster.local. 30 IN A ${ip}`).sort());
    expect(r.stdout).toContain(';; QUESTION SECTION:\n;sample-headless.default.svc.cluster.local. IN A\n');
    expect(r.stdout).toContain(';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ');
    expect(r.stdout).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 0\n');
    expect(r.stdout).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n');
  });

  it('answers a StatefulSet pod by name, with the Corefile\'s ttl 10 as in seed 001', async () => {
    const r = await run('dig', 'sample-statefulset-headless-0.sample-headless.default.svc.cluster.local', '-f', 'app.yaml', '--corefile', 'Corefile');
    expect(r.stdout).toContain(`;; ANSWER SECTION:\nsample-statefulset-headless-0.sample-headless.default.svc.cluster.local. 10 IN A ${stsIPs[0]}\n`);
  });

  it('answers ExternalName with a CNAME, as in seed 001', async () => {
    const r = await run('dig', 'sample-externalname.default.svc.cluster.local', 'CNAME', '-f', 'app.yaml');
    expect(r.stdout).toContain([
      ';; QUESTION SECTION:',
      ';sample-externalname.default.svc.cluster.local. IN CNAME',
      '',
      ';; ANSWER SECTION:',
      'sample-externalname.default.svc.cluster.local. 30 IN CNAME external.example.com.',
    ].join('\n'));
  });

  it('answers NXDOMAIN with the zone\'s SOA, and exits 0 as dig does', async () => {
    const r = await run('dig', 'nope.default.svc.cluster.local', '-f', 'app.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('status: NXDOMAIN');
    expect(r.stdout).toMatch(/;; AUTHORITY SECTION:\ncluster\.local\. 30 IN SOA ns\.dns\.cluster\.local\. hostmaster\.cluster\.local\. /);
    expect(r.stdout).not.toContain('ANSWER SECTION');
  });

  it('uses the search list with +search from a pod, and +short prints addresses only', async () => {
    const r = await run('dig', 'sample-headless', '--from', 'default/client', '+search', '+short', '-f', 'app.yaml');
    expect(r.stdout.trim().split('\n').sort()).toEqual([...stsIPs].sort());
    const plain = await run('dig', 'sample-headless', '--from', 'default/client', '+short', '-f', 'app.yaml');
    expect(plain.stdout).toBe('');
  });

  it('answers kubernetes.default from any pod, -t and @server included', async () => {
    const r = await run('dig', '@10.96.0.10', '-t', 'a', 'kubernetes.default.svc.cluster.local', '+short', '-f', 'app.yaml');
    expect(r).toEqual({ code: 0, stdout: '10.96.0.1\n', stderr: '' });
  });

  it('answers reverse lookups with -x, and SRV with the pods in ADDITIONAL', async () => {
    expect(await run('dig', '-x', '10.96.0.10', '+short', '-f', 'app.yaml')).toEqual({ code: 0, stdout: 'kube-dns.kube-system.svc.cluster.local.\n', stderr: '' });
    expect((await run('dig', '-x', '10.96.0.10', '-f', 'app.yaml')).stdout).toContain(';; QUESTION SECTION:\n;10.0.96.10.in-addr.arpa. IN PTR\n');
    const srv = await run('dig', '_http-port._tcp.sample-headless.default.svc.cluster.local', 'SRV', '-f', 'app.yaml');
    expect(srv.stdout).toContain('_http-port._tcp.sample-headless.default.svc.cluster.local. 30 IN SRV 0 33 80 sample-statefulset-headless-0.sample-headless.default.svc.cluster.local.\n');
    expect(srv.stdout).toContain(`;; ADDITIONAL SECTION:\nsample-statefulset-headless-0.sample-headless.default.svc.cluster.local. 30 IN A ${stsIPs[0]}\n`);
  });

  it('prints the JSON contract', async () => {
    const r = await run('dig', 'sample-externalname.default.svc.cluster.local', 'CNAME', '-f', 'app.yaml', '--json');
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 4)).toEqual(['rcode', 'answers', 'queries', 'server']);
    expect(j.rcode).toBe('NOERROR');
    expect(j.answers).toEqual([{ name: 'sample-externalname.default.svc.cluster.local.', type: 'CNAME', ttl: 30, data: 'external.example.com.' }]);
    expect(j.queries).toEqual([{ name: 'sample-externalname.default.svc.cluster.local.', type: 'CNAME', rcode: 'NOERROR' }]);
    expect(j.steps.length).toBeGreaterThan(1);
    for (const s of j.steps) {
      expect(typeof s.kind).toBe('string');
      expect(typeof s.message).toBe('string');
      expect(typeof s.text).toBe('string');
      expect(s.text).not.toBe(s.message);
    }
  });

  it('prints the steps in English with --trace', async () => {
    const r = await run('dig', 'kubernetes.default.svc.cluster.local', '-f', 'app.yaml', '--trace');
    expect(r.stderr).toMatch(/^ ?1\. .+\n ?2\. /);
  });
});

describe('podpath resolve', () => {
  it('lists every query in order, then the addresses', async () => {
    const r = await run('resolve', 'sample-externalname', '--from', 'default/client', 'A', '-f', 'app.yaml');
    expect(r.stdout.split('\n')[0]).toMatch(/^;; 1\. sample-externalname\.default\.svc\.cluster\.local\. A +NOERROR$/);
    expect(r.stdout).toContain('sample-externalname.default.svc.cluster.local is an alias for external.example.com.\n');
  });

  it('walks the search list for a name with a dot and exits 0 when it resolves', async () => {
    const r = await run('resolve', 'kubernetes.default', '--from', 'default/client', '-f', 'app.yaml');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^;; 1\. kubernetes\.default\.default\.svc\.cluster\.local\. A +NXDOMAIN$/);
    expect(lines).toContain('kubernetes.default.svc.cluster.local has address 10.96.0.1');
  });

  it('exits 1 when the name does not resolve', async () => {
    const r = await run('resolve', 'nope', '--from', 'default/client', '-f', 'app.yaml', '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.rcode).toBe('NXDOMAIN');
    expect(j.answers).toEqual([]);
    expect(j.queries[0]).toEqual({ name: 'nope.default.svc.cluster.local.', type: 'A', rcode: 'NXDOMAIN' });
    expect(j.queries.every((q: { rcode: string }) => q.rcode === 'NXDOMAIN')).toBe(true);
    const text = await run('resolve', 'nope', '--from', 'default/client', '-f', 'app.yaml');
    expect(text.stdout.endsWith('Host nope not found: 3(NXDOMAIN)\n')).toBe(true);
  });
});

describe('podpath resolv-conf', () => {
  it('prints the file of seed 001', async () => {
    expect(await run('resolv-conf', 'default/client', '-f', 'app.yaml')).toEqual({
      code: 0,
      stdout: 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
      stderr: '',
    });
  });
  it('prints JSON', async () => {
    expect(JSON.parse((await run('resolv-conf', 'default/client', '-f', 'app.yaml', '--json')).stdout)).toEqual({
      nameservers: ['10.96.0.10'], search: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], options: ['ndots:5'],
    });
  });
});

describe('podpath check', () => {
  it('is quiet and exits 0 for good manifests', async () => {
    expect(await run('check', '-f', 'app.yaml')).toEqual({ code: 0, stdout: '', stderr: 'no problems found in 4 documents\n' });
  });

  it('prints FILE:LINE:COL: severity code: message and exits 1 on errors, each file with its own lines', async () => {
    const r = await run('check', '-f', 'app.yaml', '-f', 'bad.yaml');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    for (const l of lines) expect(l).toMatch(/^bad\.yaml:\d+:\d+: (error|warning|info) [\w./-]+: .+$/);
    expect(lines[0]).toMatch(/^bad\.yaml:6:9: error [\w./-]+: spec\.type: Unsupported value: "NodePrt"/);
    expect(lines[1]).toMatch(/^bad\.yaml:8:11: error [\w./-]+: .*99999/);
    expect(r.stdout).toMatch(/^bad\.yaml:17:\d+: error [\w./-]+: spec\.containers/m);
    expect(r.stdout).toMatch(/^bad\.yaml:20:1: error yaml\/[\w-]+: /m);
    expect(r.stderr).toMatch(/^4 errors.* in 7 documents\n$/);
  });

  it('points Corefile problems at the Corefile', async () => {
    const r = await run('check', '-f', 'app.yaml', '--corefile', 'Corefile.bad');
    expect(r.stdout).toMatch(/^Corefile\.bad:3:\d+: warning corefile\/[\w-]+: ttl/);
    expect(r.code).toBe(0);
  });

  it('prints the JSON contract', async () => {
    const r = await run('check', '-f', 'bad.yaml', '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.diagnostics[0]).toMatchObject({ severity: 'error', object: 'Service/default/web', line: 6, column: 9, file: 'bad.yaml' });
    for (const d of j.diagnostics) expect(Object.keys(d).slice(0, 6)).toEqual(['severity', 'code', 'message', 'object', 'line', 'column']);
  });
});

describe('podpath get', () => {

  it('prints services as kubectl does', async () => {
    const r = await run('get', 'svc', '-f', 'ing.yaml');
    const rows = [
      ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)'],
      ['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP'],
      ['sample-ingress-default', 'NodePort', def.clusterIPs[0], '<none>', `8888:${def.service.spec.ports[0].nodePort}/TCP`],
      ['sample-ingress-svc-1', 'NodePort', web1.clusterIPs[0], '<none>', `8888:${web1.service.spec.ports[0].nodePort}/TCP`],
    ];
    const widths = rows[0].map((_, i) => Math.max(6, ...rows.map((row) => row[i].length + 3)));
    expect(r.stdout).toBe(rows.map((row) => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('')).join('\n') + '\n');
  });

  it('prints the ingress controller\'s LoadBalancer with -n, like seed 001', async () => {
    const r = await run('get', 'services', '-n', 'ingress-nginx', '-f', 'ing.yaml');
    const ports = lb.service.spec.ports.map((p) => `${p.port}:${p.nodePort}/TCP`).join(',');
    expect(r.stdout.split('\n')[1].split(/\s+/)).toEqual(['ingress-nginx-controller', 'LoadBalancer', lb.clusterIPs[0], lb.loadBalancerIngress[0].ip, ports]);
  });

  it('prints ingresses with "80, 443" when TLS is set and the controller\'s address', async () => {
    const r = await run('get', 'ing', '-f', 'ing.yaml');
    expect(r.stdout.split('\n')[0]).toBe('NAME                      CLASS    HOSTS                ADDRESS' + ' '.repeat(lb.loadBalancerIngress[0].ip!.length - 4) + 'PORTS');
    expect(r.stdout.split('\n')[1].split(/\s{2,}/)).toEqual(['sample-ingress-by-nginx', '<none>', 'sample.example.com', lb.loadBalancerIngress[0].ip, '80, 443']);
  });

  it('prints pods -o wide, endpoints, endpointslices, nodes, ingressclasses', async () => {
    const pods = await run('get', 'po', '-o', 'wide', '-f', 'app.yaml');
    expect(pods.stdout.split('\n')[0].split(/\s{2,}/)).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']);
    expect(pods.stdout).toMatch(new RegExp(`^sample-statefulset-headless-0 +1/1 +Running +0 +${stsIPs[0].replace(/\./g, '\\.')} +worker-\\d +<none> +<none>$`, 'm'));
    const ep = await run('get', 'ep', 'sample-headless', '-f', 'app.yaml');
    expect(ep.stdout.split('\n')[1].split(/\s+/)[1].split(',').sort()).toEqual(stsIPs.map((ip) => `${ip}:80`).sort());
    const eps = await run('get', 'endpointslices', '-f', 'app.yaml');
    expect(eps.stdout).toMatch(/^sample-headless-\w+ +IPv4 +80 +[\d.,]+$/m);
    const nodes = await run('get', 'nodes', '-f', 'app.yaml');
    expect(nodes.stdout).toBe('NAME            STATUS   ROLES\ncontrol-plane   Ready    control-plane\nworker-1        Ready    <none>\nworker-2        Ready    <none>\n');
    const cls = await run('get', 'ingressclasses', '-f', 'app.yaml');
    expect(cls.stdout).toBe('NAME    CONTROLLER             PARAMETERS\nnginx   k8s.io/ingress-nginx   <none>\n');
  });

  it('puts NAMESPACE first with -A and prefixes names when several kinds are listed', async () => {
    const r = await run('get', 'svc,pods', '-A', '-f', 'app.yaml');
    const [svcs, pods] = r.stdout.split('\n\n');
    expect(svcs.split('\n')[0]).toMatch(/^NAMESPACE +NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\)$/);
    expect(svcs).toMatch(/^kube-system +service\/kube-dns +ClusterIP +10\.96\.0\.10 +<none> +53\/UDP,53\/TCP,9153\/TCP$/m);
    expect(pods).toMatch(/^default +pod\/client +1\/1 +Running +0$/m);
  });

  it('filters by name, and says NotFound with exit 1', async () => {
    const r = await run('get', 'svc', 'kubernetes', 'ghost', '-f', 'app.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').length).toBe(3);
    expect(r.stderr).toBe('Error from server (NotFound): services "ghost" not found\n');
    const ingress = await run('get', 'ingress', 'ghost', '-f', 'ing.yaml');
    expect(ingress.stderr).toBe('Error from server (NotFound): ingresses.networking.k8s.io "ghost" not found\n');
    const none = await run('get', 'ing', '-f', 'app.yaml');
    expect(none).toEqual({ code: 0, stdout: '', stderr: 'No resources found in default namespace.\n' });
    // get.go: a cluster-scoped kind finding nothing names no namespace (fmt.Fprintln, no period).
    const noClass = await runCli(['get', 'ingressclasses,ing', '-f', 'w.yaml'], { 'w.yaml': 'apiVersion: podpath.dev/v1alpha1\nkind: World\nspec:\n  cluster:\n    ingressControllers: []\n' });
    expect(noClass).toEqual({ code: 0, stdout: '', stderr: 'No resources found\n' });
  });

  it('prints -o yaml in full, without anchors or aliases, although a StatefulSet\'s pods share its template\'s data', async () => {
    const r = await run('get', 'pods', '-o', 'yaml', '-f', 'app.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[&*]a\d+\b/);
    const { parse } = await import('yaml');
    const list = parse(r.stdout) as { items: { metadata: { name: string; labels: Record<string, string> }; spec: { containers: unknown[] } }[] };
    const sts = list.items.filter((p) => p.metadata.name.startsWith('sample-statefulset-headless-'));
    expect(sts).toHaveLength(3);
    for (const p of sts) expect(p.spec.containers.length).toBeGreaterThan(0);
  });

  it('prints -o json as a kubectl List with the allocations filled in, and -o name', async () => {
    const j = JSON.parse((await run('get', 'svc', 'sample-ingress-svc-1', '-o', 'json', '-f', 'ing.yaml')).stdout);
    expect(j).toMatchObject({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' } });
    expect(j.items).toHaveLength(1);
    expect(j.items[0]).toMatchObject({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'sample-ingress-svc-1', namespace: 'default' } });
    expect(j.items[0].spec.clusterIP).toBe(web1.clusterIPs[0]);
    expect(j.items[0].spec.ports[0].nodePort).toBe(web1.service.spec.ports[0].nodePort);
    expect(j.items[0].source).toBeUndefined();
    expect((await run('get', 'svc,ing', '-o', 'name', '-f', 'ing.yaml')).stdout).toBe(
      'service/kubernetes\nservice/sample-ingress-default\nservice/sample-ingress-svc-1\ningress.networking.k8s.io/sample-ingress-by-nginx\n',
    );
    expect((await run('get', 'ns', 'default', '-o', 'yaml', '-f', 'ing.yaml')).stdout).toContain('kind: Namespace\n');
  });

  it('takes --service-cidr', async () => {
    const r = await run('get', 'svc', 'kubernetes', '--service-cidr', '10.100.0.0/16', '-f', 'app.yaml');
    expect(r.stdout.split('\n')[1].split(/\s+/)[2]).toBe('10.100.0.1');
  });
});

describe('podpath curl', () => {
  it('prints curl -v and the echo body for a request through the Ingress (seed 001)', async () => {
    const r = await run('curl', 'http://sample.example.com/path1/', '-f', 'ing.yaml');
    expect(r.code).toBe(0);
    const ip = lb.loadBalancerIngress[0].ip;
    expect(r.stdout).toMatch(new RegExp([
      `^\\*   Trying ${ip}:80\\.\\.\\.`,
      `\\* Connected to sample\\.example\\.com \\(${ip}\\) port 80`,
      '> GET /path1/ HTTP/1\\.1',
      '> Host: sample\\.example\\.com',
      '> User-Agent: curl/8\\.5\\.0',
      '> Accept: \\*/\\*',
      '> ',
      '< HTTP/1\\.1 200 OK',
      '< Content-Type: text/plain',
      '< ',
      'Host=sample\\.example\\.com  Path=/path1/  From=sample-ingress-apps-1  ClientIP=\\S+  XFF=.*',
      '\\* Connection #0 to host sample\\.example\\.com left intact',
      '$',
    ].join('\n')));
  });

  it('prints the JSON contract, the default backend for other paths', async () => {
    const j = JSON.parse((await run('curl', 'http://sample.example.com/other', '-f', 'ing.yaml', '--json')).stdout);
    expect(Object.keys(j).slice(0, 7)).toEqual(['outcome', 'httpStatus', 'backend', 'ingress', 'pod', 'endpoint', 'clientIPSeen']);
    expect(j).toMatchObject({
      outcome: 'delivered', httpStatus: 200, backend: 'default/sample-ingress-default:8888', ingress: 'default/sample-ingress-by-nginx',
      pod: 'default/sample-ingress-default', endpoint: `${podIP(ing, 'default', 'sample-ingress-default')}:80`,
    });
    expect(j.steps.every((s: { text: string }) => typeof s.text === 'string')).toBe(true);
  });

  it('sends a Host header to the load balancer\'s address, as in seed 001', async () => {
    const ip = lb.loadBalancerIngress[0].ip;
    const r = await run('curl', `http://${ip}/path1/`, '-H', 'Host: sample.example.com', '-f', 'ing.yaml', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ httpStatus: 200, pod: 'default/sample-ingress-apps-1' });
  });

  it('returns an array with --repeat, the same for the same --seed', async () => {
    const a = await run('curl', 'http://sample-headless.default.svc.cluster.local/', '--from', 'default/client', '--repeat', '6', '--seed', '4', '--json', '-f', 'app.yaml');
    const b = await run('curl', 'http://sample-headless.default.svc.cluster.local/', '--from', 'default/client', '--repeat', '6', '--seed', '4', '--json', '-f', 'app.yaml');
    const ja = JSON.parse(a.stdout);
    expect(ja).toHaveLength(6);
    expect(ja.every((t: { httpStatus: number }) => t.httpStatus === 200)).toBe(true);
    expect(a.stdout).toBe(b.stdout);
    const text = await run('curl', 'http://sample-headless.default.svc.cluster.local/', '--from', 'default/client', '--repeat', '3', '-f', 'app.yaml');
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^# +STATUS +OUTCOME +POD +ENDPOINT +CLIENT-IP-SEEN$/);
    expect(lines[1]).toMatch(new RegExp(`^1 +200 +delivered +default/sample-statefulset-headless-\\d +[\\d.]+:80 +${podIP(app, 'default', 'client').replace(/\./g, '\\.')}$`));
    expect(lines[5]).toMatch(/^3 requests: default\/sample-statefulset-headless-\d ×/);
  });

  it('fails as curl does, and exits 1', async () => {
    const r = await run('curl', 'http://nope.example.com/', '-f', 'app.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('* Could not resolve host: nope.example.com\n* Closing connection\ncurl: (6) Could not resolve host: nope.example.com\n');
    expect(JSON.parse((await run('curl', 'http://nope.example.com/', '--json', '-f', 'app.yaml')).stdout)).toMatchObject({ outcome: 'dns-failure', httpStatus: null });
  });

  it('https to ingress-nginx without a TLS Secret: the fake certificate is refused (curl: (60), exit 1); -k goes through', async () => {
    const r = await run('curl', 'https://sample.example.com/path1/', '-f', 'ing.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\n* SSL certificate problem: self-signed certificate\n* Closing connection\ncurl: (60) SSL certificate problem: self-signed certificate\nMore details here: https://curl.se/docs/sslcerts.html\n');
    expect(r.stdout).not.toContain('> GET');
    expect(JSON.parse((await run('curl', 'https://sample.example.com/path1/', '--json', '-f', 'ing.yaml')).stdout))
      .toMatchObject({ outcome: 'tls-failure', httpStatus: null, reason: 'tls-self-signed' });
    const k = await run('curl', 'https://sample.example.com/path1/', '-k', '--json', '-f', 'ing.yaml');
    expect([k.code, JSON.parse(k.stdout).outcome]).toEqual([0, 'delivered']);
  });

  it('--cacert with the service account CA from a pod: kube-apiserver answers system:anonymous with 403; a file PodPath cannot know is a usage error', async () => {
    const sa = '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt';
    const r = await run('curl', 'https://kubernetes.default.svc.cluster.local/', '--from', 'default/client', '--cacert', sa, '--json', '-f', 'app.yaml');
    expect([r.code, JSON.parse(r.stdout)]).toMatchObject([0, { outcome: 'http-error', httpStatus: 403, reason: 'apiserver-forbidden' }]);
    const bad = await run('curl', 'https://kubernetes.default.svc.cluster.local/', '--from', 'default/client', '--cacert', '/tmp/ca.crt', '-f', 'app.yaml');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('PodPath knows only the cluster CA\'s files')]);
  });
});

describe('podpath describe', () => {
  it('a Service: the selector, the port and the endpoints behind it, aligned as kubectl aligns them', async () => {
    const r = await run('describe', 'svc', 'sample-ingress-svc-1', '-f', 'ing.yaml');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const ep = ing.cluster.endpointSlices.find((e) => e.metadata.labels['kubernetes.io/service-name'] === 'sample-ingress-svc-1')!.endpoints[0].addresses[0];
    expect(r.stdout).toContain(`Selector:                 ingress-app=sample1\nType:                     NodePort\n`);
    expect(r.stdout).toContain(`IP:                       ${web1.clusterIPs[0]}\n`);
    expect(r.stdout).toContain(`Port:                     http-port  8888/TCP\nTargetPort:               80/TCP\nNodePort:                 http-port  ${web1.service.spec.ports[0].nodePort}/TCP\nEndpoints:                ${ep}:80\n`);
    expect(r.stdout.endsWith('Events:                   <none>\n')).toBe(true);
  });

  it('an Ingress: each path with its backend and endpoints; TYPE/NAME; a missing name is NotFound (exit 1)', async () => {
    const r = await run('describe', 'ingress/sample-ingress-by-nginx', '-f', 'ing.yaml');
    expect(r.stdout).toMatch(/^\s+\/path1 {3}sample-ingress-svc-1:8888 \(10\.244\.\d+\.\d+:80\)$/m);
    expect(r.stdout).toContain('TLS:\n  tls-sample terminates sample.example.com\n');
    const missing = await run('describe', 'svc', 'ghost', '-f', 'ing.yaml');
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([1, '', 'Error from server (NotFound): services "ghost" not found\n']);
  });

  it('several names: two blank lines between descriptions, as kubectl prints them', async () => {
    const r = await run('describe', 'svc', 'sample-ingress-svc-1', 'sample-ingress-default', '-f', 'ing.yaml');
    expect(r.stdout).toMatch(/^Name: +sample-ingress-svc-1\n[\s\S]*<none>\n\n\nName: +sample-ingress-default\n/);
  });

  it('a bad kind or form is a usage error (exit 2)', async () => {
    for (const argv of [['describe'], ['describe', 'pods'], ['describe', 'svc/'], ['describe', 'svc/a', 'ing/b']]) {
      const r = await run(...argv, '-f', 'ing.yaml');
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/^podpath describe: /);
    }
  });
});
