import { describe, expect, it } from 'vitest';
import { spotlightCss } from './FocusSpotlight';
import { loadProgress, markSolved, PROGRESS_KEY } from './progress';

const memory = () => {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('lesson progress', () => {
  it('remembers solved lessons across loads', () => {
    const s = memory();
    const p = markSolved(s, loadProgress(s), 'clusterip', 7);
    expect(p.solved).toEqual({ clusterip: 7 });
    expect(loadProgress(s).solved).toEqual({ clusterip: 7 });
    // Solving again keeps the first time.
    expect(markSolved(s, p, 'clusterip', 9)).toBe(p);
  });

  it.each(['{bad', '[]', '{"solved":[1]}', '{"solved":{"a":"x","b":3}}'])('reads %s safely', (raw) => {
    const s = memory();
    s.m.set(PROGRESS_KEY, raw);
    const p = loadProgress(s);
    expect(typeof p.solved).toBe('object');
    expect(Object.values(p.solved).every((v) => typeof v === 'number')).toBe(true);
  });
});

describe('focus spotlight', () => {
  it('rings the named cards and nothing without focus', () => {
    expect(spotlightCss([])).toBe('');
    const css = spotlightCss(['svc/default/web', 'pod/default/a"b']);
    expect(css).toContain('[data-testid="graph.node.svc/default/web"]');
    expect(css).toContain('graph.node.pod/default/a\\"b');
  });
});
