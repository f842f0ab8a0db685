/**
 * Share links: the whole scenario in the URL fragment, so a link opens the same view anywhere, offline,
 * with no server. A pure, versioned, allow-listed codec (the shape of the TypeScript Playground's `#code/`):
 *
 *   #share=<version>.<base64url(deflate-raw(JSON))>
 *
 * - Only allow-listed fields are written, and only when they differ from the defaults.
 * - Decoding takes the fragment as an argument (no window access) and never throws: a broken, truncated,
 *   tampered or oversized link comes back as an error value the app shows, leaving the user's work alone.
 * - Decompression stops at `maxBytes` (a 50 MB "zip bomb" link is refused after reading at most that much).
 * - Old versions keep decoding: add a decoder to DECODERS, never change an existing one.
 * deflate-raw (CompressionStream, in every browser and Node ≥ 18) needs no dependency and gives ~0.62× the
 * length of lz-string on our scenarios (see bench/share.bench.ts).
 */
import { fromBase64Url, toBase64Url } from './base64url';

export interface ShareState {
  /** The manifests, exactly as typed. */
  text: string;
  /** Where console commands run from: 'internet', 'lan', 'ns/pod', 'node/name'. */
  source?: string;
  /** The console command whose trace is shown. */
  command?: string;
  /** The player's step (0-based). */
  step?: number;
  /** A lesson id. */
  lesson?: string;
  /** The language, only when the person chose one. */
  lang?: 'en' | 'ko';
  /** Presentation (classroom) mode. */
  present?: boolean;
}

export type ShareError =
  | { code: 'share/not-a-share-link' }
  | { code: 'share/unknown-version'; version: string }
  | { code: 'share/corrupt' }
  | { code: 'share/too-large'; limit: number };

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; error: ShareError };

export const SHARE_PREFIX = 'share=';
export const CURRENT_VERSION = '1';
/** Decompressed size limit: far above any real scenario (a 10,000-object dump is ~2 MB). */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
/** A fragment longer than this is refused before any work (browsers cap URLs around 2 MB). */
export const MAX_FRAGMENT_LENGTH = 2 * 1024 * 1024;

const ALLOWED: ReadonlyArray<keyof ShareState> = ['text', 'source', 'command', 'step', 'lesson', 'lang', 'present'];

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Keep allow-listed fields with non-default values, in a fixed order (stable links for the same view). */
export function pickShareFields(state: ShareState): Partial<ShareState> {
  const out: Record<string, unknown> = {};
  for (const key of ALLOWED) {
    const v = state[key];
    if (v === undefined || v === '' || v === false || (key === 'step' && v === 0)) continue;
    out[key] = v;
  }
  return out as Partial<ShareState>;
}

export async function encodeShare(state: ShareState): Promise<string> {
  const json = JSON.stringify(pickShareFields(state));
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  return `${SHARE_PREFIX}${CURRENT_VERSION}.${toBase64Url(packed as Uint8Array)}`;
}

function validate(value: unknown): ShareState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string' && v.text !== undefined) return null;
  const state: ShareState = { text: typeof v.text === 'string' ? v.text : '' };
  if (typeof v.source === 'string') state.source = v.source;
  if (typeof v.command === 'string') state.command = v.command;
  if (typeof v.step === 'number' && Number.isInteger(v.step) && v.step >= 0) state.step = v.step;
  if (typeof v.lesson === 'string') state.lesson = v.lesson;
  if (v.lang === 'en' || v.lang === 'ko') state.lang = v.lang;
  if (v.present === true) state.present = true;
  return state;
}

type Decoder = (payload: string, maxBytes: number) => Promise<DecodeResult>;

const DECODERS: Record<string, Decoder> = {
  '1': async (payload, maxBytes) => {
    const bytes = fromBase64Url(payload);
    if (!bytes || bytes.length === 0) return { ok: false, error: { code: 'share/corrupt' } };
    let raw: Uint8Array | 'too-large';
    try {
      raw = await pipe(bytes, new DecompressionStream('deflate-raw'), maxBytes);
    } catch {
      return { ok: false, error: { code: 'share/corrupt' } };
    }
    if (raw === 'too-large') return { ok: false, error: { code: 'share/too-large', limit: maxBytes } };
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return { ok: false, error: { code: 'share/corrupt' } };
    }
    const state = validate(parsed);
    return state ? { ok: true, state } : { ok: false, error: { code: 'share/corrupt' } };
  },
};

/**
 * Decode a URL fragment (with or without the leading '#'). Returns `null` when the fragment is not a
 * share link at all (e.g. empty), so the app simply opens the person's own work.
 */
export async function decodeShare(fragment: string, maxBytes = DEFAULT_MAX_BYTES): Promise<DecodeResult | null> {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const param = hash.split('&').find((p) => p.startsWith(SHARE_PREFIX));
  if (!param) return hash.trim() === '' ? null : { ok: false, error: { code: 'share/not-a-share-link' } };
  if (param.length > MAX_FRAGMENT_LENGTH) return { ok: false, error: { code: 'share/too-large', limit: maxBytes } };
  const body = param.slice(SHARE_PREFIX.length);
  const dot = body.indexOf('.');
  const version = dot < 0 ? body : body.slice(0, dot);
  const decoder = DECODERS[version];
  if (!decoder || dot < 0) return { ok: false, error: { code: 'share/unknown-version', version } };
  return decoder(body.slice(dot + 1), maxBytes);
}
