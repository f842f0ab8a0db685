#!/usr/bin/env node
// The `podpath` command: the same engine as the app, for people who live in a terminal.
// tsx runs the TypeScript sources directly, so `npx podpath` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: async (path) => (await import('node:fs/promises')).readFile(path, 'utf8'),
});
process.exitCode = code;
