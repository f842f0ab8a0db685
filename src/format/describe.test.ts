import { describe, expect, it } from 'vitest';
import type { EndpointSlice } from '../api/types';
import { simulate } from '../engine';
import { SEED001_NONE_SELECTOR_ENDPOINTS, SEED001_NONE_SELECTOR_SERVICE } from '../dns/fixtures/seed001';
import { SEED001_BACKENDS, SEED001_NGINX_INGRESS } from '../request/fixtures/seed001';
import { describeIngress, describeService, formatEndpointSlices, KubectlPanic, slicesOf } from './describe';

// Expected texts follow staging/src/k8s.io/kubectl/pkg/describe/describe.go (describeService,
// describeIngressV1, formatEndpointSlices) laid out by text/tabwriter (padding 2).

/** Seed 001 §6.10: a Service without a selector and the Endpoints written for it (its ClusterIP pinned to the post's). */
const NONE_SELECTOR = `${SEED001_NONE_SELECTOR_SERVICE}---\n${SEED001_NONE_SELECTOR_ENDPOINTS}`;

function service(text: string, name: string) {
  const sim = simulate(text);
  const s = sim.cluster.services.find((x) => x.name === name);
  if (!s) throw new Error(`no service ${name}`);
  return { sim, s, slices: slicesOf(sim.cluster.endpointSlices, s.namespace, s.name) };
}

describe('kubectl describe service', () => {
  it("seed 001's selector-less Service: its hand-written Endpoints (mirrored into a slice) are listed as ip:port", () => {
    const { s, slices } = service(NONE_SELECTOR, 'sample-none-selector');
    // The post's output, plus the Internal Traffic Policy line current kubectl prints (its padding follows).
    expect(describeService(s, slices)).toBe([
      'Name:                     sample-none-selector',
      'Namespace:                default',
      'Labels:                   <none>',
      'Annotations:              <none>',
      'Selector:                 <none>',
      'Type:                     ClusterIP',
      'IP Family Policy:         SingleStack',
      'IP Families:              IPv4',
      'IP:                       10.96.23.49',
      'IPs:                      10.96.23.49',
      'Port:                     <unset>  8080/TCP',
      'TargetPort:               80/TCP',
      'Endpoints:                192.168.1.1:80,192.168.1.2:80',
      'Session Affinity:         None',
      'Internal Traffic Policy:  Cluster',
      'Events:                   <none>',
      '',
    ].join('\n'));
  });

  it('ExternalName: no IPs, the External Name line, no traffic policies; an externalName on a ClusterIP Service is shown too', () => {
    const text = `apiVersion: v1
kind: Service
metadata: {name: ext}
spec: {type: ExternalName, externalName: example.com}
---
apiVersion: v1
kind: Service
metadata: {name: wrong, labels: {b: "2", a: "1"}}
spec: {clusterIP: 10.96.0.50, externalName: example.com, selector: {app: x}, ports: [{name: web, port: 80, targetPort: http}]}
`;
    const ext = service(text, 'ext');
    const lines = describeService(ext.s, ext.slices).split('\n');
    expect(lines.filter((l) => /^(Type|IP Families|IP|IPs|External Name|Session Affinity):/.test(l)).map((l) => l.replace(/ +/g, ' ').trimEnd()))
      .toEqual(['Type: ExternalName', 'IP Families: <none>', 'IP:', 'IPs: <none>', 'External Name: example.com', 'Session Affinity: None']);
    expect(lines.some((l) => l.includes('Traffic Policy') || l.startsWith('Port:'))).toBe(false);
    const wrong = service(text, 'wrong');
    const out = describeService(wrong.s, wrong.slices);
    expect(out).toContain('External Name:            example.com\n');
    expect(out).toContain('Labels:                   a=1\n                          b=2\n');
    // No pod matches: the controller still writes an empty slice, so kubectl prints nothing after Endpoints:.
    expect(out).toContain('Port:                     web  80/TCP\nTargetPort:               http/TCP\nEndpoints:                \n');
  });

  it('a dumped LoadBalancer with ipMode Proxy keeps it; an allocated address gets VIP', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec: {type: LoadBalancer, selector: {app: x}, ports: [{port: 80}]}\nstatus: {loadBalancer: {ingress: [{ip: 203.0.113.99, ipMode: Proxy}]}}\n';
    const { s, slices } = service(text, 'lb');
    expect(describeService(s, slices)).toMatch(/^LoadBalancer Ingress: +203\.0\.113\.99 \(Proxy\)$/m);
    const allocated = service('apiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec: {type: LoadBalancer, selector: {app: x}, ports: [{port: 80}]}\n', 'lb');
    expect(allocated.s.loadBalancerIngress.map((i) => i.ipMode)).toEqual(['VIP']);
  });

  it('a LoadBalancer: its address with the ipMode the API server defaults (VIP), NodePorts and the external policy', () => {
    const { s, slices } = service('apiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec: {type: LoadBalancer, selector: {app: x}, ports: [{port: 80}]}\n', 'lb');
    const out = describeService(s, slices);
    expect(out).toMatch(/^LoadBalancer Ingress: +\d+\.\d+\.\d+\.\d+ \(VIP\)$/m);
    expect(out).toMatch(/^NodePort: +<unset> {2}3\d{4}\/TCP$/m);
    expect(out).toContain('External Traffic Policy:  Cluster\n');
  });
});

