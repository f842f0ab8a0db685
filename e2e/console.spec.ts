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
