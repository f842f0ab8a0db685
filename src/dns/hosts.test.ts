/**
 * /etc/hosts in a pod (pkg/kubelet/kubelet_pods.go managedHostsFileContent / nodeHostsFileContent;
 * https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/), getaddrinfo reading it before DNS
 * (nsswitch `hosts: files dns`), and loopback connections staying in the pod.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { curl } from '../request/curl';
import { pod as testPod } from '../request/testing';
import { resolve } from './dig';
import { hostsFile, lookupHosts, podHostsFile } from './index';

const YAML = `
apiVersion: v1
kind: Service
metadata: { name: sub }
spec: { clusterIP: None, selector: { app: sub }, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: np }
spec: { type: NodePort, selector: { app: sub }, ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: sp1, labels: { app: sub } }
spec:
  hostname: alpha
  subdomain: sub
  nodeName: worker-1
  containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }]
---
apiVersion: v1
kind: Pod
metadata: { name: client }
spec: { nodeName: worker-2, containers: [{ name: c, image: busybox }] }
---
apiVersion: v1
kind: Pod
metadata: { name: hn }
spec: { nodeName: worker-2, hostNetwork: true, containers: [{ name: c, image: busybox }] }`;

const sim = simulate(YAML);
const ipOf = (name: string) => sim.cluster.pods.find((p) => p.name === name)?.podIP ?? '';

describe('the kubelet-managed /etc/hosts', () => {
  it('localhost lines, then <podIP> <hostname>.<subdomain>.<ns>.svc.<zone> <hostname>', () => {
    const f = hostsFile(sim, 'default/sp1');
    if ('error' in f) throw new Error(f.error.message);
    expect(f.text).toBe([
      '# Kubernetes-managed hosts file.',
      '127.0.0.1\tlocalhost',
      '::1\tlocalhost ip6-localhost ip6-loopback',
      'fe00::0\tip6-localnet',
      'fe00::0\tip6-mcastprefix',
      'fe00::1\tip6-allnodes',
      'fe00::2\tip6-allrouters',
      `${ipOf('sp1')}\talpha.sub.default.svc.cluster.local\talpha`,
      '',
    ].join('\n'));
  });

  it('without a subdomain the line is just <podIP> <pod name>', () => {
    const f = hostsFile(sim, 'client');
    expect('text' in f && f.text).toContain(`${ipOf('client')}\tclient\n`);
  });

  it('a hostNetwork pod gets the node\'s file (localhost and the node\'s name), not a managed one', () => {
    const f = hostsFile(sim, 'default/hn');
    if ('error' in f) throw new Error(f.error.message);
    expect(f.hostNetwork).toBe(true);
    expect(f.text.split('\n')[0]).toBe('# Kubernetes-managed hosts file (host network).');
    expect(f.text).toContain('192.168.0.12\tworker-2');
    expect(f.text).not.toContain('ip6-allnodes');
  });

  it('spec.hostAliases become a trailing section', () => {
    const p = testPod({ name: 'aliased', ip: '10.244.1.9' });
    const withAliases = { ...p, pod: { ...p.pod, spec: { ...p.pod.spec, hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local', 'bar.local'] }] } } };
    const f = podHostsFile(withAliases, undefined, 'cluster.local');
    expect(f.text.endsWith('\n# Entries added by HostAliases.\n127.0.0.1\tfoo.local\tbar.local\n')).toBe(true);
    expect(lookupHosts(f, 'FOO.local', 'A').map((l) => l.ip)).toEqual(['127.0.0.1']);
  });

  it('an unknown pod is an error', () => expect(hostsFile(sim, 'default/nope')).toHaveProperty('error.code', 'dns.error.podNotFound'));
});

describe('getaddrinfo reads /etc/hosts before DNS (hosts: files dns)', () => {
  it('localhost: 127.0.0.1 (and ::1 for AF_UNSPEC) with no DNS query', () => {
    const t = resolve(sim, { name: 'localhost', from: 'default/client' });
    expect(t.outcome).toMatchObject({ rcode: 'NOERROR', addresses: ['127.0.0.1', '::1'], queries: [] });
    expect(t.steps.map((s) => s.message)).toContain('dns.hosts.found');
    expect(t.steps.some((s) => s.kind === 'dns.query')).toBe(false);
    expect(resolve(sim, { name: 'localhost', type: 'A', from: 'default/client' }).outcome.addresses).toEqual(['127.0.0.1']);
  });

  it('the pod\'s own hostname and FQDN come from the file', () => {
    expect(resolve(sim, { name: 'alpha', type: 'A', from: 'default/sp1' }).outcome).toMatchObject({ addresses: [ipOf('sp1')], queries: [] });
    expect(resolve(sim, { name: 'alpha.sub.default.svc.cluster.local', type: 'A', from: 'default/sp1' }).outcome.queries).toEqual([]);
  });

  it('a name not in the file goes on to DNS, and the trace says so', () => {
    const t = resolve(sim, { name: 'np', type: 'A', from: 'default/client' });
    expect(t.steps.map((s) => s.message)).toContain('dns.hosts.miss');
    expect(t.outcome.queries.length).toBeGreaterThan(0);
  });

  it('a hostNetwork pod finds its node\'s name', () => {
    expect(resolve(sim, { name: 'worker-2', type: 'A', from: 'default/hn' }).outcome).toMatchObject({ addresses: ['192.168.0.12'], queries: [] });
  });
});

describe('loopback: 127.0.0.1 and localhost are the pod itself', () => {
  it('delivered when the pod listens', () => {
    for (const url of ['http://127.0.0.1:8080/', 'http://localhost:8080/']) {
      const t = curl(sim, { from: 'default/sp1', url });
      expect(t.outcome, url).toMatchObject({ outcome: 'delivered', pod: 'default/sp1', clientIPSeen: '127.0.0.1' });
      expect(t.steps.some((s) => s.kind === 'proxy.select'), url).toBe(false);
    }
  });

  it('refused — never a timeout — when nothing listens (a pod without containerPorts is assumed to listen on 80)', () => {
    expect(curl(sim, { from: 'default/client', url: 'http://localhost/' }).outcome).toMatchObject({ outcome: 'delivered', pod: 'default/client' });
    expect(curl(sim, { from: 'default/sp1', url: 'http://127.0.0.1:9999/' }).outcome).toMatchObject({ outcome: 'refused', reason: 'pod-port-closed' });
  });

  it('a hostNetwork pod\'s loopback is the node\'s: a NodePort on localhost works (iptables mode)', () => {
    expect(curl(sim, { from: 'default/hn', url: 'http://127.0.0.1:30080/' }).outcome).toMatchObject({ outcome: 'delivered', pod: 'default/sp1' });
    expect(curl(sim, { from: 'worker-2', url: 'http://localhost:30080/' }).outcome).toMatchObject({ outcome: 'delivered', pod: 'default/sp1' });
    expect(curl(sim, { from: 'default/hn', url: 'http://127.0.0.1:9999/' }).outcome).toMatchObject({ outcome: 'refused', reason: 'node-port-closed' });
  });
});
