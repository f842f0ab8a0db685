import { describe, expect, it } from 'vitest';
import { defaultWorld, type WorldSpec } from '../api/world';
import { DocLocator } from './locate';
import { BlockLocator } from './locate-block';
import { KUBECTL_DUMP } from './fixtures/kubectl-dump';
import { createManifestParser } from './parse';
import { simulate } from '../engine';
import { dig } from '../dns/dig';
import { curl } from '../request/curl';

const world = (spec: string) => `apiVersion: podpath.dev/v1alpha1\nkind: World\nspec:\n${spec}`;

describe('the World document', () => {
  it('is deep-merged over the defaults: objects key by key, lists replaced', () => {
    const r = createManifestParser().parse(world('  cluster:\n    domain: corp.local\n    nodePortRange: {min: 31000}\n  nodes:\n  - {name: n1, internalIP: 192.168.0.21}\n'));
    expect(r.diagnostics).toEqual([]);
    const d = defaultWorld();
    expect(r.world.cluster).toEqual({ ...d.cluster, domain: 'corp.local', nodePortRange: { min: 31000, max: 32767 } });
    expect(r.world.nodes).toEqual([{ name: 'n1', internalIP: '192.168.0.21' }]);
    expect(r.world.lan).toEqual(d.lan);
    expect(r.objects).toEqual([]);
  });

  it('a new Service range moves the kube-dns address to its 10th address (kubeadm), unless written', () => {
    const p = createManifestParser();
    expect(p.parse(world('  cluster:\n    serviceCIDRs: [10.0.0.0/16]\n')).world.cluster.dnsServiceIP).toBe('10.0.0.10');
    expect(p.parse(world('  cluster:\n    serviceCIDRs: [10.0.0.0/16]\n    dnsServiceIP: 10.0.0.53\n')).world.cluster.dnsServiceIP).toBe('10.0.0.53');
  });

  it('--service-cidr overrides the World (several ranges and dual-stack allowed)', () => {
    const r = createManifestParser().parse(world('  cluster:\n    serviceCIDRs: [10.0.0.0/16]\n'), { serviceCIDRs: ['172.20.0.0/16', 'fd00:10:96::/112'] });
    expect(r.world.cluster.serviceCIDRs).toEqual(['172.20.0.0/16', 'fd00:10:96::/112']);
    expect(r.world.cluster.dnsServiceIP).toBe('172.20.0.10');
    const bad = createManifestParser().parse('', { serviceCIDRs: ['10.0.0.1/16'] });
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['world/invalid-service-cidr-option']);
    expect(bad.world.cluster.serviceCIDRs).toEqual(['10.96.0.0/12']);
  });

  it.each([
    ['a CIDR that is not a network address', '  cluster:\n    podCIDR: 10.244.1.0/16\n', 'world/invalid-cidr', '5:14'],
    ['an invalid IP', '  lan:\n    dns: {address: 192.168.0.256}\n', 'world/invalid-ip', '5:20'],
    ['kube-dns outside the Service range', '  cluster:\n    dnsServiceIP: 10.200.0.10\n', 'world/dns-ip-outside-service-cidr', '5:19'],
    ['a value of the wrong type', '  cluster:\n    serviceCIDRs: 10.0.0.0/16\n', 'world/invalid-field', '5:19'],
    ['an inverted NodePort range', '  cluster:\n    nodePortRange: {min: 32000, max: 31000}\n', 'world/node-port-range-invalid', '5:5'],
  ])('reports %s', (_n, spec, code, at) => {
    const d = createManifestParser().parse(world(spec)).diagnostics.find((x) => x.code === code);
    expect(d?.severity).toBe('error');
    expect(`${d?.range?.start.line}:${d?.range?.start.column}`).toBe(at);
  });

  it('warns about unknown fields (typos) and about a second World', () => {
    const r = createManifestParser().parse(`${world('  cluster:\n    serviceCIDR: 10.0.0.0/16\n')}---\n${world('  clients: []\n')}`);
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'world/duplicate'],
    ]);
    expect(r.world.clients).toEqual([]);
    const typo = createManifestParser().parse(world('  cluster:\n    serviceCIDR: 10.0.0.0/16\n'));
    expect(typo.diagnostics.map((d) => [d.severity, d.code, d.params.key])).toEqual([['warning', 'world/unknown-field', 'serviceCIDR']]);
  });

  it('warns about fields written outside spec: a spec field one level too high, and anything else', () => {
    const text = 'apiVersion: podpath.dev/v1alpha1\nkind: World\nlan:\n  searchDomains: [corp.example]\nextra: 1\nspec: {}\n';
    const r = createManifestParser().parse(text);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.params.key, `${d.range?.start.line}:${d.range?.start.column}`])).toEqual([
      ['warning', 'world/field-outside-spec', 'lan', '3:1'],
      ['warning', 'world/unknown-field', 'extra', '5:8'],
    ]);
    expect(r.diagnostics[0].message).toBe('lan: "lan" belongs under spec: (spec.lan); written here it is ignored.');
    expect(r.world.lan.searchDomains).toEqual(defaultWorld().lan.searchDomains);
  });

  it('Node manifests without addresses get the next free LAN address', () => {
    const r = createManifestParser().parse('apiVersion: v1\nkind: Node\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: b}\n');
    expect(r.world.nodes.map((n) => [n.name, n.internalIP])).toEqual([['a', '192.168.0.10'], ['b', '192.168.0.11']]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['node/internal-ip-assigned', 'node/internal-ip-assigned']);
  });
});

