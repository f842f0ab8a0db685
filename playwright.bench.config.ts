import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './playwright.config';

/** `npm run bench:web`: the app's own numbers in Debian's Chromium, against a production build. */
const port = 4175;
const outDir = 'node_modules/.cache/podpath-bench-dist';

export default defineConfig({
  testDir: 'bench',
  testMatch: 'web.bench.spec.ts',
  outputDir: 'test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunch,
    viewport: { width: 1440, height: 900 },
  },
  webServer: {
    command: `npm run schemas && node_modules/.bin/vite build --outDir ${outDir} --emptyOutDir && node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
