import { describe, expect, it, vi } from 'vitest';
import { createEngineClient } from './client';
import type { GraphModel } from '../../src/graph/types';
import type { GraphDelta } from './graph-delta';
import type { WorkerRequest, WorkerResponse } from './protocol';

function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const w = {
    postMessage: (m: WorkerRequest) => void sent.push(m),
    terminate: vi.fn(),
    onmessage: null as ((e: MessageEvent<WorkerResponse>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
  };
  const answer = (m: WorkerResponse) => w.onmessage?.({ data: m } as MessageEvent<WorkerResponse>);
  return { w, sent, answer };
}

const summary = {
  diagnostics: [], documents: 1, graph: null, graphVersion: '', counts: { services: 0, pods: 0, ingresses: 0 },
  sources: { clients: [], nodes: [], pods: [] }, examples: [], engineMs: 0,
};

describe('engine client', () => {
  it('keeps one simulation in flight and only the newest text waiting', () => {
    const { w, sent, answer } = fakeWorker();
    const onSimulated = vi.fn();
    const c = createEngineClient(w as unknown as Worker, { onSimulated, onFailed: vi.fn() });
    c.simulate('a', 1);
    c.simulate('b', 2);
    c.simulate('c', 3);
    expect(sent.map((m) => m.type === 'simulate' && m.text)).toEqual(['a']);
    answer({ type: 'simulated', id: sent[0].id, summary });
    expect(onSimulated).toHaveBeenLastCalledWith(summary, 1);
    expect(sent.map((m) => m.type === 'simulate' && m.text)).toEqual(['a', 'c']);
    answer({ type: 'simulated', id: sent[1].id, summary });
    expect(onSimulated).toHaveBeenLastCalledWith(summary, 3);
  });

  it('answers console runs by id, failures included', async () => {
    const { w, sent, answer } = fakeWorker();
    const c = createEngineClient(w as unknown as Worker, { onSimulated: vi.fn(), onFailed: vi.fn() });
    const p1 = c.run({ kind: 'resolv.conf', source: { kind: 'node', name: 'n' } });
    const p2 = c.run({ kind: 'resolv.conf', source: { kind: 'node', name: 'm' } });
    answer({ type: 'failed', id: sent[1].id, message: 'nope' });
    answer({ type: 'ran', id: sent[0].id, result: { output: 'x', exitCode: 0 } });
    await expect(p1).resolves.toEqual({ output: 'x', exitCode: 0 });
    await expect(p2).rejects.toThrow('nope');
  });

  it('reports a crashed worker to everyone waiting', async () => {
    const { w } = fakeWorker();
    const onFailed = vi.fn();
    const c = createEngineClient(w as unknown as Worker, { onSimulated: vi.fn(), onFailed });
    c.simulate('a', 7);
    const p = c.run({ kind: 'resolv.conf', source: { kind: 'node', name: 'n' } });
    w.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(onFailed).toHaveBeenCalledWith('out of memory', 7);
    await expect(p).rejects.toThrow('out of memory');
  });

  it('takes the worker\'s answer ahead as the answer to a first request for that text', () => {
    const { w, sent, answer } = fakeWorker();
    const onSimulated = vi.fn();
    const c = createEngineClient(w as unknown as Worker, { onSimulated, onFailed: vi.fn() }, { aheadText: 'sample' });
    c.simulate('sample', 0);
    c.simulate('typed', 1);
    expect(sent.map((m) => m.type === 'simulate' && m.text)).toEqual(['sample']);
    answer({ type: 'simulated-ahead', summary: { ...summary, documents: 9 } });
    expect(onSimulated).toHaveBeenLastCalledWith({ ...summary, documents: 9 }, 0);
    // The worker does not answer the first request again; the next text goes out at once.
    expect(sent.map((m) => m.type === 'simulate' && m.text)).toEqual(['sample', 'typed']);
    answer({ type: 'simulated', id: sent[1].id, summary });
    expect(onSimulated).toHaveBeenLastCalledWith(summary, 1);
    expect(onSimulated).toHaveBeenCalledTimes(2);
  });

  it('ignores an answer ahead when the first request is for another text, and waits for the real answer', () => {
    const { w, sent, answer } = fakeWorker();
    const onSimulated = vi.fn();
    const c = createEngineClient(w as unknown as Worker, { onSimulated, onFailed: vi.fn() }, { aheadText: 'sample' });
    c.simulate('saved work', 0);
    answer({ type: 'simulated-ahead', summary: { ...summary, documents: 9 } });
    expect(onSimulated).not.toHaveBeenCalled();
    answer({ type: 'simulated', id: sent[0].id, summary });
    expect(onSimulated).toHaveBeenCalledWith(summary, 0);
  });

  it('ignores an answer ahead when it was not told to expect one', () => {
    const { w, answer } = fakeWorker();
    const onSimulated = vi.fn();
    const c = createEngineClient(w as unknown as Worker, { onSimulated, onFailed: vi.fn() });
    c.simulate('sample', 0);
    answer({ type: 'simulated-ahead', summary });
    expect(onSimulated).not.toHaveBeenCalled();
  });

  it('keeps an answer ahead that comes before the first request, for that request', async () => {
    const { w, answer } = fakeWorker();
    const onSimulated = vi.fn();
    const c = createEngineClient(w as unknown as Worker, { onSimulated, onFailed: vi.fn() }, { aheadText: 'sample' });
    answer({ type: 'simulated-ahead', summary });
    c.simulate('sample', 0);
    expect(onSimulated).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(onSimulated).toHaveBeenCalledWith(summary, 0);
  });

  describe('the graph against the version the app holds', () => {
    const node = (id: string, label: string) => ({ id, kind: 'service', label, column: 6, problems: [] }) as unknown as GraphModel['nodes'][number];
    const model: GraphModel = { nodes: [node('a', 'A'), node('b', 'B')], edges: [], groups: [], columns: [], unplaced: [] };

    it('names the held version in each request and applies a delta, keeping unchanged nodes\' objects', () => {
      const { w, sent, answer } = fakeWorker();
      const onSimulated = vi.fn();
      const c = createEngineClient(w as unknown as Worker, { onSimulated, onFailed: vi.fn() });
      c.simulate('one', 1);
      expect(sent[0]).toMatchObject({ type: 'simulate', graphVersion: '' });
      answer({ type: 'simulated', id: sent[0].id, summary: { ...summary, graph: model, graphVersion: 'v1' } });
      c.simulate('two', 2);
      expect(sent[1]).toMatchObject({ type: 'simulate', text: 'two', graphVersion: 'v1' });
      const delta: GraphDelta = { type: 'delta', base: 'v1', nodes: [0, node('b', 'B2')], edges: [], groups: [], columns: [], unplaced: [] };
      answer({ type: 'simulated', id: sent[1].id, summary: { ...summary, graph: delta, graphVersion: 'v2' } });
      const got = onSimulated.mock.lastCall![0].graph as GraphModel;
      expect(got.nodes[0]).toBe(model.nodes[0]);
      expect(got.nodes[1]).toMatchObject({ label: 'B2' });
      c.simulate('three', 3);
      expect(sent[2]).toMatchObject({ graphVersion: 'v2' });
      answer({ type: 'simulated', id: sent[2].id, summary: { ...summary, graph: 'unchanged', graphVersion: 'v2' } });
      expect(onSimulated.mock.lastCall![0].graph).toBe(got);
    });

    it('asks again for the graph whole if a delta does not fit the graph it holds (never expected)', () => {
      const { w, sent, answer } = fakeWorker();
      const onSimulated = vi.fn();
      const c = createEngineClient(w as unknown as Worker, { onSimulated, onFailed: vi.fn() });
      c.simulate('one', 1);
      answer({ type: 'simulated', id: sent[0].id, summary: { ...summary, graph: model, graphVersion: 'v1' } });
      c.simulate('two', 2);
      const stray: GraphDelta = { type: 'delta', base: 'v0', nodes: [0], edges: [], groups: [], columns: [], unplaced: [] };
      answer({ type: 'simulated', id: sent[1].id, summary: { ...summary, graph: stray, graphVersion: 'v9' } });
      expect(onSimulated).toHaveBeenCalledTimes(1);
      expect(sent[2]).toMatchObject({ type: 'simulate', text: 'two', graphVersion: '' });
      answer({ type: 'simulated', id: sent[2].id, summary: { ...summary, graph: model, graphVersion: 'v3' } });
      expect(onSimulated).toHaveBeenLastCalledWith({ ...summary, graph: model, graphVersion: 'v3' }, 2);
    });
  });
});
