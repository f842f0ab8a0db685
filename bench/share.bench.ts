/**
 * Share-link length per lesson scenario: our codec (deflate-raw + base64url, the whole `share=1.…` fragment) vs
 * lz-string's compressToEncodedURIComponent (the TypeScript Playground's choice) on the same text.
 * Target: ours ≤ 0.62× lz-string's. Run: npm run bench:share
 */
import LZString from 'lz-string';
import { lessons } from '../src/lessons/index';
import { encodeShare } from '../src/share/index';
import { toBase64Url } from '../src/share/base64url';

const TARGET = 0.62;

interface Row { name: string; bytes: number; ours: number; lz: number; ratio: number; v2: number }

/*
 * A candidate for a codec version 2, measured here only (not used by the app): the text outside JSON (no "\n"
 * escapes), and the words every manifest repeats replaced by one private-use character each before deflate —
 * a static dictionary, which is what short scenarios lack (deflate cannot refer back to text it has not seen).
 */
const WORDS = ['apiVersion: ', 'kind: ', 'metadata:\n', '  name: ', '  namespace: ', 'spec:\n', 'selector:\n', 'matchLabels:\n',
  'labels:\n', 'ports:\n', '- port: ', 'targetPort: ', 'protocol: TCP', 'containerPort: ', 'containers:\n', 'image: ', 'template:\n',
  'replicas: ', 'type: ', 'Service', 'Deployment', 'Ingress', 'networking.k8s.io/v1', 'apps/v1', 'v1\n', '\n---\n', 'http:\n',
  'paths:\n', 'path: ', 'pathType: Prefix', 'backend:\n', 'service:\n', 'number: ', 'rules:\n', '- host: ', 'ingressClassName: ',
  'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'externalName: ', 'EndpointSlice', 'discovery.k8s.io/v1', 'endpoints:\n',
  'addresses:\n', 'app: ', 'nginx', 'busybox', 'command: ', 'sleep', 'infinity', 'Pod\n', 'StatefulSet', 'clusterIP: None',
  'serviceName: ', 'annotations:\n', 'externalTrafficPolicy: ', 'name: http', 'hostname: ', 'port:\n'];
const BASE = 0xe000;
const pack = (t: string) => WORDS.reduce((acc, w, i) => acc.split(w).join(String.fromCharCode(BASE + i)), t);
const unpack = (t: string) => t.replace(/[\ue000-\ue0ff]/g, (c) => WORDS[c.charCodeAt(0) - BASE] ?? c);

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function v2Length(text: string): Promise<number> {
  if (unpack(pack(text)) !== text) throw new Error('v2 candidate does not round-trip');
  return 'share=2.'.length + toBase64Url(await deflateRaw(new TextEncoder().encode(pack(text)))).length;
}

async function measure(name: string, text: string): Promise<Row> {
  const ours = (await encodeShare({ text })).length;
  const lz = LZString.compressToEncodedURIComponent(text).length;
  return { name, bytes: new TextEncoder().encode(text).length, ours, lz, ratio: ours / lz, v2: await v2Length(text) };
}

async function main() {
  const rows: Row[] = [];
  for (const l of lessons) {
    rows.push(await measure(`${l.id} (starter)`, l.scenario));
    rows.push(await measure(`${l.id} (solution)`, l.challenge.solution));
  }
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'scenario'.padEnd(w)}  ${pad('text B', 7)}  ${pad('ours', 6)}  ${pad('lz-string', 9)}  ${pad('ratio', 6)}  ${pad('v2 cand.', 8)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(w)}  ${pad(r.bytes, 7)}  ${pad(r.ours, 6)}  ${pad(r.lz, 9)}  ${pad(r.ratio.toFixed(3), 6)}  ${pad(r.v2, 8)}${r.ratio > TARGET ? '  > target' : ''}`);
  }
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const total = sum((r) => r.ours) / sum((r) => r.lz);
  const worst = rows.reduce((a, r) => (r.ratio > a.ratio ? r : a));
  const mean = sum((r) => r.ratio) / rows.length;
  console.log(`\n${rows.length} scenarios · total ${sum((r) => r.ours)} vs ${sum((r) => r.lz)} chars · overall ratio ${total.toFixed(3)} · mean ${mean.toFixed(3)} · worst ${worst.ratio.toFixed(3)} (${worst.name})`);
  console.log(`v2 candidate (text outside JSON + manifest-word dictionary): overall ratio ${(sum((r) => r.v2) / sum((r) => r.lz)).toFixed(3)}`);
  console.log(total <= TARGET ? `OK: overall ratio ≤ ${TARGET}` : `MISSED: overall ratio > ${TARGET}`);
  if (total > TARGET) process.exitCode = 1;
}

void main();
