/**
 * Share-link length per lesson scenario: our codec (deflate-raw + base64url, the whole `share=1.…` fragment) vs
 * lz-string's compressToEncodedURIComponent (the TypeScript Playground's choice) on the same text.
 * Target: ours ≤ 0.62× lz-string's. Run: npm run bench:share
 */
import LZString from 'lz-string';
import { lessons } from '../src/lessons/index';
import { encodeShare } from '../src/share/index';

const TARGET = 0.62;

interface Row { name: string; bytes: number; ours: number; lz: number; ratio: number }

async function measure(name: string, text: string): Promise<Row> {
  const ours = (await encodeShare({ text })).length;
  const lz = LZString.compressToEncodedURIComponent(text).length;
  return { name, bytes: new TextEncoder().encode(text).length, ours, lz, ratio: ours / lz };
}

async function main() {
  const rows: Row[] = [];
  for (const l of lessons) {
    rows.push(await measure(`${l.id} (starter)`, l.scenario));
    rows.push(await measure(`${l.id} (solution)`, l.challenge.solution));
  }
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'scenario'.padEnd(w)}  ${pad('text B', 7)}  ${pad('ours', 6)}  ${pad('lz-string', 9)}  ${pad('ratio', 6)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(w)}  ${pad(r.bytes, 7)}  ${pad(r.ours, 6)}  ${pad(r.lz, 9)}  ${pad(r.ratio.toFixed(3), 6)}${r.ratio > TARGET ? '  > target' : ''}`);
  }
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const total = sum((r) => r.ours) / sum((r) => r.lz);
  const worst = rows.reduce((a, r) => (r.ratio > a.ratio ? r : a));
  const mean = sum((r) => r.ratio) / rows.length;
  console.log(`\n${rows.length} scenarios · total ${sum((r) => r.ours)} vs ${sum((r) => r.lz)} chars · overall ratio ${total.toFixed(3)} · mean ${mean.toFixed(3)} · worst ${worst.ratio.toFixed(3)} (${worst.name})`);
  console.log(total <= TARGET ? `OK: overall ratio ≤ ${TARGET}` : `MISSED: overall ratio > ${TARGET}`);
  if (total > TARGET) process.exitCode = 1;
}

void main();
