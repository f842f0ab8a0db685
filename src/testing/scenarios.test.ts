import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { editDocument, editableIndex, generateScenario, prng } from './scenarios';

describe('generateScenario', () => {
  it.each([1, 10, 100, 1000])('writes exactly %i documents, all valid YAML', (n) => {
    const s = generateScenario({ objects: n });
    expect(s.docs).toHaveLength(n);
    expect(jsyaml.loadAll(s.text)).toHaveLength(n);
    expect(s.docs[0].kind).toBe('World');
  });

  it('is deterministic, and the seed changes it', () => {
    expect(generateScenario({ objects: 200 }).text).toBe(generateScenario({ objects: 200 }).text);
    expect(generateScenario({ objects: 200, seed: 2 }).text).not.toBe(generateScenario({ objects: 200 }).text);
    const r = prng(5);
    const a = [r(), r(), r()];
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('has every kind, and Services of every type', () => {
    const s = generateScenario({ objects: 200 });
    const kinds = new Set(s.docs.map((d) => d.kind));
    for (const k of ['World', 'Namespace', 'Deployment', 'StatefulSet', 'Pod', 'Service', 'Endpoints', 'Ingress', 'Secret']) expect(kinds).toContain(k);
    expect(s.text).toContain('type: NodePort');
    expect(s.text).toContain('type: LoadBalancer');
    expect(s.text).toContain('type: ExternalName');
    expect(s.text).toContain('clusterIP: None');
  });

  it('simulates without errors', () => {
    const s = generateScenario({ objects: 150 });
    const sim = simulate(s.text);
    expect(sim.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(sim.documents).toBe(150);
    for (const svc of s.services.slice(0, 20)) {
      const [ns, name] = svc.split('/');
      expect(sim.cluster.services.some((x) => x.namespace === ns && x.name === name)).toBe(true);
    }
  });
});

describe('editDocument', () => {
  it('changes exactly one document, differently for each version', () => {
    const s = generateScenario({ objects: 300 });
    for (const i of [editableIndex(s), 0, 1, 5, 299]) {
      const a = editDocument(s, i, 1);
      const b = editDocument(s, i, 2);
      const changed = a.docs.map((d, k) => d.text !== s.docs[k].text);
      expect(changed.filter(Boolean)).toHaveLength(1);
      expect(changed[i]).toBe(true);
      expect(a.docs[i].text).not.toBe(b.docs[i].text);
      // Every version is an edit, whatever the document held.
      for (let v = 0; v < 10; v++) expect(editDocument(s, i, v).docs[i].text).not.toBe(s.docs[i].text);
      expect(jsyaml.loadAll(a.text)).toHaveLength(300);
    }
    expect(s.docs[editableIndex(s)].kind).toBe('Deployment');
  });
});