describe('kubectl describe service: the lines that depend on the Service (describe.go describeService)', () => {
  const one = (spec: string, meta = '') => {
    const { s, slices } = service(`apiVersion: v1\nkind: Service\nmetadata: {name: x${meta}}\nspec: ${spec}\n`, 'x');
    return describeService(s, slices);
  };

  it('a ClusterIP Service with externalIPs is reachable from outside: External IPs and External Traffic Policy', () => {
    const out = one('{externalIPs: [198.51.100.7, 198.51.100.8], selector: {app: x}, ports: [{port: 80}]}');
    expect(out).toMatch(/^External IPs: +198\.51\.100\.7,198\.51\.100\.8$/m);
    expect(out).toMatch(/^External Traffic Policy: +Cluster$/m);
    expect(one('{selector: {app: x}, ports: [{port: 80}]}')).not.toContain('External Traffic Policy');
  });

  it('LoadBalancer + Local: the health-check node port, the source ranges, the desired address; no AppProtocol line in 1.32', () => {
    const out = one('{type: LoadBalancer, externalTrafficPolicy: Local, loadBalancerIP: 203.0.113.77, loadBalancerSourceRanges: [10.0.0.0/8, 192.168.0.0/16], selector: {app: x}, ports: [{port: 443, appProtocol: https}]}');
    expect(out).toMatch(/^HealthCheck NodePort: +\d+$/m);
    expect(out).toMatch(/^LoadBalancer Source Ranges: +10\.0\.0\.0\/8,192\.168\.0\.0\/16$/m);
    expect(out).toMatch(/^Desired LoadBalancer IP: +203\.0\.113\.77$/m);
    expect(out).toMatch(/^External Traffic Policy: +Local$/m);
    expect(out).not.toContain('AppProtocol');
  });

  it("a label or annotation cannot drive the terminal: ESC prints as ^[ and CR as \\r (printers.WriteEscaped)", () => {
    const out = one('{selector: {app: x}, ports: [{port: 80}]}', ', annotations: {a: "x\\e[31mred\\r"}');
    expect(out).toContain('Annotations:              a: x^[[31mred\\r\n');
  });

  it('annotations: short ones on one line, long or multi-line ones under their key cut at 138 bytes, last-applied never', () => {
    const long = 'v'.repeat(150);
    const out = one('{selector: {app: x}, ports: [{port: 80}]}', `, annotations: {a: short, b: "${long}", c: "l1\\nl2", kubectl.kubernetes.io/last-applied-configuration: "{}"}`);
    expect(out).toContain(`Annotations:              a: short\n                          b:\n                            ${'v'.repeat(138)}...\n                          c:\n                            l1\n                            l2\nSelector:`);
    // The threshold: key + value + 2 > 140 bytes.
    expect(one('{selector: {app: x}, ports: [{port: 80}]}', `, annotations: {b: "${'v'.repeat(137)}"}`)).toContain(`Annotations:              b: ${'v'.repeat(137)}\n`);
    expect(one('{selector: {app: x}, ports: [{port: 80}]}', `, annotations: {b: "${'v'.repeat(138)}"}`)).toContain('Annotations:              b:\n');
  });
});

