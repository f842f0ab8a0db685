import { describe, expect, it } from 'vitest';
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
    { name: 'kubectl get svc', line: 'kubectl get svc', exitCode: 0, output: [/^NAME\s+TYPE\s+CLUSTER-IP/, /^web\s+ClusterIP/m, /^db\s+ClusterIP\s+None/m] },
    { name: 'kubectl get several kinds prefixes names', line: 'kubectl get svc,pods', exitCode: 0, output: [/^service\/web /m, /^pod\/db-0 /m] },
    { name: 'kubectl get -A adds NAMESPACE', line: 'kubectl get pods -A', exitCode: 0, output: [/^NAMESPACE\s+NAME/, /^kube-system\s+coredns/m] },
    { name: 'kubectl get -o wide pods shows IP and NODE', line: 'kubectl get pods -o wide', exitCode: 0, output: [/IP\s+NODE/] },
    { name: 'kubectl get in an empty namespace', line: 'kubectl get pods -n nothing-here', exitCode: 0, output: [/^No resources found in nothing-here namespace\.$/m] },
    { name: 'kubectl get a missing name', line: 'kubectl get svc nope', exitCode: 1, output: [/NotFound/] },
    { name: 'kubectl get nodes', line: 'kubectl get nodes', exitCode: 0, output: [/control-plane/] },
    { name: 'exec into a pod that does not exist', line: 'kubectl exec ghost -- dig web', exitCode: 1, output: [/pods "ghost" not found/] },
  ];
  it.each(cases)('$name', ({ line, exitCode, output, steps }) => {
    const r = run(line);
    for (const re of output) expect(r.output).toMatch(re);
    expect(r.exitCode).toBe(exitCode);
    if (steps) expect(r.trace?.steps.length).toBeGreaterThan(0);
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
