import { describe, expect, it } from 'vitest';
import { MAX_POD_OPTIONS, sourceOptions } from './sourceOptions';

const pods = (n: number) => Array.from({ length: n }, (_, i) => ({ namespace: 'default', name: `p${i}`, podIP: `10.244.${i >> 8}.${i & 255}` }));

describe('the console\'s "Run from" menu', () => {
  it('lists the clients, the nodes and every pod of a small scenario', () => {
    const o = sourceOptions({ clients: [{ name: 'internet', ip: '198.51.100.7' }], nodes: [{ name: 'worker-1', internalIP: '192.168.0.11' }], pods: pods(2) }, 'client/internet');
    expect(o).toEqual({
      clients: [{ id: 'client/internet', label: 'internet (198.51.100.7)' }],
      nodes: [{ id: 'node/worker-1', label: 'worker-1 (192.168.0.11)' }],
      pods: [{ id: 'pod/default/p0', label: 'default/p0 (10.244.0.0)' }, { id: 'pod/default/p1', label: 'default/p1 (10.244.0.1)' }],
      more: 0,
    });
  });

  it('lists the first MAX_POD_OPTIONS pods of a huge paste and counts the rest', () => {
    const o = sourceOptions({ clients: [], nodes: [], pods: pods(20_000) }, 'client/internet');
    expect(o.pods).toHaveLength(MAX_POD_OPTIONS);
    expect(o.more).toBe(20_000 - MAX_POD_OPTIONS);
  });

  it('keeps the chosen pod in the menu even past the first MAX_POD_OPTIONS', () => {
    const o = sourceOptions({ clients: [], nodes: [], pods: pods(20_000) }, 'pod/default/p12345');
    expect(o.pods.at(-1)).toEqual({ id: 'pod/default/p12345', label: 'default/p12345 (10.244.48.57)' });
    expect(o.more).toBe(20_000 - MAX_POD_OPTIONS - 1);
  });
});
