/**
 * Formatter tables. Where a real tool's output is in /work/shared/seeds/001 (dig in a pod, kubectl get,
 * resolv.conf), the expected text is copied from it, given the same records.
 */
import { describe, expect, it } from 'vitest';
import type { Ingress, IngressClass, Service, ServicePort } from '../api/types';
import type { ResourceRecord } from '../trace/types';
import { formatCurlPlain, formatCurlSummary, formatCurlVerbose, type CurlView } from './curl';
import { countDiagnostics, formatDiagnostic, formatSummary } from './diagnostics';
import { formatDig, formatDigShort, formatQuestion, formatRecord, messageId } from './dig';
import {
  abbreviate, endpointSlicesTable, endpointsTable, formatTable, ingressClassesTable, ingressesTable, loadBalancerStatus,
  nodesTable, podsTable, renderTable, servicesTable, type ServiceRow,
} from './kubectl';
import { formatHost, formatNslookup, formatQueries } from './nslookup';
import { formatResolvConf, parseResolvConf } from './resolvconf';

const meta = (name: string, namespace = 'default') => ({
  name, namespace, labels: {}, annotations: {}, uid: `uid-${name}`, ownerReferences: [], terminating: false,
});

const a = (name: string, data: string, ttl = 30): ResourceRecord => ({ name, type: 'A', ttl, data });

describe('dig', () => {
  const headless = 'sample-headless.default.svc.cluster.local.';
  const cases: { name: string; rr: ResourceRecord; line: string }[] = [
    { name: 'headless A (seed 001)', rr: a(headless, '10.244.2.4'), line: 'sample-headless.default.svc.cluster.local. 30 IN A 10.244.2.4' },
    {
      name: 'statefulset pod A, TTL 10 (seed 001)',
      rr: a('sample-statefulset-headless-0.sample-headless.default.svc.cluster.local.', '10.244.1.3', 10),
      line: 'sample-statefulset-headless-0.sample-headless.default.svc.cluster.local. 10 IN A 10.244.1.3',
    },
    {
      name: 'hostname.subdomain A (seed 001)',
      rr: a('sample-hostname.sample-subdomain.default.svc.cluster.local', '10.244.1.5'),
      line: 'sample-hostname.sample-subdomain.default.svc.cluster.local. 30 IN A 10.244.1.5',
    },
    {
      name: 'ExternalName CNAME (seed 001)',
      rr: { name: 'sample-externalname.default.svc.cluster.local.', type: 'CNAME', ttl: 30, data: 'external.example.com.' },
      line: 'sample-externalname.default.svc.cluster.local. 30 IN CNAME external.example.com.',
    },
    {
      name: 'SRV',
      rr: { name: '_http._tcp.web.default.svc.cluster.local.', type: 'SRV', ttl: 30, data: '0 100 80 web.default.svc.cluster.local.' },
      line: '_http._tcp.web.default.svc.cluster.local. 30 IN SRV 0 100 80 web.default.svc.cluster.local.',
    },
  ];
  it.each(cases)('$name', ({ rr, line }) => expect(formatRecord(rr)).toBe(line));

  it('prints the question as in seed 001', () => {
    expect(formatQuestion('sample-headless.default.svc.cluster.local', 'A')).toBe(';sample-headless.default.svc.cluster.local. IN A');
    expect(formatQuestion('sample-externalname.default.svc.cluster.local.', 'CNAME')).toBe(';sample-externalname.default.svc.cluster.local. IN CNAME');
  });

  it('prints the QUESTION and ANSWER sections of seed 001 for a headless Service with six pods', () => {
    const ips = ['10.244.2.4', '10.244.2.3', '10.244.1.2', '10.244.3.3', '10.244.1.3', '10.244.3.4'];
    const out = formatDig({
      qname: headless, qtype: 'A', rcode: 'NOERROR', answers: ips.map((ip) => a(headless, ip)), authoritative: true, server: '10.96.0.10',
      args: 'sample-headless.default.svc.cluster.local',
    });
    expect(out).toContain([
      ';; QUESTION SECTION:',
      ';sample-headless.default.svc.cluster.local. IN A',
      '',
      ';; ANSWER SECTION:',
      'sample-headless.default.svc.cluster.local. 30 IN A 10.244.2.4',
      'sample-headless.default.svc.cluster.local. 30 IN A 10.244.2.3',
      'sample-headless.default.svc.cluster.local. 30 IN A 10.244.1.2',
      'sample-headless.default.svc.cluster.local. 30 IN A 10.244.3.3',
      'sample-headless.default.svc.cluster.local. 30 IN A 10.244.1.3',
      'sample-headless.default.svc.cluster.local. 30 IN A 10.244.3.4',
      '',
    ].join('\n'));
    expect(out).toContain(`;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ${messageId(headless, 'A')}\n`);
    expect(out).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 6, AUTHORITY: 0, ADDITIONAL: 0\n;; WARNING: recursion requested but not available\n');
    expect(out).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)\n');
  });

  it('prints NXDOMAIN with the SOA in AUTHORITY and no ANSWER section', () => {
    const soa: ResourceRecord = {
      name: 'cluster.local.', type: 'SOA', ttl: 30, data: 'ns.dns.cluster.local. hostmaster.cluster.local. 1700000000 7200 1800 86400 30',
    };
    const out = formatDig({ qname: 'nope.default.svc.cluster.local', qtype: 'A', rcode: 'NXDOMAIN', answers: [], authority: [soa], authoritative: true });
    expect(out).toContain('status: NXDOMAIN');
    expect(out).toContain('ANSWER: 0, AUTHORITY: 1');
    expect(out).not.toContain('ANSWER SECTION');
    expect(out).toContain(';; AUTHORITY SECTION:\ncluster.local. 30 IN SOA ns.dns.cluster.local. hostmaster.cluster.local. 1700000000 7200 1800 86400 30\n');
  });

  it('marks a forwarded answer with ra and no aa', () => {
    const out = formatDig({ qname: 'example.com', qtype: 'A', rcode: 'NOERROR', answers: [a('example.com.', '203.0.113.5')], recursionAvailable: true });
    expect(out).toContain(';; flags: qr rd ra; QUERY: 1');
    expect(out).not.toContain('WARNING');
  });

  it('+short prints the data only', () => {
    expect(formatDigShort({ answers: [a('x.', '10.0.0.1'), { name: 'y.', type: 'CNAME', ttl: 5, data: 'z.' }] })).toBe('10.0.0.1\nz.\n');
    expect(formatDigShort({ answers: [] })).toBe('');
  });

  it('derives a stable id', () => {
    expect(messageId('a.', 'A')).toBe(messageId('a.', 'A'));
    expect(messageId('a.', 'A')).not.toBe(messageId('a.', 'AAAA'));
    expect(messageId('a.', 'A')).toBeLessThan(65536);
  });
});

