import { describe, expect, it } from 'vitest';
import type { Ingress, Pod, Service } from '../api/types';
import type { Diagnostic } from './diagnostics';
import { KUBECTL_DUMP, KUBECTL_NODES } from './fixtures/kubectl-dump';
import { generateManifests } from './fixtures/generate';
import { SEED_000 } from './fixtures/seed000';
import { createManifestParser } from './parse';

const parse = (text: string, options = {}) => createManifestParser().parse(text, options);
const at = (d: Diagnostic | undefined) => d?.range && `${d.range.start.line}:${d.range.start.column}`;

describe('reading the text', () => {
  const cases: { name: string; text: string; kinds: string[]; docs: number; paths?: (string | number)[][]; lines?: number[] }[] = [
    { name: 'empty text', text: '', kinds: [], docs: 0 },
    { name: 'only comments and markers', text: '# nothing\n---\n---\n', kinds: [], docs: 0 },
    {
      name: 'multi-document YAML with a leading marker and a trailing one',
      text: '---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n---\n',
      kinds: ['Namespace', 'Namespace'], docs: 2, lines: [2, 6],
    },
    {
      name: 'document end markers (...) and comments between documents',
      text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n...\n# between\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n',
      kinds: ['Namespace', 'Namespace'], docs: 2, lines: [1, 7],
    },
    {
      name: 'JSON',
      text: '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}]}}',
      kinds: ['Service'], docs: 1, lines: [1],
    },
    {
      name: 'kind: List (kubectl get -o yaml)',
      text: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: b}\n',
      kinds: ['Namespace', 'Namespace'], docs: 1, paths: [['items', 0], ['items', 1]], lines: [4, 7],
    },
    {
      name: 'a typed list (ServiceList) in JSON',
      text: '{"apiVersion":"v1","kind":"ServiceList","items":[{"apiVersion":"v1","kind":"Service","metadata":{"name":"a"},"spec":{"ports":[{"port":1}]}}]}',
      kinds: ['Service'], docs: 1, paths: [['items', 0]],
    },
    {
      name: 'CRLF line endings',
      text: 'apiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: a\r\n---\r\napiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: b\r\n',
      kinds: ['Namespace', 'Namespace'], docs: 2, lines: [1, 6],
    },
    {
      name: 'merge keys and anchors',
      // The anchor lives where a real object may carry it (an unknown top-level key would fail strict decoding).
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: &labels {app: web}\n  labels:\n    <<: *labels\nspec:\n  containers: [{name: c}]\n',
      kinds: ['Pod'], docs: 1,
    },
  ];
  it.each(cases)('$name', ({ text, kinds, docs, paths, lines }) => {
    const r = parse(text);
    expect(r.objects.map((o) => o.kind)).toEqual(kinds);
    expect(r.documents).toBe(docs);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (paths) expect(r.objects.map((o) => o.source?.path)).toEqual(paths);
    if (lines) expect(r.objects.map((o) => o.source?.range.start.line)).toEqual(lines);
  });

  it('keeps anchored labels through a merge key', () => {
    const r = parse(cases[cases.length - 1].text);
    expect(r.objects[0].metadata.labels).toEqual({ app: 'web' });
  });

  it('one broken document does not hide the others, and the error has absolute line/column', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n   bad: indent\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n';
    const r = parse(text);
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
    const err = r.diagnostics.find((d) => d.code === 'yaml/syntax-error');
    expect(err?.source).toEqual({ doc: 1, path: [] });
    expect(at(err)).toBe('9:7');
    expect(r.documents).toBe(3);
  });

  it('points an unterminated flow collection at its last line, not at the next document', () => {
    const r = parse('a: 1\n---\nb: [\n\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n');
    expect(at(r.diagnostics.find((d) => d.code === 'yaml/syntax-error'))).toBe('3:5');
  });

  it.each([
    ['a scalar document', 'just text\n', 'manifest/not-an-object', '1:1'],
    ['a document that is a list', '- a\n- b\n', 'manifest/not-an-object', '1:1'],
    ['missing kind', 'apiVersion: v1\nmetadata: {name: x}\n', 'object/missing-kind', '1:1'],
    ['missing apiVersion', 'kind: Namespace\nmetadata:\n  name: x\n', 'object/missing-api-version', '1:1'],
    ['a tab used for indentation', 'apiVersion: v1\nkind: Namespace\nmetadata:\n\tname: x\n', 'yaml/syntax-error', '4:1'],
  ])('%s', (_n, text, code, pos) => {
    const d = parse(text).diagnostics.find((x) => x.code === code);
    expect(d?.severity).toBe('error');
    expect(at(d)).toBe(pos);
  });
});

