import { describe, expect, it } from 'vitest';
import { graphModel } from '../../src/graph/model';
import { bigCluster } from '../../src/graph/perfFixture';
import { cluster } from '../../src/graph/testing';
import { COL_W, NODE_H, ROW, freeSlot, layoutFull, layoutStable, packColumn, type Point } from './layout';
import { layoutInput } from './toFlow';

const web = () => cluster().nginx().svc('default', 'web').pod('default', 'web-1', { labels: { app: 'web' } })
  .pod('default', 'web-2', { labels: { app: 'web' } }).ingress('default', 'web', [{ host: 'web.example.com', service: 'web' }]);

function overlaps(positions: Map<string, Point>): string[] {
  const list = [...positions];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, p] = list[i];
      const [b, q] = list[j];
      if (p.x === q.x && Math.abs(p.y - q.y) < NODE_H) out.push(`${a} × ${b}`);
    }
  }
  return out;
}

describe('packColumn', () => {
  it.each([
    [[0, 0, 0], 0, [0, ROW, 2 * ROW]],
    [[500], 0, [500]],
    [[-100, 300], 0, [0, 300]],
    [[200, 200], 0, [200 - ROW / 2, 200 + ROW / 2]],
  ])('%j from %i → %j', (desired, top, expected) => {
    expect(packColumn(desired, top)).toEqual(expected);
  });
});

describe('freeSlot', () => {
  it.each([
    [100, [], 100],
    [100, [0], 100],
    [100, [100], 100 - ROW],
    [10, [0, ROW], -ROW],
    [50, [0, ROW], 2 * ROW],
  ])('want %i among %j → %i', (want, taken, expected) => {
    expect(freeSlot(want, taken)).toBe(expected);
  });
});

describe('layoutFull', () => {
  const m = graphModel(web().build());
  const input = layoutInput(m, 'namespace');
  const pos = layoutFull(input.nodes, input.edges);

  it('places every card, in its column, without overlaps', () => {
    expect(pos.size).toBe(m.nodes.length);
    expect(overlaps(pos)).toEqual([]);
    const xOf = (id: string) => pos.get(id)!.x;
    expect(xOf('client/internet')).toBeLessThan(xOf('dns/coredns'));
    expect(xOf('svc/default/web')).toBeLessThan(xOf('eps/default/web-abcde'));
    expect(xOf('eps/default/web-abcde')).toBeLessThan(xOf('pod/default/web-1'));
  });

  it('leaves out empty columns', () => {
    // No outside hosts here: pods are the last column.
    const xs = [...new Set([...pos.values()].map((p) => p.x))].sort((a, b) => a - b);
    expect(xs).toEqual(Array.from({ length: xs.length }, (_, i) => i * COL_W));
    expect(Math.max(...xs)).toBe(pos.get('pod/default/web-1')!.x);
  });

  it('keeps a namespace in one band that no other namespace crosses', () => {
    const ys = (ns: string) => input.nodes.filter((n) => n.band === `ns/${ns}`).map((n) => pos.get(n.id)!.y);
    const a = ys('default');
    const b = ys('ingress-nginx');
    const disjoint = Math.max(...a) + NODE_H <= Math.min(...b) || Math.max(...b) + NODE_H <= Math.min(...a);
    expect(disjoint).toBe(true);
  });

  it('is deterministic', () => {
    expect(layoutFull(input.nodes, input.edges)).toEqual(pos);
  });
});

describe('layoutStable: the graph stays put while typing', () => {
  const before = graphModel(web().build());
  const after = graphModel(web().svc('default', 'api').pod('default', 'api-1', { labels: { app: 'api' } }).build());
  const first = layoutStable(layoutInput(before, 'namespace').nodes, layoutInput(before, 'namespace').edges, undefined);
  const inAfter = layoutInput(after, 'namespace');
  const second = layoutStable(inAfter.nodes, inAfter.edges, first.positions);

  it('moves nothing that was already there and places only the new cards', () => {
    expect(first.full).toBe(true);
    expect(second.full).toBe(false);
    for (const [id, p] of first.positions) expect(second.positions.get(id), id).toEqual(p);
    expect(second.positions.has('svc/default/api')).toBe(true);
    expect(second.positions.has('pod/default/api-1')).toBe(true);
    expect(overlaps(second.positions)).toEqual([]);
  });

  it('forgets removed cards', () => {
    const back = layoutStable(layoutInput(before, 'namespace').nodes, layoutInput(before, 'namespace').edges, second.positions);
    expect(back.full).toBe(false);
    expect(back.positions).toEqual(first.positions);
  });

  it('lays out again when most of the graph is new', () => {
    const other = graphModel(bigCluster());
    const i = layoutInput(other, 'namespace');
    expect(layoutStable(i.nodes, i.edges, first.positions).full).toBe(true);
  });
});

describe('layout performance', () => {
  it('lays out a 300-card graph quickly and an edit in well under a frame', () => {
    const b = cluster().nginx();
    for (let i = 0; i < 60; i++) {
      b.svc(`team-${i % 6}`, `svc-${i}`);
      for (let k = 0; k < 3; k++) b.pod(`team-${i % 6}`, `svc-${i}-${k}`, { labels: { app: `svc-${i}` }, ip: `10.244.${i}.${k + 2}` });
      if (i % 3 === 0) b.ingress(`team-${i % 6}`, `ing-${i}`, [{ host: `h${i}.example.com`, service: `svc-${i}` }]);
    }
    const m = graphModel(b.build());
    const input = layoutInput(m, 'namespace');
    let t0 = performance.now();
    const full = layoutStable(input.nodes, input.edges, undefined);
    const fullMs = performance.now() - t0;
    const edited = graphModel(b.svc('team-0', 'new-svc').build());
    const i2 = layoutInput(edited, 'namespace');
    let inc = layoutStable(i2.nodes, i2.edges, full.positions);
    let incMs = Infinity;
    for (let r = 0; r < 5; r++) {
      t0 = performance.now();
      inc = layoutStable(i2.nodes, i2.edges, full.positions);
      incMs = Math.min(incMs, performance.now() - t0);
    }
    console.log(`layout: ${m.nodes.length} cards, ${m.edges.length} edges: full ${fullMs.toFixed(1)} ms, incremental ${incMs.toFixed(2)} ms`);
    expect(m.nodes.length).toBeGreaterThan(300);
    expect(inc.full).toBe(false);
    expect(overlaps(full.positions)).toEqual([]);
    // Speed is measured by npm run bench:web, not asserted here: only the behaviour (no full re-layout) is.
  });
});
