/**
 * The e2e suite against a private build and port, for when several people work in one tree and share
 * dist/ and port 4173: `npx playwright test -c e2e/isolated.config.ts`.
 */
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

const port = Number(process.env.PODPATH_E2E_PORT ?? 4191);
const outDir = process.env.PODPATH_E2E_DIST ?? '/tmp/podpath-e2e-dist';

export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../test-results/isolated',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npm run schemas && node_modules/.bin/vite build --outDir ${outDir} --emptyOutDir && node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