describe('resolv.conf', () => {
  it('prints the file of seed 001', () => {
    const rc = { nameservers: ['10.96.0.10'], search: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], options: ['ndots:5'] };
    const text = 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n';
    expect(formatResolvConf(rc)).toBe(text);
    expect(parseResolvConf(text)).toEqual(rc);
  });
  it('leaves out empty lines (dnsPolicy None with only nameservers)', () => {
    expect(formatResolvConf({ nameservers: ['1.1.1.1', '8.8.8.8'], search: [], options: [] })).toBe('nameserver 1.1.1.1\nnameserver 8.8.8.8\n');
  });
});

function svc(name: string, spec: Partial<Service['spec']>, extra: Partial<ServiceRow> = {}, namespace = 'default'): ServiceRow {
  const ports: ServicePort[] = (spec.ports ?? []) as ServicePort[];
  const service: Service = {
    kind: 'Service', apiVersion: 'v1', metadata: meta(name, namespace),
    spec: {
      type: 'ClusterIP', selector: null, clusterIPs: [], ipFamilies: ['IPv4'], externalIPs: [], sessionAffinity: 'None',
      sessionAffinityTimeoutSeconds: 10800, externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster',
      publishNotReadyAddresses: false, loadBalancerSourceRanges: [], allocateLoadBalancerNodePorts: true, ...spec, ports,
    },
    status: { loadBalancer: { ingress: [] } },
  };
  return { service, clusterIPs: [], headless: false, loadBalancerIngress: [], ...extra };
}
const port = (p: number, nodePort?: number, protocol: 'TCP' | 'UDP' = 'TCP'): ServicePort => ({ name: '', protocol, port: p, targetPort: p, nodePort });

