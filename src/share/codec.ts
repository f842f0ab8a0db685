/**
 * Share links: the whole scenario in the URL fragment, so a link opens the same view anywhere, offline,
 * with no server. A pure, versioned, allow-listed codec (the shape of the TypeScript Playground's `#code/`):
 *
 *   #share=1.<base64url(deflate-raw(JSON))>                                   (version 1)
 *   #share=2.<base64url(deflate-raw(pack(text) + NUL + JSON of the other fields))> (version 2, written now)
 *
 * Version 2 keeps the text outside JSON (no "\n" escapes) and replaces the words every manifest repeats by one
 * character each (src/share/dictionary.ts, frozen). A text that could collide with those characters is written
 * as version 1, which every decoder still reads.
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
import { canPack, pack, unpack } from './dictionary';

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
export const CURRENT_VERSION = '2';
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

async function deflate(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity);
  return toBase64Url(packed as Uint8Array);
}

export async function encodeShare(state: ShareState): Promise<string> {
  const fields = pickShareFields(state);
  const text = fields.text ?? '';
  if (!canPack(text)) return `${SHARE_PREFIX}1.${await deflate(JSON.stringify(fields))}`;
  const { text: _t, ...rest } = fields;
  const tail = Object.keys(rest).length ? JSON.stringify(rest) : '';
  return `${SHARE_PREFIX}2.${await deflate(`${pack(text)}\u0000${tail}`)}`;
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

/** base64url → inflate (stopping at maxBytes) → UTF-8 text, or the error to show. */
async function inflate(payload: string, maxBytes: number): Promise<string | ShareError> {
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return { code: 'share/corrupt' };
  let raw: Uint8Array | 'too-large';
  try {
    raw = await pipe(bytes, new DecompressionStream('deflate-raw'), maxBytes);
  } catch {
    return { code: 'share/corrupt' };
  }
  if (raw === 'too-large') return { code: 'share/too-large', limit: maxBytes };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { code: 'share/corrupt' };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const DECODERS: Record<string, Decoder> = {
  '1': async (payload, maxBytes) => {
    const text = await inflate(payload, maxBytes);
    if (typeof text !== 'string') return { ok: false, error: text };
    const state = validate(parseJson(text));
    return state ? { ok: true, state } : { ok: false, error: { code: 'share/corrupt' } };
  },
  '2': async (payload, maxBytes) => {
    const body = await inflate(payload, maxBytes);
    if (typeof body !== 'string') return { ok: false, error: body };
    const nul = body.indexOf('\u0000');
    if (nul < 0) return { ok: false, error: { code: 'share/corrupt' } };
    const tail = body.slice(nul + 1);
    const rest = tail === '' ? {} : parseJson(tail);
    if (typeof rest !== 'object' || rest === null || Array.isArray(rest) || 'text' in rest) return { ok: false, error: { code: 'share/corrupt' } };
    const state = validate({ ...rest, text: unpack(body.slice(0, nul)) });
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
