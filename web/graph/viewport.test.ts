import { describe, expect, it } from 'vitest';
import type { GraphModel } from '../../src/index';
import type { FlowNode } from './toFlow';
import { boundsOf, focusIds, followViewport, inView, learnerIds, PRESENT_MAX_ZOOM, PRESENT_READABLE_ZOOM, readableViewport, READABLE_ZOOM } from './viewport';

const card = (id: string, x: number, y: number, column: number): FlowNode =>
  ({ id, type: 'resource', position: { x, y }, width: 200, height: 76, data: { node: { id, column } } }) as unknown as FlowNode;

describe('viewport', () => {
  it('frames the learner\'s namespaces and the client/DNS/LB columns, not the system namespaces', () => {
    const model = {
      columns: ['clients', 'dns', 'loadBalancers', 'nodes', 'ingressControllers', 'ingresses', 'services', 'endpointSlices', 'pods', 'hosts'],
      groups: [
        { id: 'ns/default', kind: 'namespace', members: ['svc/default/web'] },
        { id: 'ns/kube-system', kind: 'namespace', members: ['svc/kube-system/kube-dns'] },
      ],
    } as unknown as GraphModel;
    const nodes = [card('client/internet', 0, 0, 0), card('node/n1', 810, 900, 3), card('svc/default/web', 1620, 0, 6), card('svc/kube-system/kube-dns', 1620, 600, 6)];
    expect(focusIds(model, nodes)).toEqual(['client/internet', 'svc/default/web']);
  });

  it('centres a too-wide overview on the learner\'s own namespaces', () => {
    const model = {
      columns: ['clients', 'dns', 'loadBalancers', 'nodes', 'ingressControllers', 'ingresses', 'services', 'endpointSlices', 'pods', 'hosts'],
      groups: [
        { id: 'ns/default', kind: 'namespace', members: ['svc/default/web', 'pod/default/web-1'] },
        { id: 'ns/kube-system', kind: 'namespace', members: ['svc/kube-system/kube-dns'] },
      ],
    } as unknown as GraphModel;
    const nodes = [card('client/internet', 0, 0, 0), card('svc/default/web', 1620, 0, 6), card('pod/default/web-1', 2160, 0, 8), card('svc/kube-system/kube-dns', 1620, 600, 6)];
    expect(learnerIds(model, nodes)).toEqual(['svc/default/web', 'pod/default/web-1']);
    const box = boundsOf(nodes, focusIds(model, nodes))!;
    const mine = boundsOf(nodes, learnerIds(model, nodes))!;
    const vp = readableViewport(box, 700, 500, { padding: 0, anchor: mine });
    expect(vp.zoom).toBe(READABLE_ZOOM);
    expect(inView(mine, vp, 700, 500, 0)).toBe(true);
    expect(inView({ x: 0, y: 0, width: 200, height: 76 }, vp, 700, 500, 0)).toBe(false);
  });

  it('never zooms out below a readable scale; aligns to the start when the graph does not fit', () => {
    const vp = readableViewport({ x: 0, y: 0, width: 3000, height: 300 }, 600, 500, { padding: 0 });
    expect(vp.zoom).toBe(READABLE_ZOOM);
    expect(vp.x).toBe(0);
    expect(vp.y).toBeCloseTo(250 - 150 * READABLE_ZOOM);
    expect(readableViewport({ x: 0, y: 0, width: 100, height: 100 }, 600, 500).zoom).toBeLessThanOrEqual(1.1);
  });

  it('follows a step off screen and leaves a visible one alone', () => {
    const nodes = [card('a', 0, 0, 0), card('b', 270, 0, 1), card('c', 2400, 900, 8)];
    const here = { x: 20, y: 20, zoom: 1 };
    expect(followViewport(nodes, { touched: [], from: 'a', to: 'b' }, here, 800, 400)).toBeNull();
    const vp = followViewport(nodes, { touched: [], from: 'b', to: 'c' }, here, 800, 400);
    expect(vp).not.toBeNull();
    expect(vp!.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(inView({ x: 2400, y: 900, width: 200, height: 76 }, vp!, 800, 400, 0)).toBe(true);
  });

  it('shows the last card of a wide step without a packet (the closing "Done" step: the pod that answered)', () => {
    const nodes = [card('client/internet', 0, 0, 0), card('node/n1', 810, 0, 3), card('pod/default/web-1', 2160, 0, 8)];
    const vp = followViewport(nodes, { touched: ['client/internet', 'pod/default/web-1'] }, { x: 0, y: 0, zoom: 1 }, 800, 400);
    expect(vp).not.toBeNull();
    expect(vp!.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(inView({ x: 2160, y: 0, width: 200, height: 76 }, vp!, 800, 400, 0)).toBe(true);
  });

  it('moves a card out from under the minimap: a card there is not on screen', () => {
    const nodes = [card('a', 0, 0, 0), card('pod/default/p', 540, 250, 8)];
    const here = { x: 20, y: 20, zoom: 1 };
    const minimap = { x: 800 - 215, y: 400 - 155, width: 215, height: 155 };
    // On screen but under the minimap's corner: without the minimap nothing moves, with it the card comes out.
    expect(followViewport(nodes, { touched: ['pod/default/p'] }, here, 800, 400)).toBeNull();
    const vp = followViewport(nodes, { touched: ['pod/default/p'] }, here, 800, 400, minimap);
    expect(vp).not.toBeNull();
    const left = 540 * vp!.zoom + vp!.x, top = 250 * vp!.zoom + vp!.y;
    const clear = left + 200 * vp!.zoom <= minimap.x || top + 76 * vp!.zoom <= minimap.y;
    expect(clear).toBe(true);
    expect(inView({ x: 540, y: 250, width: 200, height: 76 }, vp!, 800, 400, 0)).toBe(true);
    // A card away from the corner is left alone.
    expect(followViewport(nodes, { touched: ['a'] }, here, 800, 400, minimap)).toBeNull();
  });

  it('presenting, follows a step closer up: a card on screen at the everyday readable zoom is brought nearer', () => {
    const nodes = [card('svc/default/web', 400, 200, 6), card('pod/default/web-1', 700, 200, 8)];
    const here = { x: 0, y: 0, zoom: READABLE_ZOOM };
    const step = { touched: [], from: 'svc/default/web', to: 'pod/default/web-1' };
    expect(followViewport(nodes, step, here, 1280, 460)).toBeNull();
    const vp = followViewport(nodes, step, here, 1280, 460, undefined, { readable: PRESENT_READABLE_ZOOM, maxZoom: PRESENT_MAX_ZOOM });
    expect(vp!.zoom).toBeGreaterThanOrEqual(PRESENT_READABLE_ZOOM);
    expect(vp!.zoom).toBeLessThanOrEqual(PRESENT_MAX_ZOOM);
    expect(inView({ x: 400, y: 200, width: 500, height: 76 }, vp!, 1280, 460, 0)).toBe(true);
  });

  it('shows the start of the learner\'s namespaces when they alone are wider than the pane', () => {
    const vp = readableViewport({ x: 0, y: 0, width: 4000, height: 300 }, 600, 500, { padding: 0, anchor: { x: 1500, y: 0, width: 2000, height: 300 } });
    expect(vp.zoom).toBe(READABLE_ZOOM);
    expect(vp.x).toBeCloseTo(-1500 * READABLE_ZOOM);
  });
});