describe('kubectl get', () => {
  it('lays out columns as kubectl (seed 001: kubectl get service sample-externalname)', () => {
    const t = servicesTable([svc('sample-externalname', { type: 'ExternalName', externalName: 'external.example.com' })], { age: () => '14s' });
    expect(renderTable(t)).toBe([
      'NAME                  TYPE           CLUSTER-IP   EXTERNAL-IP            PORT(S)   AGE',
      'sample-externalname   ExternalName   <none>       external.example.com   <none>    14s',
      '',
    ].join('\n'));
  });

  it('prints LoadBalancer and ClusterIP services (seed 001: kubectl get services -n ingress-nginx, address unmasked)', () => {
    const t = servicesTable([
      svc('ingress-nginx-controller', { type: 'LoadBalancer', ports: [port(80, 32139), port(443, 32223)] },
        { clusterIPs: ['10.52.2.120'], loadBalancerIngress: [{ ip: '34.64.123.145' }] }, 'ingress-nginx'),
      svc('ingress-nginx-controller-admission', { ports: [port(443)] }, { clusterIPs: ['10.52.11.86'] }, 'ingress-nginx'),
    ], { age: () => '61s' });
    expect(renderTable(t)).toBe([
      'NAME                                 TYPE           CLUSTER-IP    EXTERNAL-IP     PORT(S)                      AGE',
      'ingress-nginx-controller             LoadBalancer   10.52.2.120   34.64.123.145   80:32139/TCP,443:32223/TCP   61s',
      'ingress-nginx-controller-admission   ClusterIP      10.52.11.86   <none>          443/TCP                      61s',
      '',
    ].join('\n'));
  });

  const serviceCases: { name: string; row: ServiceRow; opts?: object; cells: string[] }[] = [
    { name: 'headless', row: svc('db', { clusterIP: 'None', ports: [port(5432)] }, { headless: true }), cells: ['db', 'ClusterIP', 'None', '<none>', '5432/TCP'] },
    { name: 'no ports', row: svc('empty', {}, { clusterIPs: ['10.96.0.20'] }), cells: ['empty', 'ClusterIP', '10.96.0.20', '<none>', '<none>'] },
    { name: 'NodePort UDP', row: svc('dns', { type: 'NodePort', ports: [port(53, 30053, 'UDP')] }, { clusterIPs: ['10.96.0.30'] }), cells: ['dns', 'NodePort', '10.96.0.30', '<none>', '53:30053/UDP'] },
    { name: 'LoadBalancer pending', row: svc('lb', { type: 'LoadBalancer', ports: [port(80, 31000)] }, { clusterIPs: ['10.96.0.40'] }), cells: ['lb', 'LoadBalancer', '10.96.0.40', '<pending>', '80:31000/TCP'] },
    { name: 'externalIPs on ClusterIP', row: svc('ext', { externalIPs: ['192.168.0.99'], ports: [port(80)] }, { clusterIPs: ['10.96.0.50'] }), cells: ['ext', 'ClusterIP', '10.96.0.50', '192.168.0.99', '80/TCP'] },
    {
      name: 'LoadBalancer with two addresses, cut to 16 characters',
      row: svc('two', { type: 'LoadBalancer', ports: [port(80, 31001)] }, { clusterIPs: ['10.96.0.60'], loadBalancerIngress: [{ ip: '203.0.113.11' }, { ip: '203.0.113.10' }] }),
      cells: ['two', 'LoadBalancer', '10.96.0.60', '203.0.113.10,...', '80:31001/TCP'],
    },
    {
      name: 'LoadBalancer with two addresses, -o wide',
      row: svc('two', { type: 'LoadBalancer', selector: { app: 'two', tier: 'web' }, ports: [port(80, 31001)] }, { clusterIPs: ['10.96.0.60'], loadBalancerIngress: [{ ip: '203.0.113.11' }, { ip: '203.0.113.10' }] }),
      opts: { wide: true },
      cells: ['two', 'LoadBalancer', '10.96.0.60', '203.0.113.10,203.0.113.11', '80:31001/TCP', 'app=two,tier=web'],
    },
  ];
  it.each(serviceCases)('service row: $name', ({ row, opts, cells }) => {
    expect(servicesTable([row], opts).rows[0]).toEqual(cells);
  });

  it('puts NAMESPACE first with -A', () => {
    const t = servicesTable([svc('kubernetes', { ports: [port(443)] }, { clusterIPs: ['10.96.0.1'] })], { allNamespaces: true });
    expect(t.headers).toEqual(['NAMESPACE', 'NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)']);
    expect(t.rows[0].slice(0, 2)).toEqual(['default', 'kubernetes']);
  });

  it('prints pods -o wide as kubectl (seed 001: kubectl get pod sample-subdomain -o wide)', () => {
    const t = podsTable([{
      namespace: 'default', name: 'sample-subdomain', ready: true, terminating: false, phase: 'Running', podIP: '10.244.1.5',
      nodeName: 'kind-clusetr-worker3', containers: 1,
    }], { wide: true, age: () => '10s' });
    expect(renderTable(t)).toBe([
      'NAME               READY   STATUS    RESTARTS   AGE   IP           NODE                   NOMINATED NODE   READINESS GATES',
      'sample-subdomain   1/1     Running   0          10s   10.244.1.5   kind-clusetr-worker3   <none>           <none>',
      '',
    ].join('\n'));
  });

  it('prints a not-ready and a terminating pod', () => {
    const base = { namespace: 'default', podIP: '', nodeName: '', containers: 2, phase: 'Running' };
    const t = podsTable([{ ...base, name: 'a', ready: false, terminating: false }, { ...base, name: 'b', ready: true, terminating: true }]);
    expect(t.rows).toEqual([['a', '0/2', 'Running', '0'], ['b', '2/2', 'Terminating', '0']]);
  });

  it('prints ingresses (seed 001: kubectl get ingresses, address unmasked)', () => {
    const ing: Ingress = {
      kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta('sample-ingress'),
      spec: { tls: [{ hosts: ['sample.example.com'], secretName: 'tls-sample' }], rules: [{ host: 'sample.example.com' }, { host: 'sample.example.com' }] },
      status: { loadBalancer: { ingress: [] } },
    };
    const t = ingressesTable([{ ingress: ing, address: [{ ip: '34.64.123.145' }] }], { age: () => '3m36s' });
    expect(renderTable(t)).toBe([
      'NAME             CLASS    HOSTS                                   ADDRESS         PORTS     AGE',
      'sample-ingress   <none>   sample.example.com,sample.example.com   34.64.123.145   80, 443   3m36s',
      '',
    ].join('\n'));
    const plain = { ...ing, spec: { ingressClassName: 'nginx', tls: [], rules: [{ http: { paths: [] } }] } };
    expect(ingressesTable([{ ingress: plain, address: [] }]).rows[0]).toEqual(['sample-ingress', 'nginx', '*', '', '80']);
    const many = { ...ing, spec: { tls: [], rules: ['a', 'b', 'c', 'd', 'e', 'f'].map((h) => ({ host: `${h}.example.com` })) } };
    expect(ingressesTable([{ ingress: many, address: [] }]).rows[0][2]).toBe('a.example.com,b.example.com,c.example.com + 3 more...');
  });

  it('prints endpoints three at a time', () => {
    const ep = {
      kind: 'Endpoints' as const, apiVersion: 'v1', metadata: meta('kuba'),
      subsets: [{ addresses: ['10.76.0.10', '10.76.1.19', '10.76.2.31', '10.76.2.32'].map((ip) => ({ ip })), notReadyAddresses: [], ports: [{ name: '', port: 8080, protocol: 'TCP' as const }] }],
    };
    expect(endpointsTable([ep]).rows[0]).toEqual(['kuba', '10.76.0.10:8080,10.76.1.19:8080,10.76.2.31:8080 + 1 more...']);
    expect(endpointsTable([{ ...ep, subsets: [] }]).rows[0]).toEqual(['kuba', '<none>']);
  });

  it('prints endpointslices', () => {
    const slice = {
      kind: 'EndpointSlice' as const, apiVersion: 'discovery.k8s.io/v1', metadata: meta('web-abcde'), addressType: 'IPv4' as const,
      endpoints: [{ addresses: ['10.244.1.2'], conditions: { ready: true, serving: true, terminating: false } }],
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' as const }],
    };
    expect(endpointSlicesTable([slice]).rows[0]).toEqual(['web-abcde', 'IPv4', '8080', '10.244.1.2']);
    // printers.go formatDiscoveryEndpoints / listWithMoreString: `<unset>` for no endpoints (kubectl never prints `<none>` here).
    expect(endpointSlicesTable([{ ...slice, endpoints: [], ports: [] }]).rows[0]).toEqual(['web-abcde', 'IPv4', '<unset>', '<unset>']);
    expect(endpointSlicesTable([{ ...slice, endpoints: [{ ...slice.endpoints[0], addresses: [] }] }]).rows[0][3]).toBe('<unset>');
  });

  it('prints nodes and ingress classes', () => {
    const nodes = nodesTable([
      { name: 'control-plane', ready: true, unschedulable: false, labels: { 'node-role.kubernetes.io/control-plane': '' }, internalIP: '192.168.0.10' },
      { name: 'worker-1', ready: false, unschedulable: true, labels: {}, internalIP: '192.168.0.11', externalIP: '203.0.113.21' },
    ], { wide: true });
    expect(nodes.rows).toEqual([
      ['control-plane', 'Ready', 'control-plane', '192.168.0.10', '<none>'],
      ['worker-1', 'NotReady,SchedulingDisabled', '<none>', '192.168.0.11', '203.0.113.21'],
    ]);
    const cls: IngressClass = { kind: 'IngressClass', apiVersion: 'networking.k8s.io/v1', metadata: meta('nginx', ''), spec: { controller: 'k8s.io/ingress-nginx' }, isDefault: false };
    expect(renderTable(ingressClassesTable([cls]))).toBe('NAME    CONTROLLER             PARAMETERS\nnginx   k8s.io/ingress-nginx   <none>\n');
  });

  // printers.go printNode / findNodeRoles: SchedulingDisabled is spec.unschedulable alone; ROLES from the labels.
  it.each([
    ['a NotReady node that is not cordoned', { ready: false, unschedulable: false, labels: {} }, ['NotReady', '<none>']],
    ['a tainted worker that is not cordoned', { ready: true, unschedulable: false, labels: {} }, ['Ready', '<none>']],
    ['a cordoned control plane', { ready: true, unschedulable: true, labels: { 'node-role.kubernetes.io/control-plane': '' } }, ['Ready,SchedulingDisabled', 'control-plane']],
    ['a worker role label', { ready: true, unschedulable: false, labels: { 'node-role.kubernetes.io/worker': '' } }, ['Ready', 'worker']],
    ['the legacy master label', { ready: true, unschedulable: false, labels: { 'node-role.kubernetes.io/master': '' } }, ['Ready', 'master']],
    ['several roles, sorted, with kubernetes.io/role', { ready: true, unschedulable: false, labels: { 'node-role.kubernetes.io/worker': '', 'kubernetes.io/role': 'infra', 'node-role.kubernetes.io/': '' } }, ['Ready', 'infra,worker']],
  ])('nodes: %s', (_name, n, [status, roles]) => {
    expect(nodesTable([{ name: 'n', internalIP: '192.168.0.11', ...n }]).rows[0]).toEqual(['n', status, roles]);
  });

  // printers.go printPod: reason := phase, or status.reason; NodeLost + deletionTimestamp → Unknown; Terminating
  // only when the phase is not terminal (IsPodPhaseTerminal).
  it.each<[string, { phase: string; terminating: boolean; reason?: string }, string]>([
    ['a running pod', { phase: 'Running', terminating: false }, 'Running'],
    ['an evicted pod (a dump)', { phase: 'Failed', terminating: false, reason: 'Evicted' }, 'Evicted'],
    ['a deleted running pod', { phase: 'Running', terminating: true }, 'Terminating'],
    ['a deleted pod that had succeeded', { phase: 'Succeeded', terminating: true }, 'Succeeded'],
    ['a deleted pod on a lost node', { phase: 'Running', terminating: true, reason: 'NodeLost' }, 'Unknown'],
  ])('pods STATUS: %s', (_name, p, want) => {
    const row = { namespace: 'default', name: 'p', ready: false, podIP: '', nodeName: '', containers: 1, ...p };
    expect(podsTable([row]).rows[0][2]).toBe(want);
  });

  // printers.go formatHosts: max := 3.
  it.each([
    [['a', 'b', 'c'], 'a,b,c'],
    [['a', 'b', 'c', 'd'], 'a,b,c + 1 more...'],
    [['a', '', 'b', 'c', 'd'], 'a,b,c + 2 more...'],
    [['', ''], '*'],
  ])('ingress HOSTS of %j', (hosts, want) => {
    const ing: Ingress = {
      kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta('i'),
      spec: { tls: [], rules: hosts.map((h) => (h ? { host: h } : {})) }, status: { loadBalancer: { ingress: [] } },
    };
    expect(ingressesTable([{ ingress: ing, address: [] }]).rows[0][2]).toBe(want);
  });

  // printers.go formatEndpoints: `<none>` only without subsets; no ready address prints nothing; net.JoinHostPort.
  it.each([
    ['no subsets', [], '<none>'],
    ['only not-ready addresses', [{ addresses: [], notReadyAddresses: [{ ip: '10.244.1.5' }], ports: [{ name: '', port: 80, protocol: 'TCP' as const }] }], ''],
    ['IPv6', [{ addresses: [{ ip: 'fd00:10:244:1::5' }], notReadyAddresses: [], ports: [{ name: '', port: 80, protocol: 'TCP' as const }] }], '[fd00:10:244:1::5]:80'],
    ['no ports', [{ addresses: [{ ip: '10.244.1.5' }], notReadyAddresses: [], ports: [] }], '10.244.1.5'],
  ])('endpoints: %s', (_name, subsets, want) => {
    expect(endpointsTable([{ kind: 'Endpoints', apiVersion: 'v1', metadata: meta('e'), subsets }]).rows[0][1]).toBe(want);
  });

  // printers.go formatDiscoveryPorts: a port without a number prints its name, else `*`.
  it.each([
    [[{ name: 'http', protocol: 'TCP' as const }], 'http'],
    [[{ name: '', protocol: 'TCP' as const }], '*'],
    [[{ name: 'a', port: 80, protocol: 'TCP' as const }, { name: '', protocol: 'TCP' as const }, { name: 'c', port: 82, protocol: 'TCP' as const }, { name: 'd', port: 83, protocol: 'TCP' as const }], '80,*,82 + 1 more...'],
  ])('endpointslice PORTS of %j', (ports, want) => {
    const slice = { kind: 'EndpointSlice' as const, apiVersion: 'discovery.k8s.io/v1', metadata: meta('s'), addressType: 'IPv4' as const, endpoints: [], ports };
    expect(endpointSlicesTable([slice]).rows[0][2]).toBe(want);
  });

  it('helpers', () => {
    expect(abbreviate([])).toBe('<none>');
    expect(abbreviate(['a', 'b', 'c', 'd', 'e'])).toBe('a,b,c + 2 more...');
    expect(loadBalancerStatus([{ hostname: 'lb.example.com' }, { ip: '1.2.3.4' }], true)).toBe('1.2.3.4,lb.example.com');
    expect(formatTable(['A', 'B'], [['x', 'y']])).toBe('A     B\nx     y\n');
  });
});

