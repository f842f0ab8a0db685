/** checkGoal answers every goal kind with what it observed, and fills placeholders from the simulation. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { checkGoal, checkGoals } from './check';
import { expandPlaceholders, expandPlaceholdersDetailed } from './placeholders';

const SCENARIO = `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  type: NodePort
  selector: { app: web }
  ports: [{ port: 80, nodePort: 30080 }]
---
apiVersion: v1
kind: Pod
metadata: { name: web, labels: { app: web } }
spec:
  containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }]
---
apiVersion: v1
kind: Pod
metadata: { name: client }
spec:
  containers: [{ name: sh, image: busybox }]
`;
const sim = simulate(SCENARIO);

describe('checkGoal', () => {
  it('curl: every expected field must match, and the actual line says what differed', () => {
    expect(checkGoal(sim, { kind: 'curl', from: 'lan', url: 'http://192.168.0.11:30080/', expect: { outcome: 'delivered', podPrefix: 'web' } }).met).toBe(true);
    const r = checkGoal(sim, { kind: 'curl', from: 'lan', url: 'http://192.168.0.11:30080/', expect: { clientIPSeen: '192.168.0.50' } });
    expect(r.met).toBe(false);
    expect(r.actual).toContain('clientIPSeen differ');
  });

  it('curl: a placeholder the cluster cannot fill is an unmet goal, not an exception', () => {
    const r = checkGoal(sim, { kind: 'curl', from: 'internet', url: 'http://{lb:default/web}/', expect: { outcome: 'delivered' } });
    expect(r).toMatchObject({ met: false, actual: 'no address yet for {lb:default/web}' });
  });

  it('dig: answers compared as a set', () => {
    const ip = sim.cluster.services.find((s) => s.name === 'web')?.clusterIPs[0] ?? '';
    expect(checkGoal(sim, { kind: 'dig', name: 'web.default.svc.cluster.local', expect: { rcode: 'NOERROR', answerData: [ip] } }).met).toBe(true);
    expect(checkGoal(sim, { kind: 'dig', name: 'nope.default.svc.cluster.local', expect: { rcode: 'NOERROR' } }).actual).toBe('NXDOMAIN, no answer');
  });

  it('resolve: query counts include the search-list misses', () => {
    const r = checkGoal(sim, { kind: 'resolve', name: 'web.default', from: 'default/client', type: 'A', expect: { rcode: 'NOERROR', maxQueries: 1 } });
    expect(r.met).toBe(false);
    expect(r.actual).toMatch(/after 2 queries$/);
  });

  it('diagnostic-absent', () => {
    const broken = simulate(SCENARIO.replace('selector: { app: web }', 'selector: { app: webapp }'));
    expect(checkGoal(broken, { kind: 'diagnostic-absent', code: 'service/selector-matches-no-pods' })).toMatchObject({ met: false });
    expect(checkGoals(sim, [{ kind: 'diagnostic-absent', code: 'service/selector-matches-no-pods' }]).met).toBe(true);
  });
});

describe('placeholders', () => {
  it('fill allocated addresses and leave unknown ones as written', () => {
    expect(expandPlaceholders(sim, 'curl http://{nodeIP:worker-1}:{nodePort:default/web}/')).toBe('curl http://192.168.0.11:30080/');
    expect(expandPlaceholdersDetailed(sim, '{podIP:default/nope} {clusterIP:default/web}').unresolved).toEqual(['{podIP:default/nope}']);
  });
});
