import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, pickShareFields, SHARE_PREFIX } from './codec';
import { fromBase64Url, toBase64Url } from './base64url';

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('share codec', () => {
  it('round-trips a full view: text, source, command, step, lesson, language, presentation', async () => {
    const state = {
      text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: 웹\n',
      source: 'default/sample-pod',
      command: 'dig sample-headless.default.svc.cluster.local',
      step: 3,
      lesson: 'headless',
      lang: 'ko' as const,
      present: true,
    };
    const link = await encodeShare(state);
    expect(link.startsWith(`${SHARE_PREFIX}2.`)).toBe(true);
    expect(await decodeShare(`#${link}`)).toEqual({ ok: true, state });
  });

  it('still opens version 1 links (old links keep working)', async () => {
    const v1 = { text: 'apiVersion: v1\nkind: Pod\n', step: 4, lang: 'ko' };
    const packed = await deflateRaw(new TextEncoder().encode(JSON.stringify(v1)));
    expect(await decodeShare(`#share=1.${toBase64Url(packed)}`)).toEqual({ ok: true, state: v1 });
  });

  it('writes a text that contains the dictionary characters (or NUL) as version 1, and it round-trips', async () => {
    for (const text of ['a\ue000b kind: Pod', 'nul\u0000here']) {
      const link = await encodeShare({ text, step: 1 });
      expect(link.startsWith(`${SHARE_PREFIX}1.`)).toBe(true);
      expect(await decodeShare(link)).toEqual({ ok: true, state: { text, step: 1 } });
    }
  });

  it.each([
    ['a version 2 body without the NUL separator', 'kind: Pod'],
    ['a version 2 body whose fields try to carry the text', 'x\u0000{"text":"other"}'],
    ['a version 2 body whose fields are not an object', 'x\u0000[1]'],
  ])('refuses %s', async (_name, body) => {
    const packed = await deflateRaw(new TextEncoder().encode(body));
    expect(await decodeShare(`share=2.${toBase64Url(packed)}`)).toEqual({ ok: false, error: { code: 'share/corrupt' } });
  });

  it('writes only allow-listed, non-default fields', () => {
    const picked = pickShareFields({ text: 'x', step: 0, present: false, source: '', evil: 'y' } as never);
    expect(picked).toEqual({ text: 'x' });
  });

  it('gives the same link for the same view (stable field order)', async () => {
    const a = await encodeShare({ text: 't', step: 2, source: 'lan' });
    const b = await encodeShare({ source: 'lan', step: 2, text: 't' });
    expect(a).toBe(b);
  });

  it.each([
    ['an empty fragment is not a link at all', '', null],
    ['a fragment of another kind', '#foo=bar', { ok: false, error: { code: 'share/not-a-share-link' } }],
    ['an unknown version', '#share=9.abc', { ok: false, error: { code: 'share/unknown-version', version: '9' } }],
    ['no version separator', '#share=abc', { ok: false, error: { code: 'share/unknown-version', version: 'abc' } }],
    ['garbage characters', '#share=1.!!!***', { ok: false, error: { code: 'share/corrupt' } }],
    ['valid base64url that is not deflate data', '#share=1.AAAAAAAAAAAA', { ok: false, error: { code: 'share/corrupt' } }],
  ])('%s', async (_name, fragment, expected) => {
    expect(await decodeShare(fragment)).toEqual(expected);
  });

  it('refuses a truncated link', async () => {
    const link = await encodeShare({ text: 'apiVersion: v1\nkind: Pod\n'.repeat(50) });
    const result = await decodeShare(link.slice(0, Math.floor(link.length / 2)));
    expect(result).toEqual({ ok: false, error: { code: 'share/corrupt' } });
  });

  it('refuses a tampered link whose JSON is not a scenario', async () => {
    const packed = await deflateRaw(new TextEncoder().encode('[1,2,3]'));
    expect(await decodeShare(`share=1.${toBase64Url(packed)}`)).toEqual({ ok: false, error: { code: 'share/corrupt' } });
  });

  it('stops decompressing a 50 MB bomb at the limit', async () => {
    const bomb = await deflateRaw(new Uint8Array(50 * 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(100_000);
    const result = await decodeShare(`share=1.${toBase64Url(bomb)}`, 1024 * 1024);
    expect(result).toEqual({ ok: false, error: { code: 'share/too-large', limit: 1024 * 1024 } });
  });

  it('round-trips any state (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: fc.constantFrom('kind: ', 'Service', '\n', '\ue001', '\u0000', 'x', '  name: '), maxLength: 60 })), step: fc.option(fc.nat(500), { nil: undefined }), source: fc.option(fc.string({ minLength: 1 }), { nil: undefined }) }),
        async (s) => {
          const result = await decodeShare(await encodeShare(s));
          expect(result).toEqual({ ok: true, state: { text: s.text, ...pickShareFields(s) } });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('base64url round-trips any bytes and rejects non-alphabet text (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }));
    expect(fromBase64Url('ab=c')).toBeNull();
  });
});