describe('nslookup and host', () => {
  const ok = { name: 'web', rcode: 'NOERROR', answers: [a('web.default.svc.cluster.local.', '10.96.0.15')], server: '10.96.0.10', authoritative: true };
  it('prints nslookup', () => {
    expect(formatNslookup(ok)).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.0.15\n\n');
    expect(formatNslookup({ ...ok, rcode: 'NXDOMAIN', answers: [] })).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find web: NXDOMAIN\n\n");
    const cname = { ...ok, authoritative: false, answers: [{ name: 'x.default.svc.cluster.local.', type: 'CNAME' as const, ttl: 30, data: 'example.com.' }, a('example.com.', '203.0.113.5')] };
    expect(formatNslookup(cname)).toContain('Non-authoritative answer:\nx.default.svc.cluster.local\tcanonical name = example.com.\nName:\texample.com\nAddress: 203.0.113.5\n');
  });
  it('prints host', () => {
    expect(formatHost(ok)).toBe('web.default.svc.cluster.local has address 10.96.0.15\n');
    expect(formatHost({ ...ok, rcode: 'NXDOMAIN', answers: [] })).toBe('Host web not found: 3(NXDOMAIN)\n');
    expect(formatHost({ ...ok, answers: [] })).toBe('web has no A record\n');
  });
  it('lists queries in order', () => {
    expect(formatQueries([
      { name: 'web.default.svc.cluster.local.', type: 'A', rcode: 'NOERROR' },
      { name: 'web.', type: 'A', rcode: 'NXDOMAIN', server: '10.96.0.10' },
    ])).toBe(';; 1. web.default.svc.cluster.local. A  NOERROR\n;; 2. web. A                            @10.96.0.10 NXDOMAIN\n');
    expect(formatQueries([])).toBe('');
  });
});

