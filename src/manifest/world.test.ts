import { describe, expect, it } from 'vitest';
import { defaultWorld } from '../api/world';
import { DocLocator } from './locate';
import { BlockLocator } from './locate-block';
import { KUBECTL_DUMP } from './fixtures/kubectl-dump';
import { createManifestParser } from './parse';

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
