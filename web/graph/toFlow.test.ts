import { describe, expect, it } from 'vitest';
import { graphModel } from '../../src/graph/model';
import { cluster } from '../../src/graph/testing';
import { createHighlighter } from './highlight';
import { layoutFull } from './layout';
import { COLUMN_PREFIX, createFlowReuse, GROUP_PREFIX, handlesFor, layoutInput, toFlow, type FlowGraph } from './toFlow';

const model = graphModel(
  cluster().nginx().svc('default', 'web').pod('default', 'web-1', { labels: { app: 'web' } })
    .ingress('default', 'web', [{ host: 'web.example.com', service: 'web' }, { host: 'web.example.com', path: '/api', service: 'api' }])
    .build(),
);
const input = layoutInput(model, 'namespace');
const positions = layoutFull(input.nodes, input.edges);
const none = new Set<string>();

describe('toFlow', () => {
  const flow = toFlow(model, positions, 'namespace', none);
  const node = (id: string) => flow.nodes.find((n) => n.id === id);
  const edge = (id: string) => flow.edges.find((e) => e.id === id);

  it('draws one card per model node, passing the model node through by reference', () => {
    const cards = flow.nodes.filter((n) => n.type === 'resource');
    expect(cards).toHaveLength(model.nodes.length);
    const svc = node('svc/default/web');
    expect(svc?.data).toEqual({ node: model.nodes.find((n) => n.id === 'svc/default/web') });
    expect(svc?.type === 'resource' && svc.data.node).toBe(model.nodes.find((n) => n.id === 'svc/default/web'));
  });

  it.each([
    ['ns/default', 'namespace'],
    ['ns/ingress-nginx', 'namespace'],
  ])('draws a background for %s behind its cards', (id) => {
    const bg = node(`${GROUP_PREFIX}${id}`);
    expect(bg).toMatchObject({ type: 'group', zIndex: -1, selectable: false });
    const members = model.groups.find((g) => g.id === id)!.members.map((m) => positions.get(m)!);
    for (const p of members) {
      expect(p.x).toBeGreaterThanOrEqual(bg!.position.x);
      expect(p.y).toBeGreaterThanOrEqual(bg!.position.y);
      expect(p.x).toBeLessThanOrEqual(bg!.position.x + (bg!.width ?? 0));
      expect(p.y).toBeLessThanOrEqual(bg!.position.y + (bg!.height ?? 0));
    }
  });

  it('titles the columns in use', () => {
    expect(flow.nodes.filter((n) => n.id.startsWith(COLUMN_PREFIX)).map((n) => n.type === 'column' && n.data.column))
      .toEqual(['clients', 'dns', 'loadBalancers', 'nodes', 'ingressControllers', 'ingresses', 'services', 'endpointSlices', 'pods']);
  });

  it.each([
    ['client/internet->lb/ingress-nginx/ingress-nginx-controller', 'r', 'l', false],
    ['pod/default/web-1->dns/coredns', 'lo', 'ri', true],
    ['ing/default/web->missing/svc/default/api', 'r', 'l', false],
  ])('edge %s leaves by %s, enters by %s, hidden: %s', (id, sourceHandle, targetHandle, hidden) => {
    expect(edge(id)).toMatchObject({ sourceHandle, targetHandle, type: 'packet' });
    expect(Boolean(edge(id)?.hidden)).toBe(hidden);
  });

  it('marks the dangling backend edge as a problem and shows its label', () => {
    const e = edge('ing/default/web->missing/svc/default/api');
    expect(e?.className).toContain('pp-edge--problem');
    expect(e?.data?.showLabel).toBe(true);
    expect(e?.label).toBe('web.example.com/api → 80');
  });

  it('collapses a namespace into one card and reroutes its edges', () => {
    const c = toFlow(model, positions, 'namespace', new Set(['ns/default']));
    expect(c.nodes.find((n) => n.id === 'ns/default')).toMatchObject({ type: 'collapsed' });
    expect(c.nodes.some((n) => n.id === 'svc/default/web')).toBe(false);
    expect(c.drawnAs.get('pod/default/web-1')).toBe('ns/default');
    expect(c.edges.map((e) => e.id)).toContain('ingctl/nginx->ns/default');
    expect(c.edges.every((e) => e.source !== e.target)).toBe(true);
    expect(new Set(c.edges.map((e) => e.id)).size).toBe(c.edges.length);
  });

  it('lays a collapsed namespace out as one card', () => {
    const i = layoutInput(model, 'namespace', new Set(['ns/default']));
    expect(i.nodes.find((n) => n.id === 'ns/default')).toEqual({ id: 'ns/default', column: 5, band: 'ns/default' });
    expect(i.nodes.some((n) => n.id === 'svc/default/web')).toBe(false);
    expect(i.edges).toContainEqual({ source: 'ingctl/nginx', target: 'ns/default' });
    const p = layoutFull(i.nodes, i.edges);
    const c = toFlow(model, p, 'namespace', new Set(['ns/default']));
    expect(c.nodes.find((n) => n.id === 'ns/default')?.position).toEqual(p.get('ns/default'));
  });

  it('is pure: the same input gives the same output', () => {
    expect(toFlow(model, positions, 'namespace', none)).toEqual(flow);
  });
});