describe('a key written twice: kubectl keeps the last value (NewYAMLOrJSONDecoder is not strict; kubernetes/kubernetes#125885)', () => {
  const text = [
    'apiVersion: v1', 'kind: Service', 'metadata:', '  name: first', '  labels: {app: a, app: b}', '  name: web',
    'spec:', '  ports: [{port: 80}]', '  "ports": [{port: 81}]', '  ports: [{port: 82}]', '',
  ].join('\n');
  const r = parse(text);

  it('the object is created with the last value of each key', () => {
    const svc = r.objects[0] as Service;
    expect([svc.metadata.name, svc.metadata.labels, svc.spec.ports.map((p) => p.port)]).toEqual(['web', { app: 'b' }, [82]]);
    expect(r.rejected.size).toBe(0);
  });

  it('each later occurrence is a warning at its key, naming the first one', () => {
    expect(r.diagnostics.map((d) => [d.severity, d.code, at(d), d.params.key, d.params.firstLine, d.object])).toEqual([
      ['warning', 'yaml/duplicate-key', '5:20', 'app', 5, 'Service/default/web'],
      ['warning', 'yaml/duplicate-key', '6:3', 'name', 4, 'Service/default/web'],
      ['warning', 'yaml/duplicate-key', '9:3', 'ports', 8, 'Service/default/web'],
      ['warning', 'yaml/duplicate-key', '10:3', 'ports', 8, 'Service/default/web'],
    ]);
    expect(r.diagnostics[1].message).toBe('Key "name" is written again here (first on line 4). kubectl reads YAML leniently: it keeps this last value and drops the earlier one without a word, so the API server never sees it. Keep one.');
  });

  it.each([
    ['yes and true are one key (YAML 1.1)', ['yes', 'true'], ['true']],
    ['0o17 and 15 are one key', ['0o17', '15'], ['15']],
    ['a quoted key and the same word plain are one key', ['"ports"', 'ports'], ['ports']],
    ['1:30 and 90 are two keys (no base 60)', ['1:30', '90'], []],
    ['2024-01-02 and 2024-1-2 are two keys (dates stay text)', ['2024-01-02', '2024-1-2'], []],
    ['yes and "yes" are two keys (true and "yes")', ['yes', '"yes"'], []],
  ])('keys are compared as the loader reads them: %s', (_name, keys, repeated) => {
    const d = parse(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  ${keys[0]}: a\n  ${keys[1]}: b\n`).diagnostics;
    expect(d.filter((x) => x.code === 'yaml/duplicate-key').map((x) => x.params.key)).toEqual(repeated);
  });

  it('in a later document, the warning is on that document\'s line', () => {
    const d = parse('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n  name: c\n').diagnostics;
    expect(d.map((x) => [x.code, at(x), x.params.firstLine, x.object])).toEqual([['yaml/duplicate-key', '9:3', 8, 'Namespace/c']]);
  });

  it('in a kind: List, the warning names the item that holds the key, and none for a key of the List itself', () => {
    const text = [
      'apiVersion: v1', 'kind: List', 'items:',
      '- apiVersion: v1', '  kind: Namespace', '  metadata: {name: a}',
      '- apiVersion: v1', '  kind: Namespace', '  metadata: {name: b, name: c}',
      'kind: List', '',
    ].join('\n');
    expect(parse(text).diagnostics.map((x) => [x.code, at(x), x.object])).toEqual([
      ['yaml/duplicate-key', '9:23', 'Namespace/c'],
      ['yaml/duplicate-key', '10:1', undefined],
    ]);
  });

  it('a real syntax error in a document with a duplicate key is still the syntax error', () => {
    const d = parse('apiVersion: v1\nkind: Namespace\nkind: Pod\nmetadata: [\n').diagnostics;
    expect(d.map((x) => x.code)).toEqual(['yaml/syntax-error']);
  });

  it('a duplicate in one document of a big paste leaves the other documents to the bulk load', () => {
    const docs = Array.from({ length: 80 }, (_, i) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n${i}\n${i === 40 ? '  name: m40\n' : ''}`);
    const big = parse(docs.join('---\n'));
    expect(big.objects.map((o) => o.metadata.name)).toContain('m40');
    expect(big.objects).toHaveLength(80);
    expect(big.diagnostics.map((x) => x.code)).toEqual(['yaml/duplicate-key']);
  });
});

