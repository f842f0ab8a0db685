import fc from 'fast-check';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { KUBECTL_DUMP, KUBECTL_NODES } from '../fixtures/kubectl-dump';
import { SEED_000 } from '../fixtures/seed000';
import { generateScenario } from '../../testing/scenarios';
import { isChecked, printPath, unknownFields } from './check';
import { ROOTS, TYPES } from './fields.generated';

type Obj = Record<string, unknown>;
const doc = (yaml: string) => load(yaml) as Obj;
const check = (yaml: string) => {
  const d = doc(yaml);
  return unknownFields(String(d.apiVersion ?? ''), String(d.kind ?? ''), d);
};
const fields = (yaml: string) => check(yaml).map((u) => u.field);

const POD = (spec: string, meta = 'name: p') => `apiVersion: v1
kind: Pod
metadata: { ${meta} }
spec:
${spec}`;
const CONTAINERS = '  containers:\n  - name: c\n    image: i\n';

const DEPLOYMENT = (container: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: d }
spec:
  replicas: 1
  selector: { matchLabels: { app: d } }
  template:
    metadata: { labels: { app: d } }
    spec:
      containers:
      - name: c
        image: i
${container}`;

const INGRESS = (backend: string, apiVersion = 'networking.k8s.io/v1', spec = '') => `apiVersion: ${apiVersion}
kind: Ingress
metadata: { name: i }
spec:
${spec}  rules:
  - host: a.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
