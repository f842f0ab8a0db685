import { describe, expect, it } from 'vitest';
import { shareStateFrom, shareUrl, sourceFromShare, sourceToShare } from './state';

describe('share state', () => {
  it.each([
    ['client/internet', 'internet'],
    ['client/lan', 'lan'],
    ['pod/default/client', 'default/client'],
    ['node/worker-1', 'node/worker-1'],
  ])('source %s ⇄ %s', (id, short) => {
    expect(sourceToShare(id)).toBe(short);
    expect(sourceFromShare(short)).toBe(id);
  });

  it.each(['', 'a/b/c', '../x', 'pod/Default/x', 'x y'])('refuses an odd source %j', (s) => {
    expect(sourceFromShare(s)).toBeUndefined();
  });

  it('writes only what is set, and the language only when chosen', () => {
    expect(shareStateFrom({ text: 'a', lang: 'ko', langChosen: false })).toEqual({ text: 'a' });
    expect(shareStateFrom({ text: 'a', lang: 'ko', langChosen: true, present: true, lesson: 'clusterip' }))
      .toEqual({ text: 'a', lang: 'ko', present: true, lesson: 'clusterip' });
    expect(shareStateFrom({ text: 'a', lang: 'en', langChosen: false, command: 'curl web', commandSource: 'pod/default/client', step: 3 }))
      .toEqual({ text: 'a', command: 'curl web', source: 'default/client', step: 3 });
    // A step without a command means nothing.
    expect(shareStateFrom({ text: 'a', lang: 'en', langChosen: false, step: 3 })).toEqual({ text: 'a' });
  });

  it('replaces an existing fragment', () => {
    expect(shareUrl('http://x/app/#old', 'share=1.abc')).toBe('http://x/app/#share=1.abc');
    expect(shareUrl('http://x/app/?q=1', 'share=1.abc')).toBe('http://x/app/?q=1#share=1.abc');
  });
});
