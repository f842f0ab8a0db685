import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pickEncoding, precompress } from './vite-precompress';

type Middleware = (req: { method: string; url: string; headers: Record<string, string> }, res: FakeRes, next: () => void) => void;

class FakeRes {
  statusCode = 0;
  headers: Record<string, string> = {};
  body: Buffer | undefined;
  ended = false;
  setHeader(k: string, v: string) { this.headers[k.toLowerCase()] = v; }
  end(b?: Buffer) { this.body = b; this.ended = true; }
}

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'podpath-precompress-'));
  mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
  const js = Buffer.from(`export const x = ${JSON.stringify('podpath '.repeat(400))};\n`);
  writeFileSync(join(root, 'dist', 'assets', 'app.js'), js);
  writeFileSync(join(root, 'dist', 'assets', 'tiny.js'), 'export {};\n');
  const plugin = precompress();
  (plugin.writeBundle as (o: object, b: object) => void)({ dir: join(root, 'dist') }, { 'assets/app.js': {}, 'assets/tiny.js': {} });
  let middleware: Middleware | undefined;
  (plugin.configurePreviewServer as (s: object) => void)({
    config: { root, build: { outDir: 'dist' } },
    middlewares: { use: (m: Middleware) => (middleware = m) },
  });
  const get = (url: string, accept: string) => {
    const res = new FakeRes();
    let passed = false;
    middleware!({ method: 'GET', url, headers: { 'accept-encoding': accept } }, res, () => (passed = true));
    return { res, passed };
  };
  return { root, js, get };
}

describe('precompressed assets for vite preview', () => {
  it('prefers brotli, then gzip, as the request accepts', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(pickEncoding('gzip, deflate')).toEqual(['gzip']);
    expect(pickEncoding('identity')).toEqual([]);
    expect(pickEncoding(undefined)).toEqual([]);
  });

  it('writes .gz and .br next to each text asset that is worth compressing', () => {
    const { root, js } = setup();
    const file = join(root, 'dist', 'assets', 'app.js');
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(js)).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(js)).toBe(true);
    expect(existsSync(join(root, 'dist', 'assets', 'tiny.js.gz'))).toBe(false);
  });

  it('serves the precompressed file with its encoding and type, and leaves everything else to preview', () => {
    const { js, get } = setup();
    const br = get('/assets/app.js?v=1', 'gzip, deflate, br');
    expect(br.passed).toBe(false);
    expect(br.res.headers).toMatchObject({ 'content-encoding': 'br', 'content-type': 'text/javascript', vary: 'Accept-Encoding' });
    expect(brotliDecompressSync(br.res.body!).equals(js)).toBe(true);
    const gz = get('/assets/app.js', 'gzip');
    expect(gz.res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.res.body!).equals(js)).toBe(true);
    expect(get('/assets/app.js', 'identity').passed).toBe(true);
    expect(get('/assets/tiny.js', 'gzip, br').passed).toBe(true);
    expect(get('/', 'gzip').passed).toBe(true);
    expect(get('/assets/../../package.json', 'gzip').passed).toBe(true);
    expect(get('/assets/%E0%A4%A', 'gzip').passed).toBe(true);
  });
});
