import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test.describe('the console', () => {
  test('explains unknown commands and keeps a history', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const out = await app.console.run('frobnicate now');
    expect(out).toContain('command not found');
    await app.console.run('help');
    await app.console.input.press('ArrowUp');
    await expect(app.console.input).toHaveValue('help');
    await app.console.input.press('ArrowUp');
    await expect(app.console.input).toHaveValue('frobnicate now');
    await app.console.input.press('ArrowDown');
    await expect(app.console.input).toHaveValue('help');
  });

  test('prints resolv.conf from a pod through kubectl exec', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('pod/default/db-0')).toBeVisible();
    const out = await app.console.run('kubectl exec -it db-0 -- cat /etc/resolv.conf');
    expect(out).toContain('search default.svc.cluster.local svc.cluster.local cluster.local');
    expect(out).toContain('options ndots:5');
  });
});

test.describe('kubectl describe in the console', () => {
  test('describes a Service as kubectl does: aligned fields, the endpoints behind each port', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('pod/default/db-0')).toBeVisible();
    const out = await app.console.run('kubectl describe svc web');
    expect(out).toMatch(/^Name:\s+web$/m);
    // describe.go's tabwriter: every label padded to the widest one, plus two spaces.
    const labels = out.split('\n').filter((l) => /^[A-Z][A-Za-z ]+:\s/.test(l)).map((l) => l.search(/(?<=:\s+)\S/));
    expect(new Set(labels).size).toBe(1);
    expect(out).toMatch(/^Endpoints:\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80$/m);
    await app.snapshot(testInfo, 'console-describe-svc');
  });
});