describe("JSON objects one after another, as `kubectl get -o json | jq '.items[]'` prints them (YAMLOrJSONDecoder's json.Decoder)", () => {
  const pods = ['a', 'b', 'c'].map((name, i) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'shop', labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] }, status: { podIP: `10.244.1.${i + 10}` } }));

  it.each([
    ['pretty (jq)', pods.map((p) => JSON.stringify(p, null, 2)).join('\n')],
    ['one per line (jq -c)', pods.map((p) => JSON.stringify(p)).join('\n')],
  ])('%s: each object is a document, placed on its own lines', (_name, text) => {
    const r = parse(text + '\n');
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.documents).toBe(3);
    expect(r.objects.map((o) => [o.metadata.name, (o as Pod).status?.podIP])).toEqual([['a', '10.244.1.10'], ['b', '10.244.1.11'], ['c', '10.244.1.12']]);
    const lines = text.split('\n');
    const third = r.objects[2].source?.range;
    expect(lines[third!.start.line - 1]).toMatch(/^\{/);
  });

  it('a mistake in one object is reported at its own line, and the others are read', () => {
    const text = [JSON.stringify(pods[0]), JSON.stringify({ ...pods[1], spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 'x' }] }] } }), JSON.stringify(pods[2])].join('\n') + '\n';
    const r = parse(text);
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a', 'b', 'c']);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.range?.start.line)).toEqual([2, 2]);
  });
});

describe('a real cluster dump (kubectl get svc,endpointslices,ingress,pods -A -o yaml)', () => {
  const r = parse(KUBECTL_DUMP);

  it('reads every item without an error and ignores the noise', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'Service/default/kubernetes', 'Service/shop/web', 'Service/kube-system/kube-dns',
      'EndpointSlice/shop/web-5xk8d', 'Ingress/shop/shop', 'Pod/shop/web-7c9d8b6f5d-x2x4q',
    ]);
  });

  it('keeps cluster-assigned addresses and uids', () => {
    const web = r.objects[1] as Service;
    expect(web.metadata.uid).toBe('7d1f9a7e-2c56-4d0c-8a11-3e2f7b9b8c01');
    expect(web.spec).toMatchObject({ type: 'LoadBalancer', clusterIP: '10.96.141.27', clusterIPs: ['10.96.141.27'], ipFamilies: ['IPv4'] });
    expect(web.spec.ports[0]).toEqual({ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 31380 });
    // A real 1.32 dump carries ipMode (the API server sets VIP): kept as written.
    expect(web.status.loadBalancer.ingress).toEqual([{ ip: '172.18.255.200', ipMode: 'VIP' }]);
    const pod = r.objects[5] as Pod;
    expect(pod.status).toEqual({ phase: 'Running', podIP: '10.244.1.7', podIPs: ['10.244.1.7'], hostIP: '172.18.0.3', conditions: [{ type: 'Ready', status: 'True' }] });
    expect(pod.spec.nodeName).toBe('kind-worker');
    expect((r.objects[4] as Ingress).status.loadBalancer.ingress).toEqual([{ ip: '172.18.255.201' }]);
  });

  it('gives each item its own source range inside the List', () => {
    expect(r.objects.map((o) => o.source?.path)).toEqual([0, 1, 2, 3, 4, 5].map((i) => ['items', i]));
    expect(r.objects[0].source?.range.start).toEqual({ line: 3, column: 1 });
    expect(r.objects[1].source?.range.start.line).toBe(r.objects[0].source!.range.end.line + 1);
  });

  it('Node manifests replace the World nodes', () => {
    const w = parse(`${KUBECTL_NODES}---\n${KUBECTL_DUMP}`).world;
    expect(w.nodes).toEqual([
      { name: 'kind-control-plane', internalIP: '172.18.0.2', podCIDR: '10.244.0.0/24', controlPlane: true, labels: { 'kubernetes.io/hostname': 'kind-control-plane', 'node-role.kubernetes.io/control-plane': '' } },
      { name: 'kind-worker', internalIP: '172.18.0.3', podCIDR: '10.244.1.0/24', zone: 'zone-a', labels: { 'topology.kubernetes.io/zone': 'zone-a' } },
    ]);
  });

  it('a dump from a cloud cluster points at where to declare its Service range', () => {
    const cloud = KUBECTL_DUMP.replaceAll('10.96.0.1\n', '10.0.0.1\n').replaceAll('10.96.141.27', '10.0.141.27').replaceAll('10.96.0.10', '10.0.0.10');
    const out = parse(cloud).diagnostics.filter((d) => d.code === 'service/cluster-ip-out-of-range');
    expect(out.map((d) => d.object)).toEqual(['Service/default/kubernetes', 'Service/shop/web', 'Service/kube-system/kube-dns']);
    expect(out[0].params).toMatchObject({ ip: '10.0.0.1', ranges: '10.96.0.0/12', suggestion: '10.0.0.0/16' });
    expect(out[0].message).toContain('spec.cluster.serviceCIDRs: ["10.0.0.0/16"]');
    expect(out[0].message).toContain('--service-cidr 10.0.0.0/16');
    expect(at(out[0])).toBe('15:16');
    const fixed = parse(cloud, { serviceCIDRs: ['10.0.0.0/16'] });
    expect(fixed.diagnostics).toEqual([]);
    expect(fixed.world.cluster.dnsServiceIP).toBe('10.0.0.10');
  });
});

