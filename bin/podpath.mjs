#!/usr/bin/env node
// The `podpath` command: the same engine as the app, for people who live in a terminal.
// tsx runs the TypeScript sources directly, so `npx podpath` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
// `podpath get pods -A | head`: a reader that goes away early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    // No manifests piped in and none given with -f: simulate the empty cluster (system objects only)
    // instead of waiting for a terminal to type YAML.
    if (process.stdin.isTTY) return '';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: async (path) => (await import('node:fs/promises')).readFile(path, 'utf8'),
});
process.exitCode = code;
