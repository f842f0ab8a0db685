import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { encodeShare } from '../src/share/index';
import { AppPage } from './pages/AppPage';

type StoreWindow = { podpathStore: { getState(): { text: string; setText(t: string): void } } };
const textOf = (page: Page) => page.evaluate(() => (window as unknown as StoreWindow).podpathStore.getState().text);
const setText = (page: Page, t: string) => page.evaluate((t) => (window as unknown as StoreWindow).podpathStore.getState().setText(t), t);
const MY_WORK = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: my-own-work\nspec:\n  ports:\n    - port: 80\n';

/** Open the app with the person's own (autosaved) work in it. */
async function withMyWork(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await setText(page, MY_WORK);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('podpath.text.v1'))).toBe(MY_WORK);
  return app;
}

test.describe('share links', () => {
  test('a link made mid-trace opens in another browser on the same step, with the same text', async ({ page, browser }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('svc/default/web')).toBeVisible();
    await app.console.run('kubectl exec -it web-0 -- curl -v http://web/'.replace('web-0', await defaultPod(page)));
    await app.player.next.click();
    await app.player.next.click();
    const [at, total] = await app.player.at();
    expect(at).toBe(3);
    await page.getByTestId('header.share').click();
    const dialog = page.getByTestId('share.dialog');
    await expect(dialog.getByTestId('share.qr')).toBeVisible();
    const link = await dialog.getByTestId('share.link').inputValue();
    expect(link).toMatch(/#share=2\./);
    await app.snapshot(testInfo, 'share-01-dialog');

    const other = await browser.newContext();
    const page2 = await other.newPage();
    await page2.goto(link);
    await expect(page2.getByTestId('player.position')).toHaveText(`Step 3 of ${total}`);
    expect(await textOf(page2)).toBe(await textOf(page));
    await expect(page2.getByTestId('share.notice')).toHaveAttribute('data-kind', 'opened');
    await other.close();
  });

  test('a garbage, truncated or tampered link is refused and the person\'s work stays', async ({ page }, testInfo) => {
    await withMyWork(page);
    const good = await encodeShare({ text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: shared\n'.repeat(20) });
    for (const [name, fragment] of [
      ['garbage', 'share=1.!!garbage!!'],
      ['truncated', good.slice(0, Math.floor(good.length * 0.6))],
      ['tampered', good.slice(0, 20) + 'AAAA' + good.slice(24)],
    ]) {
      await page.goto(`/?case=${name}#${fragment}`);
      await expect(page.getByTestId('share.notice'), name).toHaveAttribute('data-kind', 'error');
      expect(await textOf(page), name).toBe(MY_WORK);
    }
    await new AppPage(page).snapshot(testInfo, 'share-02-broken-link');
    // The fragment is cleared, so a reload opens the person's work without the message.
    await page.reload();
    await expect(page.getByTestId('share.notice')).toHaveCount(0);
    expect(await textOf(page)).toBe(MY_WORK);
  });

  test('a link that unpacks to 50 MB is refused without replacing anything', async ({ page }) => {
    await withMyWork(page);
    const bomb = await encodeShare({ text: ' '.repeat(50 * 1024 * 1024) });
    await page.goto(`/?case=bomb#${bomb}`);
    const notice = page.getByTestId('share.notice');
    await expect(notice).toHaveAttribute('data-kind', 'error');
    await expect(notice).toContainText('MB');
    expect(await textOf(page)).toBe(MY_WORK);
  });

  test('a good link replaces the text, and the previous work can be restored', async ({ page }) => {
    await withMyWork(page);
    const shared = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: from-a-link\nspec:\n  ports:\n    - port: 80\n';
    await page.goto(`/?case=good#${await encodeShare({ text: shared })}`);
    await expect.poll(() => textOf(page)).toBe(shared);
    await expect(page).not.toHaveURL(/#share=/);
    await page.getByTestId('notice.restore').click();
    await expect.poll(() => textOf(page)).toBe(MY_WORK);
    // …and the link's text took its place in the slot.
    await page.getByTestId('header.share').click();
    await expect(page.getByTestId('share.previous')).toBeVisible();
  });

  test('downloads the manifests and opens a .yaml file, with undo', async ({ page }) => {
    await withMyWork(page);
    page.on('dialog', (d) => void d.accept());
    await page.getByTestId('header.share').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share.download').click()]);
    expect(download.suggestedFilename()).toMatch(/^podpath-scenario-\d{4}-\d\d-\d\d\.yaml$/);
    const opened = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-a-file\n';
    await page.getByTestId('share.file-input').setInputFiles({ name: 'mine.yaml', mimeType: 'application/yaml', buffer: Buffer.from(opened) });
    await expect.poll(() => textOf(page)).toBe(opened);
    await expect(page.getByTestId('share.notice')).toHaveAttribute('data-kind', 'file-opened');
    await page.getByTestId('notice.restore').click();
    await expect.poll(() => textOf(page)).toBe(MY_WORK);
  });
});

/** A pod of the default namespace (the console's source list, as the worker summarises it). */
async function defaultPod(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Pods = { namespace: string; name: string }[];
    const s = (window as unknown as { podpathStore: { getState(): { simulation: { sources?: { pods: Pods } } | null } } }).podpathStore.getState();
    return s.simulation?.sources?.pods.find((p) => p.namespace === 'default')?.name ?? 'db-0';
  });
}

test.describe('graph export', () => {
  test('the visible graph downloads as SVG and PNG, with the cards\' text', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('svc/default/web')).toBeVisible();
    await page.waitForTimeout(500); // the first fitView animation
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export.svg').click()]);
    expect(svgDl.suggestedFilename()).toMatch(/^podpath-graph-.*\.svg$/);
    const svg = await readDownload(svgDl);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const word of ['web', 'Service', 'Pod']) expect(svg).toContain(`>${word}<`);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export.png').click()]);
    expect(pngDl.suggestedFilename()).toMatch(/\.png$/);
    const png = Buffer.from(await readDownload(pngDl, 'binary'), 'binary');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    mkdirSync('e2e-artifacts', { recursive: true });
    writeFileSync('e2e-artifacts/export-graph.png', png);
    writeFileSync('e2e-artifacts/export-graph.svg', svg);
    await testInfo.attach('export-graph.png', { body: png, contentType: 'image/png' });
  });
});

async function readDownload(d: Download, encoding: BufferEncoding = 'utf8'): Promise<string> {
  const path = await d.path();
  return readFileSync(path!, encoding);
}
