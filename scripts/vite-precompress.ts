/**
 * Compress the build's text assets once, at build time (`x.js` → `x.js.gz`, `x.js.br`), and let
 * `vite preview` serve those files instead of gzipping every response again.
 *
 * Why: `vite preview` compresses each response on the fly (@polka/compression, gzip level 6, on its one
 * Node thread). The first load asks for ~1 MB of JavaScript at once, so on a busy 2-core machine the
 * first byte of the engine worker's chunk came 200–400 ms after the request. Static hosts that honour
 * precompressed files (most do) get the smaller, better-compressed files too.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.html': 'text/html',
};
/** Below this size compression saves too little to be worth a second file. */
const MIN_BYTES = 1024;

/** Which precompressed variant a request accepts, best first. */
export function pickEncoding(acceptEncoding: string | undefined): ('br' | 'gzip')[] {
  const accept = (acceptEncoding ?? '').toLowerCase();
  const out: ('br' | 'gzip')[] = [];
  if (/\bbr\b/.test(accept)) out.push('br');
  if (/\bgzip\b/.test(accept)) out.push('gzip');
  return out;
}

export function precompress(): Plugin {
  return {
    name: 'podpath-precompress',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!(extname(fileName) in TYPES) || fileName.endsWith('.html')) continue;
        const file = join(dir, fileName);
        const body = readFileSync(file);
        if (body.length < MIN_BYTES) continue;
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }));
      }
    },
    configurePreviewServer(server) {
      // Added here, this middleware runs before preview's own compression and static files.
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        } catch {
          return next();
        }
        const type = TYPES[extname(path)];
        const file = normalize(join(root, path));
        if (!type || !file.startsWith(root + sep)) return next();
        for (const encoding of pickEncoding(req.headers['accept-encoding'])) {
          const packed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
          if (!existsSync(packed)) continue;
          res.statusCode = 200;
          res.setHeader('Content-Type', type);
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Content-Length', String(statSync(packed).size));
          res.setHeader('Vary', 'Accept-Encoding');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(req.method === 'HEAD' ? undefined : readFileSync(packed));
          return;
        }
        next();
      });
    },
  };
}
