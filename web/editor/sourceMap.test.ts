import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import { graphModel } from '../../src/graph/model';
import { summarize } from '../worker/summary';
import type { SimulationSummary } from '../worker/protocol';
import { elementAtLine, rangeOfElement } from './sourceMap';

const TEXT = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: c, image: nginx }] }
`;

function summary(): SimulationSummary {
  const sim = simulate(TEXT);
  return { ...summarize(sim, graphModel(sim.cluster, sim.diagnostics)), engineMs: 0 };
}

describe('source map', () => {
  const s = summary();
  it('finds a Service by a line inside its document, and its range', () => {
    expect(elementAtLine(s, 4)).toBe('svc/default/web');
    expect(rangeOfElement(s, 'svc/default/web')?.start.line).toBe(1);
  });
  it("maps a Deployment's lines to one of its pods, and a pod back to the Deployment's text", () => {
    const id = elementAtLine(s, 12);
    expect(id).toMatch(/^pod\/default\/web-/);
    expect(rangeOfElement(s, id!)?.start.line).toBe(9);
  });
  it('knows nothing about unknown elements, or before the first simulation', () => {
    expect(rangeOfElement(s, 'svc/default/nope')).toBeUndefined();
    expect(elementAtLine(s, 500)).toBeNull();
    expect(elementAtLine(null, 1)).toBeNull();
  });
});
