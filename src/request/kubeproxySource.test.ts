/**
 * Who kube-proxy thinks sent a packet, and what MASQUERADE writes as its source:
 * - the local-traffic detector is `-s <clusterCIDR>` (localDetector.IfLocal, pkg/proxy/iptables/proxier.go):
 *   a hostNetwork pod sends from its node's address, so it is node traffic, not pod traffic;
 * - MASQUERADE takes the outgoing interface's address: the node's pod-network gateway (first address of its
 *   pod CIDR) for an endpoint pod on the same node, its InternalIP otherwise
 *   (https://kubernetes.io/docs/tutorials/services/source-ip/: `client_address=10.180.1.1`).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { renderMessage } from '../messages/index';
import { curl } from './curl';

const YAML = `
apiVersion: v1
kind: Service
metadata: { name: np }
spec:
  type: NodePort
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }]
---
apiVersion: v1
kind: Service
metadata: { name: nplocal }
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080, nodePort: 30081 }]
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web } }
spec: { nodeName: worker-1, containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }] }
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
const nodeIP = (name: string) => sim.cluster.nodes.find((n) => n.name === name)?.internalIP ?? '';
const podIP = (name: string) => sim.cluster.pods.find((p) => p.name === name)?.podIP ?? '';
const gatewayOf = (name: string) => (sim.cluster.nodes.find((n) => n.name === name)?.podCIDR ?? '').replace(/\.0\/\d+$/, '.1');
const messages = (t: ReturnType<typeof curl>) => t.steps.map((s) => s.message);

describe('a hostNetwork pod is node traffic for kube-proxy (-s <clusterCIDR>)', () => {
  it('ETP Local on another node without endpoints: a pod is short-circuited, a hostNetwork pod is dropped like any outside source', () => {
    const cp = nodeIP('control-plane');
    expect(curl(sim, { from: 'default/client', url: `http://${cp}:30081` }).outcome).toMatchObject({ outcome: 'delivered', clientIPSeen: podIP('client') });
    expect(curl(sim, { from: 'default/hn', url: `http://${cp}:30081` }).outcome).toMatchObject({ outcome: 'dropped', reason: 'no-local-endpoints-external' });
  });

  it('ETP Local on its own node: masqueraded as node-local traffic (a pod keeps its IP)', () => {
    const own = nodeIP('worker-2');
    const hn = curl(sim, { from: 'default/hn', url: `http://${own}:30081` });
    expect(hn.outcome).toMatchObject({ outcome: 'delivered', clientIPSeen: own });
    expect(messages(hn)).toContain('proxy.snat.node-local-source');
    const pod = curl(sim, { from: 'default/client', url: `http://${own}:30081` });
    expect(pod.outcome.clientIPSeen).toBe(podIP('client'));
    expect(messages(pod)).not.toContain('proxy.snat.node-local-source');
  });

  it('a cluster IP from a hostNetwork pod is masqueraded (clusterip-from-outside); from a pod it is not', () => {
    const vip = sim.cluster.services.find((s) => s.name === 'np')?.clusterIPs[0];
    const hn = curl(sim, { from: 'default/hn', url: `http://${vip}` });
    expect(messages(hn)).toContain('proxy.snat.clusterip-from-outside');
    expect(hn.outcome.clientIPSeen).toBe(nodeIP('worker-2'));
    expect(curl(sim, { from: 'default/client', url: `http://${vip}` }).outcome.clientIPSeen).toBe(podIP('client'));
  });

  it('leaving the cluster, a hostNetwork pod is not masqueraded again', () => {
    const t = curl(sim, { from: 'default/hn', url: 'http://192.168.0.2:53' });
    expect(messages(t)).not.toContain('request.snat.egress');
  });
});

describe('MASQUERADE source: pod-network gateway for a same-node endpoint, InternalIP otherwise', () => {
  it('NodePort (ETP Cluster) answered by a pod on the same node: the pod sees the node\'s gateway .1', () => {
    const t = curl(sim, { from: 'lan', url: `http://${nodeIP('worker-1')}:30080` });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web-1', clientIPSeen: gatewayOf('worker-1') });
    const snat = t.steps.find((s) => s.message === 'proxy.snat.external-policy-cluster');
    expect(snat?.params).toMatchObject({ addressKey: 'proxy.snat.address.local', after: `${gatewayOf('worker-1')}:${snat?.packet?.src.port}` });
    expect(snat && renderMessage(snat.message, snat.params)).toContain('pod-network gateway, the first address of its pod CIDR');
  });

  it('NodePort (ETP Cluster) answered by a pod on another node: the pod sees that node\'s InternalIP', () => {
    const t = curl(sim, { from: 'lan', url: `http://${nodeIP('worker-2')}:30080` });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web-1', clientIPSeen: nodeIP('worker-2') });
    expect(t.steps.find((s) => s.message === 'proxy.snat.external-policy-cluster')?.params.addressKey).toBe('proxy.snat.address.remote');
  });

  it('hairpin (a pod reaching itself through its Service) also shows the gateway', () => {
    const vip = sim.cluster.services.find((s) => s.name === 'np')?.clusterIPs[0];
    const t = curl(sim, { from: 'default/web-1', url: `http://${vip}` });
    expect(messages(t)).toContain('proxy.snat.hairpin');
    expect(t.outcome.clientIPSeen).toBe(gatewayOf('worker-1'));
  });
});
