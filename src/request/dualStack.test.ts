/**
 * IPv6 address literals in curl URLs and dual-stack Services, YAML in → outcome out.
 * Sources: curl's URL parser takes an IPv6 address only between brackets (lib/urlapi.c) and connects to it
 * without a lookup; kube-proxy runs one proxier per family and hands each EndpointSlice to the proxier of its
 * addressType (pkg/proxy/metaproxier/meta_proxier.go); a socket with no source address of the destination's
 * family fails with ENETUNREACH ("Network is unreachable", as curl -v prints it).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { curlView } from '../format/curl';
import { curl } from './curl';
import { hostForHeader, parseRequestUrl } from './url';

const WORLD = `apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  cluster:
    serviceCIDRs: [10.96.0.0/12, "fd00:10:96::/112"]
---
`;

/** A dual-stack Service; `web` has an address of each family when `dualPods`, the client too. */
const scenario = (dualPods: boolean) => `${WORLD}apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  ipFamilyPolicy: RequireDualStack
  selector: { app: web }
  ports: [{ port: 80 }]
---
apiVersion: v1
kind: Pod
metadata: { name: web, labels: { app: web } }
spec:
  nodeName: worker-1
  containers: [{ name: c, image: echo, ports: [{ containerPort: 80 }] }]
${dualPods ? 'status:\n  podIP: 10.244.1.20\n  podIPs: [{ ip: 10.244.1.20 }, { ip: "fd00:10:244:1::20" }]\n' : ''}---
apiVersion: v1
kind: Pod
metadata: { name: client }
spec:
  nodeName: worker-2
  containers: [{ name: c, image: curl }]
${dualPods ? 'status:\n  podIP: 10.244.2.30\n  podIPs: [{ ip: 10.244.2.30 }, { ip: "fd00:10:244:2::30" }]\n' : ''}`;

function clusterIPs(sim: ReturnType<typeof simulate>): { v4: string; v6: string } {
  const ips = sim.cluster.services.find((s) => s.name === 'web')!.service.spec.clusterIPs;
  return { v4: ips.find((ip) => !ip.includes(':'))!, v6: ips.find((ip) => ip.includes(':'))! };
}

describe('curl URLs with an IPv6 address (lib/urlapi.c)', () => {
  it('reads the address between brackets, and refuses brackets around anything else', () => {
    expect(parseRequestUrl('http://[FD00::1]:8080/x')).toMatchObject({ host: 'fd00::1', port: 8080, path: '/x', ipv6: true });
    expect(parseRequestUrl('http://web/')).toMatchObject({ host: 'web', ipv6: false });
    expect(parseRequestUrl('http://[web]/')).toBeNull();
  });
  it('writes the Host header as curl 7.88.1 does: brackets, and no default port even when the URL has one (lib/http.c)', () => {
    const host = (u: string) => hostForHeader(parseRequestUrl(u)!);
    expect(host('http://web:80/')).toBe('web');
    expect(host('https://web:443/')).toBe('web');
    expect(host('http://web:443/')).toBe('web:443');
    expect(host('http://[::1]:18080/')).toBe('[::1]:18080');
    expect(host('http://[::1]/')).toBe('[::1]');
  });
  it('sends `curl http://web:80/` with Host: web, as the echoing pod shows', () => {
    const sim = simulate(scenario(false));
    const t = curl(sim, { from: 'default/client', url: 'http://web.default.svc.cluster.local:80/' });
    expect(t.outcome.body).toContain('Host=web.default.svc.cluster.local ');
  });
});

describe('dual-stack Services: each family has its own proxier and endpoints (meta_proxier.go)', () => {
  it('a pod with only an IPv4 address cannot reach the IPv6 clusterIP: Network is unreachable, no DNS asked', () => {
    const sim = simulate(scenario(false));
    const { v6 } = clusterIPs(sim);
    const t = curl(sim, { from: 'default/client', url: `http://[${v6}]/` });
    expect(t.outcome).toMatchObject({ outcome: 'refused', reason: 'network-unreachable', connectedTo: `[${v6}]:80` });
    expect(t.steps.some((s) => s.dns)).toBe(false);
    expect(t.steps.map((s) => s.message)).toContain('request.drop.network-unreachable');
    const v = curlView({ method: 'GET', url: `http://[${v6}]/`, scheme: 'http', host: v6, port: 80, path: '/', headers: [] }, t);
    expect(v).toMatchObject({ ip: v6, connected: false, connectFailure: 'Network is unreachable' });
  });
  it('a pod with both families reaches the IPv6 clusterIP on the IPv6 endpoint, and the IPv4 one on the IPv4 endpoint', () => {
    const sim = simulate(scenario(true));
    const { v4, v6 } = clusterIPs(sim);
    const six = curl(sim, { from: 'default/client', url: `http://[${v6}]/` });
    expect(six.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web', endpoint: '[fd00:10:244:1::20]:80', clientIPSeen: 'fd00:10:244:2::30' });
    expect(six.outcome.body).toContain(`Host=[${v6}] `);
    // Only the IPv6 slice's endpoint is a candidate (the IPv4 one belongs to the other proxier).
    expect(six.steps.find((s) => s.message === 'proxy.select')?.params.candidates).toBe('[fd00:10:244:1::20]:80');
    const four = curl(sim, { from: 'default/client', url: `http://${v4}/` });
    expect(four.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web', endpoint: '10.244.1.20:80', clientIPSeen: '10.244.2.30' });
    expect(four.steps.find((s) => s.message === 'proxy.select')?.params.candidates).toBe('10.244.1.20:80');
  });
});