const slice = (name: string, ports: { name: string; port: number }[], eps: [string, boolean][]): EndpointSlice => ({
  kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', addressType: 'IPv4',
  metadata: { name, namespace: 'default', labels: {}, annotations: {}, uid: name, ownerReferences: [] } as unknown as EndpointSlice['metadata'],
  ports: ports.map((p) => ({ ...p, protocol: 'TCP' as const })),
  endpoints: eps.map(([ip, ready]) => ({ addresses: [ip], conditions: { ready, serving: ready, terminating: false } })),
});

describe('formatEndpointSlices (describe.go)', () => {
  it('ready endpoints of the named port, three at most, then "+ N more..."', () => {
    const s = slice('a', [{ name: 'http', port: 80 }, { name: 'metrics', port: 9000 }], [['10.0.0.1', true], ['10.0.0.2', false], ['10.0.0.3', true]]);
    expect(formatEndpointSlices([s], 'http')).toBe('10.0.0.1:80,10.0.0.3:80');
    expect(formatEndpointSlices([s], 'metrics')).toBe('10.0.0.1:9000,10.0.0.3:9000');
    const five = slice('b', [{ name: '', port: 80 }], [1, 2, 3, 4, 5].map((i) => [`10.0.0.${i}`, true]));
    expect(formatEndpointSlices([five], '')).toBe('10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...');
  });

  it("kubectl's quirk: three ready and then one not ready still says + 0 more...", () => {
    const s = slice('a', [{ name: '', port: 80 }], [['10.0.0.1', true], ['10.0.0.2', true], ['10.0.0.3', true], ['10.0.0.4', false]]);
    expect(formatEndpointSlices([s], '')).toBe('10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 0 more...');
  });

  it('the same quirk for a slice with no ports (a headless Service without ports)', () => {
    const s = slice('a', [], [['10.0.0.1', true], ['10.0.0.2', true], ['10.0.0.3', true], ['10.0.0.4', false], ['10.0.0.5', true]]);
    expect(formatEndpointSlices([s], '')).toBe('10.0.0.1,10.0.0.2,10.0.0.3 + 1 more...');
  });

  it('a slice port without a number: kubectl dereferences it and panics (a ready endpoint reaches it)', () => {
    const s = slice('a', [{ name: '', port: 80 }], [['10.0.0.1', true]]);
    const noPort = { ...s, ports: [{ name: '', protocol: 'TCP' as const }] };
    expect(() => formatEndpointSlices([noPort], '')).toThrow(KubectlPanic);
    expect(formatEndpointSlices([{ ...noPort, endpoints: [{ ...s.endpoints[0], conditions: { ready: false, serving: false, terminating: false } }] }], '')).toBe('');
  });

  it('no slice: <none>; a slice with no ports lists addresses alone; IPv6 in brackets', () => {
    expect(formatEndpointSlices([], '')).toBe('<none>');
    expect(formatEndpointSlices([slice('a', [], [['10.0.0.1', true]])], 'x')).toBe('10.0.0.1');
    expect(formatEndpointSlices([slice('a', [{ name: '', port: 80 }], [['fd00::1', true]])], '')).toBe('[fd00::1]:80');
  });
});