describe('seed 000: an Ingress pointing across namespaces', () => {
  const r = parse(SEED_000);
  const find = (code: string, doc: number) => r.diagnostics.filter((d) => d.code === code && d.source?.doc === doc);

  it('reports every name the API server rejects, at the name', () => {
    expect(find('object/name-invalid', 0).map((d) => [d.params.name, at(d)])).toEqual([['ingressC', '7:13']]);
    expect(find('object/namespace-invalid', 0).map((d) => [d.params.namespace, at(d)])).toEqual([['namespaceA', '8:18']]);
    expect(find('object/name-invalid', 1).map((d) => [d.params.name, d.params.rule, d.params.suggestion])).toEqual([
      ['headless-to-serviceC', 'dns1035-label', 'headless-to-servicec'],
    ]);
    expect(find('object/name-invalid', 1)[0].message).toContain('a DNS-1035 label');
  });

  it('explains that a backend cannot name a Service in another namespace', () => {
    const [d] = find('ingress/backend-name-invalid', 0);
    expect(d.field).toEqual(['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'serviceName']);
    expect(at(d)).toBe('15:28');
    expect(d.message).toContain('cross-namespace references are not possible this way');
    expect(d.message).toContain('"namespaceB"');
    const [d2] = find('ingress/backend-name-invalid', 2);
    expect(d2.message).toContain('did you mean "headless-to-servicec"');
  });

  it('converts the removed extensions/v1beta1 Ingress and says so', () => {
    expect(find('ingress/deprecated-api-version', 0)).toHaveLength(1);
    expect(find('ingress/deprecated-api-version', 0)[0].severity).toBe('warning');
    const ing = r.objects.find((o): o is Ingress => o.kind === 'Ingress');
    expect(ing?.convertedFrom).toBe('extensions/v1beta1');
    expect(ing?.spec.rules[0].http?.paths[0]).toEqual({ path: '/', pathType: 'ImplementationSpecific', backend: { service: { name: 'headless-to-serviceC', port: { number: 80 } } } });
  });

  it('keeps externalName on a headless ClusterIP Service, selector-less', () => {
    const svc = r.objects.find((o): o is Service => o.kind === 'Service');
    expect(svc?.spec).toMatchObject({ type: 'ClusterIP', clusterIP: 'None', selector: null, externalName: 'serviceC.namespaceB.svc.cluster.local', ports: [] });
    expect(r.diagnostics.some((d) => d.code.startsWith('service/'))).toBe(false);
  });

  it('the second Ingress of the same name replaces the first', () => {
    expect(r.objects.filter((o) => o.kind === 'Ingress')).toHaveLength(1);
    expect(find('object/duplicate', 2)).toHaveLength(1);
    expect(r.rejected.has('Ingress/namespaceA/ingressC')).toBe(true);
  });
});

describe('removed Ingress API versions are converted to networking.k8s.io/v1', () => {
  it.each(['extensions/v1beta1', 'networking.k8s.io/v1beta1'])('%s', (apiVersion) => {
    const r = parse(`apiVersion: ${apiVersion}\nkind: Ingress\nmetadata: {name: web}\nspec:\n  ingressClassName: nginx\n  backend: {serviceName: fallback, servicePort: http}\n  tls: [{hosts: [a.example.com], secretName: a-tls}]\n  rules:\n  - host: a.example.com\n    http:\n      paths:\n      - path: /api\n        pathType: Prefix\n        backend: {serviceName: api, servicePort: 8080}\n      - backend: {serviceName: web, servicePort: 80}\n`);
    const ing = r.objects[0] as Ingress;
    expect(ing.convertedFrom).toBe(apiVersion);
    expect(ing.spec).toEqual({
      ingressClassName: 'nginx',
      defaultBackend: { service: { name: 'fallback', port: { name: 'http' } } },
      tls: [{ hosts: ['a.example.com'], secretName: 'a-tls' }],
      rules: [{ host: 'a.example.com', http: { paths: [
        { path: '/api', pathType: 'Prefix', backend: { service: { name: 'api', port: { number: 8080 } } } },
        { pathType: 'ImplementationSpecific', backend: { service: { name: 'web', port: { number: 80 } } } },
      ] } }],
    });
    expect(r.diagnostics.map((d) => [d.severity, d.code, at(d)])).toEqual([['warning', 'ingress/deprecated-api-version', '1:13']]);
    expect(r.diagnostics[0].message).toContain('removed in Kubernetes 1.22');
  });
});

describe('incremental parsing', () => {
  const text = generateManifests(50);

  it('re-decodes only the edited document and reuses the others (same objects when unmoved)', () => {
    const p = createManifestParser();
    const a = p.parse(text);
    expect(a.cache).toEqual({ decoded: 50, reused: 0 });
    const edited = text.replace('replicas: 2', 'replicas: 5');
    const b = p.parse(edited);
    expect(b.cache).toEqual({ decoded: 1, reused: 49 });
    expect(b.objects[0]).toBe(a.objects[0]);
    expect(b.objects[1]).not.toBe(a.objects[1]);
    expect(b.objects[2]).toBe(a.objects[2]);
    expect(p.parse(edited).cache).toEqual({ decoded: 0, reused: 50 });
  });

  it('moves later objects when a line is added, without decoding them again', () => {
    const p = createManifestParser();
    const a = p.parse(text);
    const b = p.parse(text.replace('replicas: 2', 'replicas: 2\n  minReadySeconds: 3'));
    expect(b.cache.decoded).toBe(1);
    expect(b.objects[0]).toBe(a.objects[0]);
    expect(b.objects[2].source!.range.start.line).toBe(a.objects[2].source!.range.start.line + 1);
    expect(b.objects[2].metadata).toBe(a.objects[2].metadata);
  });

  it('finds documents moved by an added or removed document, and swapped ones, without decoding them again', () => {
    const p = createManifestParser();
    const a = p.parse(text);
    const docs = text.split(/^---\n/m);
    const inserted = [docs[0], 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: inserted\n', ...docs.slice(1)].join('---\n');
    const b = p.parse(inserted);
    expect(b.cache).toEqual({ decoded: 1, reused: 50 });
    expect(b.objects.at(-1)!.metadata).toBe(a.objects.at(-1)!.metadata);
    expect(p.parse(text).cache).toEqual({ decoded: 0, reused: 50 });
    const swapped = [docs[0], docs[2], docs[1], ...docs.slice(3)].join('---\n');
    expect(p.parse(swapped).cache).toEqual({ decoded: 0, reused: 50 });
  });

  it('two identical documents are two entries: each is placed at its own position', () => {
    const p = createManifestParser();
    const one = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: same\n';
    const r = p.parse(`${one}---\n${one}`);
    expect(r.cache).toEqual({ decoded: 2, reused: 0 });
    expect(p.parse(`${one}---\n${one}`).cache).toEqual({ decoded: 0, reused: 2 });
  });

  it('drops documents that left the text', () => {
    const p = createManifestParser();
    p.parse(text);
    p.parse('apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n');
    expect(p.parse(text).cache).toEqual({ decoded: 50, reused: 0 });
  });

  it('keeps diagnostics of an unchanged document at the right line after an edit above it', () => {
    const bad = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: Bad\nspec:\n  ports: [{port: 80}]\n';
    const p = createManifestParser();
    const a = p.parse(`apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n${bad}`);
    const b = p.parse(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n${bad}`);
    expect(at(a.diagnostics[0])).toBe('8:9');
    expect(at(b.diagnostics[0])).toBe('9:9');
  });
});

describe('duplicates (a later apply of the same kind/namespace/name updates the earlier object)', () => {
  const cm = (kind: string, ns: string, name: string, image: string) => kind === 'Pod'
    ? `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`
    : `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n  ports:\n    - port: 80\n`;

  it('keeps the last of three copies; each later copy is flagged against the one it replaced', () => {
    const r = createManifestParser().parse([cm('Pod', 'a', 'x', 'one'), cm('Pod', 'a', 'x', 'two'), cm('Pod', 'a', 'x', 'three')].join('---\n'));
    const pods = r.objects.filter((o): o is Pod => o.kind === 'Pod');
    expect(pods.map((p) => p.spec.containers[0].image)).toEqual(['three']);
    const dups = r.diagnostics.filter((d) => d.code === 'object/duplicate');
    expect(dups.map((d) => [d.source?.doc, d.params?.firstDoc])).toEqual([[1, 1], [2, 2]]);
  });

  it('the same name in another namespace or of another kind is no duplicate', () => {
    const r = createManifestParser().parse([cm('Pod', 'a', 'x', 'one'), cm('Pod', 'b', 'x', 'two'), cm('Service', 'a', 'x', ''), cm('Pod', 'a', 'x', 'three')].join('---\n'));
    expect(r.objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['Pod/b/x', 'Service/a/x', 'Pod/a/x']);
    expect(r.diagnostics.filter((d) => d.code === 'object/duplicate').map((d) => d.object)).toEqual(['Pod/a/x']);
  });
});

describe('locate', () => {
  it('resolves later diagnostics (lint) to the field, or to its nearest existing ancestor', () => {
    const r = parse('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n');
    expect(r.locate({ doc: 1, path: [] }, ['spec', 'ports', 0, 'port'])).toEqual({ start: { line: 11, column: 11 }, end: { line: 11, column: 13 } });
    expect(r.locate({ doc: 1, path: [] }, ['spec', 'selector'])?.start).toEqual({ line: 9, column: 1 });
    expect(r.locate({ doc: 0, path: [] }, ['metadata', 'name'])?.start).toEqual({ line: 3, column: 18 });
    expect(r.locate({ doc: 7, path: [] }, ['x'])).toBeUndefined();
  });
});

describe('kinds named like Object.prototype members', () => {
  // The decoder table is looked up by kind: `constructor` or `toString` must not find a prototype function.
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('kind: %s is kept as not simulated, never a crash', (kind) => {
    const r = parse(`apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n`);
    expect(r.objects).toHaveLength(0);
    expect(r.unknown.map((u) => u.kind)).toEqual([kind]);
    expect(r.diagnostics.map((d) => d.code)).toContain('object/not-simulated');
  });
});

describe("what kubectl's stream reader refuses before reading YAML (k8s.io/apimachinery/pkg/util/yaml; checked with kubectl 1.32)", () => {
  it('content after a --- separator: "invalid Yaml document separator", the document skipped, the others read', () => {
    const r = parse('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n--- {apiVersion: v1, kind: Namespace, metadata: {name: b}}\n---  # fine\napiVersion: v1\nkind: Namespace\nmetadata: {name: c}\n');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a', 'c']);
    const d = r.diagnostics.find((x) => x.code === 'yaml/invalid-document-separator');
    expect([d?.severity, at(d), d?.params.reason]).toEqual(['error', '4:1', '{apiVersion: v1, kind: Namespace, metadata: {name: b}}']);
    expect(d?.message).toContain('"invalid Yaml document separator: {apiVersion: v1, kind: Namespace, metadata: {name: b}}"');
  });

  const nsDoc = (name: string, extra = '') => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${extra}`;

  // kubectl 1.32: `kubectl label --local -f` prints the objects before such a document, then
  // "error converting YAML to JSON: json: unsupported value: +Inf" (exit 1).
  it('an unquoted .inf has no JSON form: kubectl refuses the document there; PodPath skips it, names the value, reads the rest', () => {
    const r = parse(`${nsDoc('a')}---\n${nsDoc('b', '  annotations:\n    x: .inf\n')}---\n${nsDoc('c')}`);
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a', 'c']);
    const d = r.diagnostics.find((x) => x.code === 'yaml/unsupported-value');
    expect([d?.severity, at(d), d?.params.reason, d?.params.written]).toEqual(['error', '11:8', '+Inf', '.inf']);
    expect(d?.message).toContain('"error converting YAML to JSON: json: unsupported value: +Inf"');
  });

  it('Go visits map keys in sorted order, so the value named is the first in that order; -.Inf and .nan print as -Inf and NaN', () => {
    const d = parse(nsDoc('b', '  annotations: {z: .nan, a: -.Inf}\n')).diagnostics;
    expect(d.map((x) => [x.code, x.params.reason, x.params.written])).toEqual([['yaml/unsupported-value', '-Inf', '-.Inf']]);
    expect(parse(nsDoc('b', '  annotations: {z: .NaN}\n')).diagnostics.map((x) => x.params.reason)).toEqual(['NaN']);
  });

  it('only a value: a quoted ".inf" is text, an explicit !!float .inf is refused too (named as Go prints it)', () => {
    expect(parse(nsDoc('a', '  annotations: {y: ".inf"}\n')).diagnostics).toEqual([]);
    const r = parse(nsDoc('a', '  annotations: {y: !!float .inf}\n'));
    expect([r.objects, r.diagnostics.map((x) => [x.code, x.params.written])]).toEqual([[], [['yaml/unsupported-value', '+Inf']]]);
  });

  // sigs.k8s.io/yaml: a float key becomes FormatFloat(…,'g',-1,32), and +Inf/-Inf/NaN become .inf/-.inf/.nan;
  // kubectl 1.32 sends `labels: {.Inf: x}` as the key ".inf", which the API server refuses as a label key.
  it('as a key, .inf is the text .inf (as kubectl sends it), not Infinity', () => {
    const r = parse(nsDoc('a', '  labels: {.Inf: a, -.inf: b, .NaN: c, ok: d}\n'));
    expect(Object.keys(r.objects[0]?.metadata.labels ?? {})).toEqual(['.inf', '-.inf', '.nan', 'ok']);
    expect(r.diagnostics.filter((x) => x.code === 'object/label-invalid' || x.severity === 'error').length).toBeGreaterThan(0);
    // A document that spells Infinity itself keeps js-yaml's reading (the key could be that text).
    expect(Object.keys(parse(nsDoc('a', '  labels: {Infinity: x}\n')).objects[0]?.metadata.labels ?? {})).toEqual(['Infinity']);
  });

  it('through a merge key the message names the number as Go prints it, not the key the locator lands on', () => {
    const d = parse('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  <<: {k: .inf}\n').diagnostics;
    expect(d.map((x) => [x.code, x.params.written])).toEqual([['yaml/unsupported-value', '+Inf']]);
  });

  it('a document with a key written twice and a .inf is still refused (the lenient re-read keeps the count)', () => {
    const d = parse(nsDoc('a', '  labels: {a: x, a: .inf}\n')).diagnostics;
    expect(d.map((x) => x.code).sort()).toEqual(['yaml/duplicate-key', 'yaml/unsupported-value']);
  });

  it('found the same when the document is read with many others in one js-yaml run, and kept by the cached document', () => {
    const names = Array.from({ length: 40 }, (_, i) => `n${i}`);
    const text = names.map((n) => nsDoc(n, n === 'n17' ? '  labels: {x: .inf}\n' : '')).join('---\n');
    const parser = createManifestParser();
    for (const round of [1, 2]) {
      const r = parser.parse(text);
      expect(r.objects.length, `round ${round}`).toBe(39);
      expect(r.diagnostics.map((x) => [x.code, x.range?.start.line])).toEqual([["yaml/unsupported-value", 17 * 5 + 5]]);
    }
  });

  it('the World document never goes to kubectl: a .inf there is left to its own checks', () => {
    const r = parse('apiVersion: podpath.dev/v1alpha1\nkind: World\nmetadata: {name: w}\nspec:\n  cluster: {coredns: {ttl: .inf}}\n');
    expect(r.diagnostics.map((x) => x.code)).not.toContain('yaml/unsupported-value');
    expect(r.diagnostics.some((x) => x.severity === 'error')).toBe(true);
  });

  it('the same check on a line of a document that is not a YAML marker (----, ---x)', () => {
    const d = parse('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n----\n').diagnostics;
    expect(d.map((x) => [x.code, at(x), x.params.reason])).toEqual([['yaml/invalid-document-separator', '4:1', '-']]);
  });

  it('a text that starts with { is JSON to kubectl: a YAML flow mapping there is refused, where the JSON goes wrong', () => {
    const r = parse('{apiVersion: v1, kind: Namespace, metadata: {name: a}}\n');
    expect(r.objects).toEqual([]);
    expect(r.diagnostics.map((x) => [x.code, at(x)])).toEqual([['json/syntax-error', '1:2']]);
  });

  const ns = (name: string) => JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

  it('JSON objects before a broken end are read; the error is where the JSON goes wrong', () => {
    for (const tail of ['garbage\n', '}\n', '{"apiVersion": "v1", "kind": \n']) {
      const r = parse(`${ns('a')}\n${ns('b')}\n${tail}`);
      expect(r.objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
      expect(r.diagnostics.map((x) => [x.code, x.range?.start.line])).toEqual([['json/syntax-error', 3]]);
    }
  });

  it('JSON objects on one line, glued or spaced (cat of files without a final newline), are all read, each at its column', () => {
    const r = parse(`${ns('a')}${ns('b')} ${ns('c')}\n`);
    expect(r.objects.map((o) => [o.metadata.name, o.source?.range?.start.column])).toEqual([['a', 1], ['b', 63], ['c', 126]]);
    expect(r.diagnostics).toEqual([]);
  });

  it('a byte-order mark does not count: JSON after it is JSON, a flow mapping after it is refused', () => {
    expect(parse(`\uFEFF${ns('a')}\n${ns('b')}\n`).objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(parse('\uFEFF{apiVersion: v1, kind: Namespace, metadata: {name: a}}\n').diagnostics.map((x) => x.code)).toEqual(['json/syntax-error']);
  });

  it('the JSON error is at the character JSON cannot take, whatever the engine\'s JSON.parse message says', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Namespace",\n  "metadata": {\n    "name": "a",\n    "finalizers": ["x",]\n  }\n}\n';
    expect(parse(text).diagnostics.map((x) => [x.code, at(x)])).toEqual([['json/syntax-error', '6:24']]);
  });

  it('in a text read as JSON, a --- line is only a JSON error (the YAML line reader is never used)', () => {
    expect(parse(`${ns('a')}\n--- x\n`).diagnostics.map((x) => [x.code, at(x)])).toEqual([['json/syntax-error', '2:1']]);
  });

  it('the same mapping after a comment line is YAML, and read', () => {
    const r = parse('# a namespace\n{apiVersion: v1, kind: Namespace, metadata: {name: a}}\n');
    expect([r.objects.map((o) => o.metadata.name), r.diagnostics]).toEqual([['a'], []]);
  });

  it('an edit that turns the text from JSON to YAML does not reuse a document read the other way', () => {
    const p = createManifestParser();
    const text = '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}\n---\n{apiVersion: v1, kind: Namespace, metadata: {name: b}}\n';
    const names = (t: string) => p.parse(t).objects.map((o) => o.metadata.name);
    expect(names(text)).toEqual(['a']);
    expect(names(`# YAML now\n${text}`)).toEqual(['a', 'b']);
    expect(names(text)).toEqual(['a']);
  });
});
