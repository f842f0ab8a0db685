import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/vite-precompress';

export default defineConfig({
  plugins: [react(), precompress()],
  base: './',
  // The engine worker is one file: in Chromium a module worker's further fetches (a shared chunk that rolldown
  // splits out, rolldown/rolldown#10731) wait until the page's main thread is free, and at startup it is busy
  // loading the UI — the first graph waited ~0.4 s for a 20 KB chunk. Its lazy parts (console tools,
  // inspector) are inlined too; V8 only pre-parses them until they are first called.
  worker: { format: 'es', rolldownOptions: { output: { codeSplitting: false } } },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
