import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';

test.describe('presentation mode', () => {
  test('fills the screen with the graph and narration, keys step, the address keeps the step', async ({ page, browser }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('svc/default/web')).toBeVisible();
    const pod = await defaultPod(page);
    await app.console.run(`kubectl exec -it ${pod} -- curl -v http://web/`);
    await page.getByTestId('header.present').click();
    const view = page.getByTestId('present.view');
    await expect(view).toBeVisible();
    await expect(page.getByTestId('editor.panel')).toBeHidden();
    // Entered mid-trace, the graph shows the current step close up, not the overview (web/graph/viewport.ts
    // PRESENT_READABLE_ZOOM): the overview fit on entering is followed by the step's camera.
    const zoom = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
    await expect.poll(zoom).toBeGreaterThanOrEqual(1.1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('present.position')).toHaveText(/^Step 3 of \d+$/);
    await expect(page).toHaveURL(/#share=\d+\./);
    // Give the graph its step highlight, then take the classroom picture.
    await page.waitForTimeout(400);
    await app.snapshot(testInfo, 'present-01-step-3');

    // The address is a link to this very step, in presentation mode.
    const link = page.url();
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page2 = await other.newPage();
    await page2.goto(link);
    await expect(page2.getByTestId('present.view')).toBeVisible();
    await expect(page2.getByTestId('present.position')).toHaveText(/^Step 3 of \d+$/);
    await other.close();

    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    await expect(page.getByTestId('editor.panel')).toBeVisible();
    await expect(page).not.toHaveURL(/#share=/);
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