describe('curl -v', () => {
  const view: CurlView = {
    method: 'GET', url: 'http://203.0.113.10/path1/', host: '203.0.113.10', port: 80, path: '/path1/', scheme: 'http', ip: '203.0.113.10',
    requestHeaders: [['Host', 'sample.example.com'], ['User-Agent', 'curl/8.5.0'], ['Accept', '*/*']], connected: true, status: 200,
    responseHeaders: [['Content-Type', 'text/plain']],
    body: 'Host=sample.example.com  Path=/path1/  From=sample-ingress-apps-1  ClientIP=10.244.0.5  XFF=198.51.100.7',
  };
  it('prints a request that got a response', () => {
    expect(formatCurlVerbose(view)).toBe([
      '*   Trying 203.0.113.10:80...',
      '* Connected to 203.0.113.10 (203.0.113.10) port 80',
      '> GET /path1/ HTTP/1.1',
      '> Host: sample.example.com',
      '> User-Agent: curl/8.5.0',
      '> Accept: */*',
      '> ',
      '< HTTP/1.1 200 OK',
      '< Content-Type: text/plain',
      '< ',
      'Host=sample.example.com  Path=/path1/  From=sample-ingress-apps-1  ClientIP=10.244.0.5  XFF=198.51.100.7',
      '* Connection #0 to host 203.0.113.10 left intact',
      '',
    ].join('\n'));
    expect(formatCurlPlain(view)).toBe(`${view.body}\n`);
  });
  it('prints the failures as curl does', () => {
    expect(formatCurlVerbose({ ...view, ip: undefined, host: 'nope.example.com', connected: false, status: undefined }))
      .toBe('* Could not resolve host: nope.example.com\n* Closing connection\ncurl: (6) Could not resolve host: nope.example.com\n');
    expect(formatCurlVerbose({ ...view, connected: false, status: undefined })).toContain(
      '* connect to 203.0.113.10 port 80 failed: Connection refused\n* Closing connection\ncurl: (7) Failed to connect to 203.0.113.10 port 80 after 0 ms: Couldn\'t connect to server\n',
    );
    expect(formatCurlVerbose({ ...view, connected: false, status: undefined, error: { code: 28, message: 'Connection timed out after 3000 milliseconds' } }))
      .toContain('failed: Connection timed out\n* Closing connection\ncurl: (28) Connection timed out after 3000 milliseconds\n');
    expect(formatCurlVerbose({ ...view, status: 503, body: '' })).toContain('< HTTP/1.1 503 Service Unavailable\n');
  });
});

