import { describe, expect, it, vi } from 'vitest';
import { encodeShare } from '../../src/share/index';
import { loadPrevious } from './saved';
import { openShareFragment, type OpenDeps } from './open';

const memory = () => {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};

function deps(text = 'my own work', extra: Partial<OpenDeps> = {}) {
  const state = { text };
  const storage = memory();
  const calls: string[] = [];
  const d: OpenDeps = {
    getText: () => state.text,
    setText: (t) => { state.text = t; calls.push('setText'); },
    storage,
    disposable: () => ['SAMPLE'],
    setLanguage: (l) => calls.push(`lang:${l}`),
    openLesson: (id) => calls.push(`lesson:${id}`),
    setPresent: (on) => calls.push(`present:${on}`),
    simulated: async () => void calls.push('simulated'),
    run: async (source, command) => void calls.push(`run:${source}:${command}`),
    seek: (step) => calls.push(`seek:${step}`),
    now: () => 42,
    ...extra,
  };
  return { d, state, storage, calls };
}

describe('opening a share link', () => {
  it('applies the view in order: text, lesson, present, then the command at its step', async () => {
    const { d, state, storage, calls } = deps();
    const frag = await encodeShare({ text: 'shared', source: 'default/client', command: 'curl -v http://web', step: 4, lesson: 'clusterip', lang: 'ko', present: true });
    const out = await openShareFragment(`#${frag}`, d);
    expect(out).toMatchObject({ kind: 'opened', kept: { text: 'my own work' } });
    expect(state.text).toBe('shared');
    expect(calls).toEqual(['lang:ko', 'setText', 'lesson:clusterip', 'present:false'.replace('false', 'true'), 'simulated', 'run:pod/default/client:curl -v http://web', 'seek:4']);
    expect(loadPrevious(storage)?.text).toBe('my own work');
  });

  it('does nothing without a fragment', async () => {
    const { d, calls } = deps();
    expect(await openShareFragment('', d)).toEqual({ kind: 'none' });
    expect(calls).toEqual([]);
  });

  const broken: [string, () => Promise<string>][] = [
    ['garbage', async () => '#share=1.%%%not-base64%%%'],
    ['random bytes', async () => '#share=1.AAECAwQFBgcICQoLDA0ODxAREhM'],
    ['a truncated link', async () => { const f = await encodeShare({ text: 'x'.repeat(2000) + 'y' }); return `#${f.slice(0, Math.floor(f.length / 2))}`; }],
    ['a tampered link', async () => { const f = await encodeShare({ text: 'hello world, hello world' }); return `#${f.slice(0, -6)}${f.slice(-6).split('').reverse().join('')}`; }],
    ['an unknown version', async () => '#share=9.abc'],
    ['something else', async () => '#section-2'],
  ];
  it.each(broken)('refuses %s and leaves the text alone', async (_name, make) => {
    const { d, state, storage, calls } = deps();
    const out = await openShareFragment(await make(), d);
    expect(out.kind).toBe('error');
    expect(state.text).toBe('my own work');
    expect(calls).toEqual([]);
    expect(loadPrevious(storage)).toBeNull();
  });

  it('refuses a link that unpacks past the limit (a "zip bomb") without replacing anything', async () => {
    const { d, state } = deps('my own work', { maxBytes: 1024 * 1024 });
    const bomb = await encodeShare({ text: ' '.repeat(8 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(20_000);
    const out = await openShareFragment(bomb, d);
    expect(out).toEqual({ kind: 'error', error: { code: 'share/too-large', limit: 1024 * 1024 } });
    expect(state.text).toBe('my own work');
  });

  it('does not put aside the sample or an identical text, and survives a failing run', async () => {
    const { d, storage } = deps('SAMPLE', { run: vi.fn(async () => { throw new Error('worker died'); }) });
    const frag = await encodeShare({ text: 'shared', command: 'dig web' });
    await expect(openShareFragment(frag, d)).rejects.toThrow('worker died');
    expect(loadPrevious(storage)).toBeNull();
  });
});