${backend}`;

describe('unknownFields: typos at every level', () => {
  it.each<[string, string, string, string | undefined]>([
    ['metadata', POD(CONTAINERS, 'name: p, lables: { app: x }'), 'metadata.lables', 'metadata.labels'],
    ['spec (the real typo: domain for subdomain)', POD(`  hostname: h\n  domain: sub\n${CONTAINERS}`), 'spec.domain', 'spec.subdomain'],
    ['container', POD(`${CONTAINERS}    imagePullPolicyy: Always\n`), 'spec.containers[0].imagePullPolicyy', 'spec.containers[0].imagePullPolicy'],
    ['Service port', `apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports:\n  - port: 80\n    targetport: 8080\n`, 'spec.ports[0].targetport', 'spec.ports[0].targetPort'],
    ['Service port (a real kubectl answer)', `apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodeport: 30080\n`, 'spec.ports[0].nodeport', 'spec.ports[0].nodePort'],
    ['pod template container', DEPLOYMENT('        port: 80\n'), 'spec.template.spec.containers[0].port', 'spec.template.spec.containers[0].ports'],
    ['container port', DEPLOYMENT('        ports:\n        - containerport: 80\n'), 'spec.template.spec.containers[0].ports[0].containerport', 'spec.template.spec.containers[0].ports[0].containerPort'],
    ['Deployment strategy (a real kubectl answer)', DEPLOYMENT('').replace('  replicas: 1\n', '  replicas: 1\n  strategy: { rollingUpdate: { maxUnaivailable: 1 } }\n'),
      'spec.strategy.rollingUpdate.maxUnaivailable', 'spec.strategy.rollingUpdate.maxUnavailable'],
    ['Ingress v1 backend with the v1beta1 names', INGRESS('          serviceName: web\n'),
      'spec.rules[0].http.paths[0].backend.serviceName', 'spec.rules[0].http.paths[0].backend.service.name'],
    ['Ingress v1 backend servicePort', INGRESS('          service: { name: web }\n          servicePort: 80\n'),
      'spec.rules[0].http.paths[0].backend.servicePort', 'spec.rules[0].http.paths[0].backend.service.port'],
    ['Ingress v1 spec.backend', INGRESS('          service: { name: web, port: { number: 80 } }\n', 'networking.k8s.io/v1', '  backend: { service: { name: web, port: { number: 80 } } }\n'),
      'spec.backend', 'spec.defaultBackend'],
    ['ingressClassName typo', INGRESS('          service: { name: web, port: { number: 80 } }\n', 'networking.k8s.io/v1', '  ingresClassName: nginx\n'), 'spec.ingresClassName', 'spec.ingressClassName'],
    ['ingressClassName written as ingressClass', INGRESS('          service: { name: web, port: { number: 80 } }\n', 'networking.k8s.io/v1', '  ingressClass: nginx\n'), 'spec.ingressClass', 'spec.ingressClassName'],
    ['Ingress tls (a real kubectl answer)', INGRESS('          service: { name: web, port: { number: 80 } }\n', 'networking.k8s.io/v1', '  tls: [{ hosts: [a.example.com], secretNmae: tls }]\n'),
      'spec.tls[0].secretNmae', 'spec.tls[0].secretName'],
    ['v1beta1 Ingress with the v1 names', INGRESS('          service: { name: web, port: { number: 80 } }\n', 'extensions/v1beta1'), 'spec.rules[0].http.paths[0].backend.service', undefined],
    ['EndpointSlice', 'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: { name: e }\naddressType: IPv4\nendpoints:\n- addresses: [10.0.0.1]\n  condition: { ready: true }\n', 'endpoints[0].condition', 'endpoints[0].conditions'],
    ['Endpoints', 'apiVersion: v1\nkind: Endpoints\nmetadata: { name: e }\nsubsets:\n- address: [{ ip: 10.0.0.1 }]\n', 'subsets[0].address', 'subsets[0].addresses'],
    ['top level', 'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringdata: { a: b }\n', 'stringdata', 'stringData'],
    ['status', 'apiVersion: v1\nkind: Node\nmetadata: { name: n }\nstatus: { adresses: [{ type: InternalIP, address: 10.0.0.1 }] }\n', 'status.adresses', 'status.addresses'],
    ['managedFields entry', POD(CONTAINERS, 'name: p, managedFields: [{ manager: kubectl, operation: Update, tme: x }]'), 'metadata.managedFields[0].tme', 'metadata.managedFields[0].time'],
    ['a field with nothing close', POD(`${CONTAINERS}  flavour: vanilla\n`), 'spec.flavour', undefined],
  ])('%s', (_name, yaml, field, suggestion) => {
    const found = check(yaml);
    expect(found.map((u) => u.field)).toEqual([field]);
    expect(found[0].suggestion).toBe(suggestion);
  });

  it('is case-sensitive, as the API server\'s decoder is', () => {
    expect(fields(POD(`${CONTAINERS}  RestartPolicy: Always\n`))).toEqual(['spec.RestartPolicy']);
    expect(check(POD(`${CONTAINERS}  RestartPolicy: Always\n`))[0].suggestion).toBe('spec.restartPolicy');
  });

  it('reports every unknown field, each with the path from the value and from the object', () => {
    const found = check(POD(`  domain: x\n${CONTAINERS}    imagePullPolicyy: Always\n  - name: d\n    image: i\n    tty2: true\n`));
    expect(found.map((u) => [u.path, u.field])).toEqual([
      [['spec', 'domain'], 'spec.domain'],
      [['spec', 'containers', 0, 'imagePullPolicyy'], 'spec.containers[0].imagePullPolicyy'],
      [['spec', 'containers', 1, 'tty2'], 'spec.containers[1].tty2'],
    ]);
    expect(found.every((u) => u.kind === 'Pod' && u.apiVersion === 'v1' && u.object.length === 0)).toBe(true);
  });

  it('reports an unknown field whatever its value (null, list, object)', () => {
    expect(fields(POD(`${CONTAINERS}  a:\n  b: [1]\n  c: { d: 1 }\n`))).toEqual(['spec.a', 'spec.b', 'spec.c']);
  });

  it('a correct Pod, Service, Deployment, Ingress, IngressClass, Secret, Namespace have none', () => {
    const ok = [
      POD(`  hostname: h\n  subdomain: s\n  nodeSelector: { disk: ssd }\n${CONTAINERS}    ports: [{ containerPort: 80, name: http, protocol: TCP }]\n    resources: { limits: { cpu: 500m, memory: 1Gi }, requests: { cpu: 1 } }\n`),
      DEPLOYMENT('        env: [{ name: A, value: b }, { name: B, valueFrom: { fieldRef: { fieldPath: status.podIP } } }]\n'),
      `apiVersion: v1\nkind: Service\nmetadata: { name: s, annotations: { x/y: z } }\nspec: { selector: { app: x }, ports: [{ name: http, port: 80, targetPort: http, appProtocol: http }], sessionAffinity: ClientIP, sessionAffinityConfig: { clientIP: { timeoutSeconds: 10 } } }\n`,
      INGRESS('          service: { name: web, port: { name: http } }\n', 'networking.k8s.io/v1', '  ingressClassName: nginx\n  defaultBackend: { resource: { apiGroup: g, kind: K, name: n } }\n'),
      INGRESS('          serviceName: web\n          servicePort: http\n', 'extensions/v1beta1', '  backend: { serviceName: web, servicePort: 80 }\n'),
      INGRESS('          serviceName: web\n          servicePort: 80\n', 'networking.k8s.io/v1beta1'),
      'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: { name: nginx }\nspec: { controller: k8s.io/ingress-nginx, parameters: { kind: K, name: n, scope: Cluster } }\n',
      'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\ntype: kubernetes.io/tls\ndata: { tls.crt: eA==, tls.key: eA== }\nstringData: { anything: goes }\n',
      'apiVersion: v1\nkind: Namespace\nmetadata: { name: n, labels: { a: b } }\n',
    ];
    for (const y of ok) expect(fields(y), y).toEqual([]);
  });
});

describe('unknownFields: free-form maps and leaves accept anything', () => {
  it.each([
    ['labels', POD(CONTAINERS, 'name: p, labels: { anything: x, "a/b": y, spec: z }')],
    ['annotations', POD(CONTAINERS, 'name: p, annotations: { whatever.io/any: x }')],
    ['nodeSelector', POD(`  nodeSelector: { kubernetes.io/os: linux, custom: x }\n${CONTAINERS}`)],
    ['resources limits/requests', POD(`${CONTAINERS}    resources: { limits: { nvidia.com/gpu: 1 }, requests: { example.com/foo: 2 } }\n`)],
    ['matchLabels', DEPLOYMENT('').replace('matchLabels: { app: d }', 'matchLabels: { app: d, anyKey: v }')],
    ['Service selector', 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { selector: { foo: bar, baz: qux }, ports: [{ port: 80 }] }\n'],
    ['Secret data', 'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\ndata: { ca.crt: eA== }\n'],
    ['IntOrString given as an object (a type error, not an unknown field)', 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { ports: [{ port: 80, targetPort: { foo: 1 } }] }\n'],
    ['managedFields fieldsV1', POD(CONTAINERS, 'name: p, managedFields: [{ fieldsType: FieldsV1, fieldsV1: { "f:spec": { "f:anything": {} } } }]')],
    ['EndpointSlice deprecatedTopology', 'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: { name: e }\naddressType: IPv4\nendpoints: [{ addresses: [10.0.0.1], deprecatedTopology: { any: x } }]\n'],
    ['Node capacity', 'apiVersion: v1\nkind: Node\nmetadata: { name: n }\nstatus: { capacity: { cpu: "4", hugepages-2Mi: "0", example.com/dongle: "1" } }\n'],
  ])('%s', (_name, yaml) => {
    expect(fields(yaml)).toEqual([]);
  });

  it('accepts fields newer than kubernetes-types 1.30 (pod-level resources, stopSignal, trafficDistribution…)', () => {
    expect(fields(POD(`  resources: { limits: { cpu: 1 } }\n${CONTAINERS}    lifecycle: { stopSignal: SIGTERM }\n`))).toEqual([]);
    expect(fields('apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { trafficDistribution: PreferClose, ports: [{ port: 80 }] }\n')).toEqual([]);
  });

  it('a wrong type is left to the decoder: a scalar or a list where an object is expected is not walked', () => {
    expect(fields(POD('  containers: c\n'))).toEqual([]);
    expect(fields(POD('  containers: [[{ nope: 1 }], 3, null]\n'))).toEqual([]);
    expect(fields('apiVersion: v1\nkind: Pod\nmetadata: [1]\nspec: 3\n')).toEqual([]);
  });
});

describe('unknownFields: what is checked', () => {
  it('a real kubectl get -o yaml dump (status, managedFields, last-applied annotation) has no unknown field', () => {
    for (const text of [KUBECTL_DUMP, KUBECTL_NODES]) {
      const d = doc(text);
      expect(d.kind).toBe('List');
      expect(unknownFields('v1', 'List', d)).toEqual([]);
    }
  });

  it('checks List items one by one, against their own kind, with paths relative to the item', () => {
    const d = doc(`apiVersion: v1