describe("the World's list entries (src/manifest/world/items.ts)", () => {
  const parse = (spec: string) => createManifestParser().parse(world(spec));
  const found = (spec: string) => parse(spec).diagnostics.map((d) => [d.severity, d.code, (d.field ?? []).join('.'), `${d.range?.start.line}:${d.range?.start.column}`]);

  it.each([
    ['a node that is null', '  nodes:\n  - {name: a, internalIP: 192.168.0.21}\n  - null\n',
      [['error', 'world/invalid-entry', 'spec.nodes.1', '6:5']], ['a']],
    ['a node whose internalIP is a number', '  nodes:\n  - {name: a, internalIP: 7}\n  - {name: b, internalIP: 192.168.0.22}\n',
      [['error', 'world/invalid-entry', 'spec.nodes.0.internalIP', '5:27']], ['b']],
    ['a node without a name', '  nodes:\n  - {internalIP: 192.168.0.21}\n  - {name: b, internalIP: 192.168.0.22}\n',
      [['error', 'world/field-required', 'spec.nodes.0.name', '5:5']], ['b']],
    ['a node label that is not a string: the labels are left out, the node stays', '  nodes:\n  - {name: a, internalIP: 192.168.0.21, labels: {zone: 3}}\n',
      [['error', 'world/invalid-field', 'spec.nodes.0.labels', '5:41']], ['a']],
    ['an unknown field of a node', '  nodes:\n  - {name: a, internalIP: 192.168.0.21, role: worker}\n',
      [['warning', 'world/unknown-field', 'spec.nodes.0.role', '5:47']], ['a']],
  ])('%s', (_n, spec, diagnostics, names) => {
    expect(found(spec)).toEqual(diagnostics);
    expect(parse(spec).world.nodes.map((n) => n.name)).toEqual(names);
  });

  it('checks lists of strings, the ingress controllers, DNS records, hosts and clients the same way', () => {
    const spec = [
      '  cluster:',
      '    coredns: {zones: [cluster.local., 7], forwardTo: [null]}',
      '    ingressControllers:',
      '    - {className: nginx, controller: k8s.io/ingress-nginx, style: in-cluster, serviceType: ClusterIP}',
      '    - {className: x, controller: example.com/x, style: sidecar}',
      '  lan:',
      '    searchDomains: [corp.example, 1]',
      '    hosts: [{name: files, ip: 192.168.0.30, ports: [0]}]',
      '    dns: {records: [{name: a.corp.example, type: A, data: 192.168.0.31}, {name: b, type: ALIAS, data: x}]}',
      '  clients: [{name: phone, network: mobile, ip: 198.51.100.9}]',
      '',
    ].join('\n');
    const r = parse(spec);
    expect(r.diagnostics.map((d) => [d.code, (d.field ?? []).join('.')])).toEqual([
      ['world/invalid-entry', 'spec.cluster.coredns.zones.1'],
      ['world/invalid-entry', 'spec.cluster.coredns.forwardTo.0'],
      ['world/unsupported-value', 'spec.cluster.ingressControllers.0.serviceType'],
      ['world/unsupported-value-entry', 'spec.cluster.ingressControllers.1.style'],
      ['world/invalid-entry', 'spec.lan.searchDomains.1'],
      ['world/invalid-field', 'spec.lan.hosts.0.ports'],
      ['world/unsupported-value-entry', 'spec.lan.dns.records.1.type'],
      ['world/unsupported-value-entry', 'spec.clients.0.network'],
    ]);
    expect(r.diagnostics.find((d) => d.code === 'world/unsupported-value-entry')?.message)
      .toBe('spec.cluster.ingressControllers[1].style: Unsupported value: "sidecar": supported values: "in-cluster", "cloud-l7"; this entry is ignored.');
    expect(r.world.cluster.coredns.zones).toEqual(['cluster.local.']);
    expect(r.world.cluster.coredns.forwardTo).toEqual([]);
    expect(r.world.cluster.ingressControllers).toEqual([{ className: 'nginx', controller: 'k8s.io/ingress-nginx', style: 'in-cluster' }]);
    expect(r.world.lan.searchDomains).toEqual(['corp.example']);
    expect(r.world.lan.hosts).toEqual([{ name: 'files', ip: '192.168.0.30' }]);
    expect(r.world.lan.dns.records).toEqual([{ name: 'a.corp.example', type: 'A', data: '192.168.0.31' }]);
    expect(r.world.clients).toEqual([]);
  });

  it('replicas and a record\'s ttl are whole numbers, 0 or more', () => {
    const r = parse('  cluster:\n    ingressControllers: [{className: nginx, controller: k8s.io/ingress-nginx, style: in-cluster, replicas: -3}]\n  lan:\n    dns: {records: [{name: a.corp.example, type: A, data: 192.168.0.31, ttl: 1.5}]}\n');
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'spec.cluster.ingressControllers[0].replicas: expected whole number, 0 or more, found number; the default is kept.',
      'spec.lan.dns.records[0].ttl: expected whole number of seconds from 0 to 2147483647, found number; the default is kept.',
    ]);
    expect(r.world.cluster.ingressControllers[0].replicas).toBeUndefined();
    expect(r.world.lan.dns.records).toEqual([{ name: 'a.corp.example', type: 'A', data: '192.168.0.31' }]);
  });

  // The Corefile reader holds the same settings to the same rules (dns/corefile.ts; plugin/kubernetes: ttl 0–3600).
  it('the CoreDNS ttl is a whole number of seconds from 0 to 3600, the cache a whole number: -1, 1.5, 7200, .inf keep the default', () => {
    for (const [field, value] of [['ttl', '-1'], ['ttl', '1.5'], ['ttl', '3601'], ['ttl', '.inf'], ['cacheSeconds', '-5'], ['cacheSeconds', '.nan']]) {
      const r = parse(`  cluster:\n    coredns: {${field}: ${value}}\n`);
      expect(r.diagnostics.map((d) => d.code), `${field}: ${value}`).toEqual(['world/invalid-field']);
      expect(r.world.cluster.coredns[field as 'ttl' | 'cacheSeconds'], `${field}: ${value}`).toBe(30);
    }
    const ok = parse('  cluster:\n    coredns: {ttl: 0, cacheSeconds: 0}\n');
    expect([ok.diagnostics, ok.world.cluster.coredns.ttl, ok.world.cluster.coredns.cacheSeconds]).toEqual([[], 0, 0]);
    expect(parse('  cluster:\n    coredns: {ttl: 3600}\n').world.cluster.coredns.ttl).toBe(3600);
    // A record's TTL is a DNS TTL (RFC 2181 §8): at most 2^31 − 1.
    const big = parse('  lan:\n    dns: {records: [{name: a.corp.example, type: A, data: 192.168.0.31, ttl: 2147483648}]}\n');
    expect(big.diagnostics.map((d) => d.code)).toEqual(['world/invalid-field']);
    expect(parse('  lan:\n    dns: {records: [{name: a.corp.example, type: A, data: 192.168.0.31, ttl: 2147483647}]}\n').diagnostics).toEqual([]);
    expect(parse('  cluster:\n    coredns: {ttl: .inf}\n').diagnostics[0].message)
      .toBe('spec.cluster.coredns.ttl: expected a whole number of seconds from 0 to 3600, found Infinity; the default is kept.');
  });

  it('checks the few string fields that take one of a set of values', () => {
    const r = parse('  cluster:\n    coredns: {pods: secure}\n    loadBalancer: {provider: gcp}\n');
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'spec.cluster.coredns.pods: Unsupported value: "secure": supported values: "insecure", "verified", "disabled"; the default is kept.',
      'spec.cluster.loadBalancer.provider: Unsupported value: "gcp": supported values: "generic", "azure", "gke", "aws", "none"; the default is kept.',
    ]);
    expect([r.world.cluster.coredns.pods, r.world.cluster.loadBalancer.provider]).toEqual(['insecure', 'generic']);
  });

  it('no value of the wrong kind anywhere in the World makes the engine throw (each path of the defaults, each kind of value)', () => {
    const values: unknown[] = [null, 7, 0.5, -1, true, 'x', '', '::', [], {}, [null], [7], ['x'], [{}],
      [{ name: 7, ip: 7, internalIP: 7, className: 7, address: 7 }],
      [{ name: 'a', ip: 'x', internalIP: 'x', podCIDR: '10.0.0.0/8', className: 'x', controller: 'x', style: 'cloud-l7', network: 'lan', type: 'SRV', data: 'x y' }]];
    const paths: string[][] = [];
    const walk = (v: unknown, p: string[]) => {
      if (p.length) paths.push(p);
      if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
      if (Array.isArray(v) && isPlainObject(v[0])) for (const k of Object.keys(v[0])) paths.push([...p, '0', k]);
    };
    // The defaults, with every optional field of every list entry written, so that those are walked too.
    const d = defaultWorld();
    const full: WorldSpec = {
      ...d,
      cluster: { ...d.cluster, ingressControllers: [{ ...d.cluster.ingressControllers[0], serviceAnnotations: { a: 'b' } }] },
      nodes: [{ ...d.nodes[0], externalIP: '203.0.113.50', podCIDR: '10.244.9.0/24', zone: 'a', labels: { disk: 'ssd' } }, ...d.nodes.slice(1)],
      lan: {
        ...d.lan, searchDomains: ['corp.example'], hosts: [{ name: 'files', ip: '192.168.0.30', ports: [80] }],
        dns: { ...d.lan.dns, records: [{ name: 'files.corp.example', type: 'A', data: '192.168.0.30', ttl: 60 }] },
      },
      internet: {
        ...d.internet, hosts: [{ name: 'www', ip: '203.0.113.80', ports: [443] }],
        dns: { ...d.internet.dns, records: [{ name: 'www.example.com', type: 'A', data: '203.0.113.80', ttl: 300 }] },
      },
    };
    walk(full, []);
    expect(paths.length).toBeGreaterThan(50);
    const app = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}], type: LoadBalancer}\n---\n'
      + 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\nspec: {containers: [{name: a, image: nginx, ports: [{containerPort: 80}]}]}\n';
    const failures: string[] = [];
    for (const p of paths) {
      for (const v of values) {
        const spec = structuredClone(full) as unknown as Record<string, unknown>;
        let o: Record<string, unknown> = spec;
        for (const k of p.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
        o[p[p.length - 1]] = v;
        const text = `apiVersion: podpath.dev/v1alpha1\nkind: World\nspec: ${JSON.stringify(spec)}\n---\n${app}`;
        try {
          const sim = simulate(text);
          dig(sim, { name: 'web.default.svc.cluster.local', type: 'A', from: 'default/web', search: true });
          curl(sim, { from: 'default/web', url: 'http://web/' });
        } catch (e) {
          failures.push(`${p.join('.')} = ${JSON.stringify(v)}: ${(e as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000); // about 1,000 simulations: 4 s on a quiet machine, more on a shared one (a guard, not a timed check)
});

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

describe('field location: the fast block-style scan agrees with the yaml parser', () => {
  const docs = [
    KUBECTL_DUMP,
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web # comment\n  labels:\n    "quoted key": \'v\'\nspec:\n  ports:\n  -   port: 80\n      name: "http"\n  -\n    port: 81\n  selector:\n    app: web\n',
    '    apiVersion: v1\n    kind: Service\n    metadata:\n      name: indented\n    spec:\n      ports:\n      - port: 80\n',
  ];
  const paths: (string | number)[][] = [
    ['items', 1, 'metadata', 'name'], ['items', 1, 'spec', 'ports', 0, 'nodePort'], ['items', 3, 'endpoints', 1, 'addresses', 0],
    ['items', 1, 'metadata', 'annotations', 'kubectl.kubernetes.io/last-applied-configuration'], ['items', 4, 'spec', 'rules', 0, 'http', 'paths', 0, 'pathType'],
    ['items', 2, 'spec', 'selector'], ['items', 5, 'status', 'podIPs', 0, 'ip'], ['items', 0, 'spec', 'missing'], ['items', 9],
    ['metadata', 'name'], ['metadata', 'labels', 'quoted key'], ['spec', 'ports', 0, 'port'], ['spec', 'ports', 0, 'name'], ['spec', 'ports', 1],
    ['spec', 'ports', 1, 'port'], ['spec', 'selector', 'app'], ['spec', 'ports', 0], ['kind'], ['nope', 'deeper'],
  ];
  it.each(docs.map((d, i) => [i, d] as const))('document %i', (_i, text) => {
    for (const path of paths) {
      if (!new BlockLocator(text).find(path)) continue; // the scan declined: the parser answers anyway
      const fast = new DocLocator(text).field(path);
      const slow = new DocLocator(text, false).field(path);
      expect([path, fast]).toEqual([path, slow]);
    }
  });
});