describe('diagnostics', () => {
  const d = { severity: 'error' as const, code: 'yaml/syntax', message: 'bad indentation', range: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } } };
  it('prints FILE:LINE:COL: severity code: message', () => {
    expect(formatDiagnostic('app.yaml', d)).toBe('app.yaml:3:5: error yaml/syntax: bad indentation');
    expect(formatDiagnostic('<stdin>', { ...d, range: undefined })).toBe('<stdin>: error yaml/syntax: bad indentation');
  });
  it('summarises', () => {
    const c = countDiagnostics([d, d, { ...d, severity: 'warning' }, { ...d, severity: 'info' }]);
    expect(formatSummary(c)).toBe('2 errors, 1 warning, 1 note');
    expect(formatSummary(countDiagnostics([]))).toBe('no problems found');
  });
});

describe('curl --repeat summary', () => {
  it('prints one line per request and the spread over pods', () => {
    expect(formatCurlSummary([
      { status: 200, outcome: 'delivered', pod: 'default/web-a', endpoint: '10.244.1.2:8080', clientIPSeen: '192.168.0.11' },
      { status: null, outcome: 'timeout', pod: null, endpoint: null, clientIPSeen: null },
      { status: 200, outcome: 'delivered', pod: 'default/web-a', endpoint: '10.244.1.2:8080', clientIPSeen: '192.168.0.11' },
    ])).toBe([
      '#  STATUS  OUTCOME    POD            ENDPOINT         CLIENT-IP-SEEN',
      '1  200     delivered  default/web-a  10.244.1.2:8080  192.168.0.11',
      '2  -       timeout    -              -                -',
      '3  200     delivered  default/web-a  10.244.1.2:8080  192.168.0.11',
      '',
      '3 requests: default/web-a ×2, (timeout) ×1',
      '',
    ].join('\n'));
  });
});