describe('handlesFor', () => {
  it.each([
    [{ x: 0, y: 0 }, { x: 300, y: 0 }, 'r', 'l'],
    [{ x: 300, y: 0 }, { x: 0, y: 0 }, 'lo', 'ri'],
    [{ x: 0, y: 0 }, { x: 0, y: 200 }, 'b', 't'],
    [{ x: 0, y: 200 }, { x: 0, y: 0 }, 'to', 'bi'],
  ])('%j → %j uses %s/%s', (s, t, sourceHandle, targetHandle) => {
    expect(handlesFor(s, t)).toEqual({ sourceHandle, targetHandle });
  });
});

describe('highlight', () => {
  const flow: FlowGraph = toFlow(model, positions, 'namespace', none);

  it('emphasises what a step touches and puts the packet on the edge it travels', () => {
    const h = createHighlighter();
    const out = h(flow, {
      highlight: { touches: ['client/internet', 'lb/ingress-nginx/ingress-nginx-controller'], from: 'client/internet', to: 'lb/ingress-nginx/ingress-nginx-controller' },
      selectedId: null, reducedMotion: false,
    });
    expect(out.active).toBe(true);
    expect(out.nodes.filter((n) => n.className?.includes('is-touched')).map((n) => n.id).sort())
      .toEqual(['client/internet', 'lb/ingress-nginx/ingress-nginx-controller']);
    const e = out.edges.find((x) => x.id === 'client/internet->lb/ingress-nginx/ingress-nginx-controller');
    expect(e?.data?.packet).toBe('forward');
    expect(e?.className).toContain('is-touched');
  });

  it('reuses every untouched element object, so React skips them', () => {
    const h = createHighlighter();
    const out = h(flow, { highlight: { touches: ['svc/default/web'] }, selectedId: null, reducedMotion: false });
    const changed = out.nodes.filter((n, i) => n !== flow.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['svc/default/web']);
    expect(out.edges.filter((e, i) => e !== flow.edges[i])).toEqual([]);
    // Same step again: the very same objects.
    const again = h(flow, { highlight: { touches: ['svc/default/web'] }, selectedId: null, reducedMotion: false });
    expect(again.nodes.find((n) => n.id === 'svc/default/web')).toBe(out.nodes.find((n) => n.id === 'svc/default/web'));
  });

  it('shows a packet going back along an edge, and a hidden DNS edge while it is used', () => {
    const h = createHighlighter();
    const out = h(flow, { highlight: { touches: [], from: 'dns/coredns', to: 'pod/default/web-1' }, selectedId: null, reducedMotion: false });
    const e = out.edges.find((x) => x.id === 'pod/default/web-1->dns/coredns');
    expect(e).toMatchObject({ hidden: false, data: expect.objectContaining({ packet: 'reverse' }) });
  });

  it('draws a dashed stand-in when no edge joins the two elements', () => {
    const h = createHighlighter();
    const out = h(flow, { highlight: { touches: [], from: 'node/worker-1', to: 'pod/default/web-1' }, selectedId: null, reducedMotion: false });
    expect(out.edges.find((x) => x.id === 'packet:node/worker-1->pod/default/web-1')).toMatchObject({ data: { packet: 'forward' } });
  });

  it('keeps still for reduced motion: the edge is emphasised, no packet moves', () => {
    const h = createHighlighter();
    const out = h(flow, { highlight: { touches: [], from: 'client/internet', to: 'lb/ingress-nginx/ingress-nginx-controller' }, selectedId: null, reducedMotion: true });
    const e = out.edges.find((x) => x.id === 'client/internet->lb/ingress-nginx/ingress-nginx-controller');
    expect(e?.className).toContain('is-touched');
    expect(e?.data?.packet).toBeUndefined();
  });

  it('maps a touched member of a collapsed namespace to the collapsed card', () => {
    const collapsed = toFlow(model, positions, 'namespace', new Set(['ns/default']));
    const out = createHighlighter()(collapsed, { highlight: { touches: ['pod/default/web-1'] }, selectedId: 'svc/default/web', reducedMotion: false });
    const card = out.nodes.find((n) => n.id === 'ns/default');
    expect(card?.className).toContain('is-touched');
    expect(card?.className).toContain('is-selected');
  });
});