describe('kubectl describe ingress', () => {
  it("seed 001's nginx Ingress: address, default backend and each path's backend with its endpoints", () => {
    const sim = simulate(`${SEED001_BACKENDS}---\n${SEED001_NGINX_INGRESS}`);
    const c = sim.cluster;
    const ing = c.ingresses.find((i) => i.metadata.name === 'sample-ingress-by-nginx')!;
    const ep = (svc: string) => c.endpointSlices.find((s) => s.metadata.labels['kubernetes.io/service-name'] === svc)!.endpoints[0].addresses[0];
    const out = describeIngress(ing, c.ingressAddresses['default/sample-ingress-by-nginx'], {
      service: (ns, name) => c.services.find((s) => s.namespace === ns && s.name === name),
      slices: (ns, name) => slicesOf(c.endpointSlices, ns, name),
    });
    expect(out).toBe([
      'Name:             sample-ingress-by-nginx',
      'Labels:           <none>',
      'Namespace:        default',
      `Address:          ${c.ingressAddresses['default/sample-ingress-by-nginx'][0].ip}`,
      'Ingress Class:    <none>',
      `Default backend:  sample-ingress-default:8888 (${ep('sample-ingress-default')}:80)`,
      'Rules:',
      '  Host                Path  Backends',
      '  ----                ----  --------',
      '  sample.example.com  ',
      `                      /path1   sample-ingress-svc-1:8888 (${ep('sample-ingress-svc-1')}:80)`,
      '  sample.example.com  ',
      `                      /path2   sample-ingress-svc-2:8888 (${ep('sample-ingress-svc-2')}:80)`,
      'Annotations:          kubernetes.io/ingress.class: nginx',
      '                      nginx.ingress.kubernetes.io/ssl-redirect: false',
      'Events:               <none>',
      '',
    ].join('\n'));
  });

  it('a backend Service that does not exist, and an Ingress with no rules (its default backend on a * line)', () => {
    const sim = simulate('apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  defaultBackend: {service: {name: ghost, port: {name: web}}}\n');
    const ing = sim.cluster.ingresses[0];
    const out = describeIngress(ing, [], { service: () => undefined, slices: () => [] });
    expect(out).toContain('Default backend:  ghost:web (<error: services "ghost" not found>)\n');
    // The * line shares its column with Annotations: and Events: below it (consecutive lines with a first cell).
    expect(out).toContain('  Host        Path  Backends\n  ----        ----  --------\n  *           *     ghost:web (<error: services "ghost" not found>)\nAnnotations:  <none>\n');
  });
});

describe('kubectl describe ingress: the less common shapes', () => {
  it('a rule without host is *, TLS without a secret routes SNI, a resource backend, addresses sorted and unique', () => {
    const sim = simulate(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: i}
spec:
  tls: [{hosts: [a.example.com, b.example.com]}]
  rules:
    - http:
        paths:
          - {path: /static, pathType: Prefix, backend: {resource: {kind: StorageBucket, name: assets}}}
          - {path: /g, pathType: Prefix, backend: {resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: g}}}
`);
    const out = describeIngress(sim.cluster.ingresses[0], [{ ip: '203.0.113.9' }, { hostname: 'lb.example.com' }, { ip: '198.51.100.2' }, { ip: '203.0.113.9' }], { service: () => undefined, slices: () => [] });
    expect(out).toMatch(/^Address: +198\.51\.100\.2,203\.0\.113\.9,lb\.example\.com$/m);
    expect(out).toContain('TLS:\n  SNI routes a.example.com,b.example.com\n');
    expect(out).toMatch(/^ {2}\* +$/m);
    expect(out).toMatch(/^ +\/static +APIGroup: <none>, Kind: StorageBucket, Name: assets$/m);
    expect(out).toMatch(/^ +\/g +APIGroup: k8s\.example\.com, Kind: StorageBucket, Name: g$/m);
  });
});
