/**
 * Pods the API server refuses although their template was accepted: a hostNetwork template repeating a
 * containerPort. SetDefaults_Pod gives a hostNetwork pod's ports hostPort = containerPort, a template's are left
 * alone since Kubernetes 1.28 (DefaultHostNetworkHostPortsInPodTemplates off, pkg/apis/core/v1/defaults.go), and
 * checkHostPortConflicts (pkg/apis/core/validation/validation.go) rejects the pod. Event texts:
 * controller.CreatePodsWithGenerateName ("Error creating: %v") and stateful_pod_control.go recordPodEvent.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { invalidPodMessage, podCreateErrors } from './create';

const workload = (kind: 'Deployment' | 'StatefulSet', spec: string, extra = '') => `apiVersion: apps/v1
kind: ${kind}
metadata: { name: web }
spec:
  replicas: 2
${kind === 'StatefulSet' ? '  serviceName: web\n' : ''}  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
${spec}
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { clusterIP: None, selector: { app: web }, ports: [{ port: 80 }] }
${extra}`;

const twoOn80 = '      hostNetwork: true\n      containers:\n      - { name: a, image: nginx, ports: [{ containerPort: 80 }] }\n      - { name: b, image: nginx, ports: [{ containerPort: 80 }] }\n';
const failed = (text: string) => simulate(text).diagnostics.filter((d) => d.code === 'cluster/workload-failed-create');
const podsOf = (text: string) => simulate(text).cluster.pods.filter((p) => p.namespace === 'default').map((p) => p.name);

describe('a workload whose pods the API server refuses (FailedCreate)', () => {
  it('a Deployment: accepted with the duplicate-port warning, no pods, and the ReplicaSet controller\'s event', () => {
    const text = workload('Deployment', twoOn80);
    const sim = simulate(text);
    expect(sim.rejected).toEqual([]);
    expect(podsOf(text)).toEqual([]);
    const [d] = failed(text);
    expect(d).toMatchObject({ severity: 'warning', object: 'Deployment/default/web', field: ['spec', 'template', 'spec'] });
    expect(d.params.on).toMatch(/^ReplicaSet default\/web-[a-z0-9]+$/);
    expect(d.message).toContain(`replicaset-controller records FailedCreate on ${d.params.on}: Error creating: Pod "web-`);
    expect(d.params.event).toMatch(/^Error creating: Pod "web-[a-z0-9]+-[a-z0-9]{5}" is invalid: spec\.containers\[1\]\.ports\[0\]\.hostPort: Duplicate value: "TCP\/\/80"$/);
    expect(d.range?.start.line).toBe(9);
    expect(sim.cluster.endpointSlices.filter((s) => s.metadata.namespace === 'default' && s.metadata.labels['kubernetes.io/service-name'] === 'web')
      .flatMap((s) => s.endpoints)).toEqual([]);
  });

  it('a StatefulSet: the first missing ordinal is named; a pod of the set already in the text is still adopted', () => {
    const existing = '---\napiVersion: v1\nkind: Pod\nmetadata: { name: web-1, labels: { app: web } }\nspec: { containers: [{ name: a, image: nginx }] }\n';
    const text = workload('StatefulSet', twoOn80, existing);
    expect(podsOf(text)).toEqual(['web-1']);
    expect(failed(text).map((d) => d.params.event)).toEqual([
      'create Pod web-0 in StatefulSet web failed error: Pod "web-0" is invalid: spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//80"',
    ]);
  });

  it.each([
    ['without hostNetwork the ports are not host ports', twoOn80.replace('      hostNetwork: true\n', '')],
    ['different protocols do not collide', twoOn80.replace('{ containerPort: 80 }] }\n      - ', '{ containerPort: 80, protocol: UDP }] }\n      - ')],
    ['different hostIPs do not collide', twoOn80.replace('{ containerPort: 80 }] }\n      - ', '{ containerPort: 80, hostIP: 10.0.0.1 }] }\n      - ')],
    ['an init container is checked alone, not with the containers', '      hostNetwork: true\n      initContainers:\n      - { name: i, image: x, ports: [{ containerPort: 80 }] }\n      containers:\n      - { name: a, image: nginx, ports: [{ containerPort: 80 }] }\n'],
  ])('pods are created when %s', (_n, spec) => {
    const text = workload('Deployment', spec);
    expect(failed(text)).toEqual([]);
    expect(podsOf(text)).toHaveLength(2);
  });

  it('an init container repeating a port is named initContainers[0] whichever it is (upstream checks each as a list of one)', () => {
    const spec = '      hostNetwork: true\n      initContainers:\n      - { name: i, image: x }\n      - { name: j, image: x, ports: [{ containerPort: 53, protocol: UDP }, { containerPort: 53, protocol: UDP }] }\n      containers:\n      - { name: a, image: nginx }\n';
    // The template has the same duplicate written as containerPorts: accepted (warned); only the pod is refused.
    expect(failed(workload('Deployment', spec)).map((d) => String(d.params.event).replace(/^.* is invalid: /, ''))).toEqual([
      'spec.initContainers[0].ports[1].hostPort: Duplicate value: "UDP//53"',
    ]);
  });

  it('several errors print in brackets, as an aggregate does', () => {
    expect(invalidPodMessage('p', ['a: x', 'b: y'])).toBe('Pod "p" is invalid: [a: x, b: y]');
    expect(podCreateErrors({
      hostNetwork: true, dnsPolicy: 'ClusterFirst', setHostnameAsFQDN: false, nodeSelector: {},
      containers: [
        { name: 'a', ports: [{ containerPort: 80, protocol: 'TCP', hostPort: 80 }, { containerPort: 443, protocol: 'TCP', hostPort: 443 }] },
        { name: 'b', ports: [{ containerPort: 80, protocol: 'TCP', hostPort: 80 }, { containerPort: 443, protocol: 'TCP', hostPort: 443 }] },
      ],
    })).toEqual([
      'spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//80"',
      'spec.containers[1].ports[1].hostPort: Duplicate value: "TCP//443"',
    ]);
  });
});