describe('toFlow with reuse', () => {
  it('hands out the previous object for an element whose content did not change', () => {
    const reuse = createFlowReuse();
    const first = toFlow(model, positions, 'namespace', none, reuse);
    // A structured clone, as the worker sends after each edit: equal content, new objects.
    const clone = structuredClone(model);
    const changed = { ...clone, nodes: clone.nodes.map((n) => (n.id === 'svc/default/web' ? { ...n, label: 'web2' } : n)) };
    const second = toFlow(changed, positions, 'namespace', none, reuse);
    for (const n of second.nodes) {
      const before = first.nodes.find((m) => m.id === n.id);
      if (n.id === 'svc/default/web') expect(n).not.toBe(before);
      else expect(n).toBe(before);
    }
    second.edges.forEach((e, i) => expect(e).toBe(first.edges[i]));
    expect(second.nodes.find((n) => n.id === 'svc/default/web')?.data).toMatchObject({ node: { label: 'web2' } });
  });

  it('hands out the very same arrays when nothing changed, so React Flow skips its update', () => {
    const reuse = createFlowReuse();
    const first = toFlow(model, positions, 'namespace', none, reuse);
    const again = toFlow(structuredClone(model), positions, 'namespace', none, reuse);
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
  });

  it('a card whose model node is the same object is kept without comparing contents; a moved one is new', () => {
    const reuse = createFlowReuse();
    const first = toFlow(model, positions, 'namespace', none, reuse);
    const moved = new Map(positions);
    const p = positions.get('svc/default/web')!;
    moved.set('svc/default/web', { x: p.x, y: p.y + 100 });
    const second = toFlow({ ...model }, moved, 'namespace', none, reuse);
    expect(second.nodes.find((n) => n.id === 'pod/default/web-1')).toBe(first.nodes.find((n) => n.id === 'pod/default/web-1'));
    const web = second.nodes.find((n) => n.id === 'svc/default/web');
    expect(web).not.toBe(first.nodes.find((n) => n.id === 'svc/default/web'));
    expect(web?.position).toEqual({ x: p.x, y: p.y + 100 });
    expect(second.nodes).not.toBe(first.nodes);
  });
});

describe('a namespace of 130,000 pods (a huge paste)', () => {
  // Math.min(...xs) over that many items throws RangeError (every item is an argument): loops instead.
  const pod = model.nodes.find((n) => n.id.startsWith('pod/'))!;
  const many = Array.from({ length: 130_000 }, (_, i) => ({ ...pod, id: `pod/big/p${i}` }));
  const big = { ...model, nodes: [...model.nodes, ...many], groups: [...model.groups, { ...model.groups.find((g) => g.kind === 'namespace')!, id: 'ns/big', members: many.map((n) => n.id) }] };

  it('collapses into one card in its members\' leftmost column', () => {
    const li = layoutInput(big, 'namespace', new Set(['ns/big']));
    expect(li.nodes.find((n) => n.id === 'ns/big')).toEqual({ id: 'ns/big', column: pod.column, band: 'ns/big' });
    expect(li.nodes).toHaveLength(model.nodes.length + 1);
  });

  it('draws every card when expanded, the column headers above the topmost', () => {
    const at = new Map(big.nodes.map((n, i) => [n.id, { x: n.column * 300, y: 100 + i }]));
    const flow = toFlow(big, at, 'namespace', none);
    expect(flow.nodes.filter((n) => n.type === 'resource')).toHaveLength(big.nodes.length);
    const header = flow.nodes.find((n) => n.type === 'column')!;
    expect(header.position.y).toBeLessThan(100);
  });
});