kind: List
metadata: { resourceVersion: "" }
items:
- apiVersion: v1
  kind: Service
  metadata: { name: s }
  spec: { prots: [] }
- apiVersion: example.com/v1
  kind: Widget
  metadata: { name: w }
  spec: { anything: 1 }
- apiVersion: v1
  kind: Pod
  metadata: { name: p }
  spec: { containers: [{ name: c, image: i, imagePullPolicyy: x }] }
`);
    const found = unknownFields('v1', 'List', d);
    expect(found.map((u) => [u.path, u.field, u.object, u.kind])).toEqual([
      [['items', 0, 'spec', 'prots'], 'spec.prots', ['items', 0], 'Service'],
      [['items', 2, 'spec', 'containers', 0, 'imagePullPolicyy'], 'spec.containers[0].imagePullPolicyy', ['items', 2], 'Pod'],
    ]);
    expect(found[0].suggestion).toBe('spec.ports');
  });

  it('checks the List itself (typed lists too)', () => {
    expect(fields('apiVersion: v1\nkind: ServiceList\nmetadata: { continue: "" }\nitems: []\nitem: 1\n')).toEqual(['item']);
  });

  it('does not check unknown kinds, CRDs, unserved apiVersions, the World document', () => {
    expect(fields('apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\nspec: { anything: 1 }\n')).toEqual([]);
    expect(fields('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndatta: {}\n')).toEqual([]);
    expect(fields('apiVersion: apps/v2\nkind: Deployment\nmetadata: { name: d }\nspecc: {}\n')).toEqual([]);
    expect(fields('apiVersion: podpath.dev/v1alpha1\nkind: World\nspecc: {}\n')).toEqual([]);
    expect(isChecked('v1', 'Pod')).toBe(true);
    expect(isChecked('v2', 'Pod')).toBe(false);
    expect(isChecked('v1', 'toString')).toBe(false);
    expect(isChecked('v1', '__proto__')).toBe(false);
  });

  it('checks an object without apiVersion as the current version (what the decoder assumes)', () => {
    expect(fields('kind: Deployment\nmetadata: { name: d }\nspecc: {}\n')).toEqual(['specc']);
  });

  it('knows the legacy apiVersions the decoder converts', () => {
    const legacy = 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: { name: d }\nspec: { rollbackTo: { revision: 1 }, template: { spec: { containers: [] } } }\n';
    expect(fields(legacy)).toEqual([]);
    expect(fields(legacy.replace('extensions/v1beta1', 'apps/v1'))).toEqual(['spec.rollbackTo']);
    expect(fields('apiVersion: discovery.k8s.io/v1beta1\nkind: EndpointSlice\nmetadata: { name: e }\naddressType: IPv4\nendpoints: [{ addresses: [10.0.0.1], topology: { a: b } }]\n')).toEqual([]);
    expect(fields(SEED_000.replace(/^ {4}/gm, '').split('---\n')[0])).toEqual([]);
  });

  it('every root in the table is an object type with apiVersion, kind and metadata', () => {
    for (const [key, id] of Object.entries(ROOTS)) {
      const names = TYPES[id].split(' ').map((f) => f.split('=')[0]);
      expect(names, key).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'metadata']));
    }
  });

  it('prints paths as kubectl does', () => {
    expect(printPath(['spec', 'containers', 0, 'ports', 1, 'name'])).toBe('spec.containers[0].ports[1].name');
    expect(printPath(['items', 3, 'spec', 'x'], 2)).toBe('spec.x');
  });

  it('never throws and reports only keys that exist, on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom('Pod', 'Service', 'Ingress', 'List', 'Deployment', 'Node'), (value, kind) => {
      const raw = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, kind } : value;
      const found = unknownFields('', kind, raw);
      for (const u of found) {
        let at: unknown = raw;
        for (const seg of u.path) at = (at as Record<string | number, unknown>)[seg];
        expect(at).not.toBeUndefined();
      }
    }), { numRuns: 300 });
    expect(unknownFields('v1', 'Pod', null)).toEqual([]);
    expect(unknownFields('v1', 'Pod', 'text')).toEqual([]);
    expect(unknownFields('v1', 'Pod', JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "spec": {"toString": 1}}'))
      .map((u) => u.field)).toEqual(['__proto__', 'constructor', 'spec.toString']);
  });
});

describe('speed', () => {
  it('checking a 1,000-document scenario costs a small fraction of js-yaml loadAll on the same text', () => {
    const text = generateScenario({ objects: 1000 }).text;
    const time = (f: () => void) => {
      let best = Infinity;
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        f();
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    let docs: unknown[] = [];
    const loadMs = time(() => {
      docs = loadAll(text);
    });
    let found = 0;
    const checkMs = time(() => {
      found = 0;
      for (const d of docs as Obj[]) found += unknownFields(String(d.apiVersion ?? ''), String(d.kind ?? ''), d).length;
    });
    expect(found).toBe(0);
    console.log(`strict check: ${checkMs.toFixed(2)} ms for ${docs.length} documents; js-yaml loadAll ${loadMs.toFixed(2)} ms (${((100 * checkMs) / loadMs).toFixed(1)} %)`);
    // The cost (goal < 15 % of loadAll) is printed, not asserted: speed is measured in benchmarks, not timed tests.
  });
});
