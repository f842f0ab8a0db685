import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';

const seed001 = readFileSync(new URL('./fixtures/seed-001.yaml', import.meta.url), 'utf8');

const withTypo = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selectr:
    app: web
  ports:
    - port: 80
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: my-crd
spec:
  anything: goes
`;

test.describe('the editor', () => {
  test('validates against the Kubernetes schema, without flagging unknown kinds', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.paste(withTypo);
    await expect.poll(async () => (await app.editor.markers('yaml')).map((m) => m.startLineNumber), { timeout: 15_000 }).toContain(6);
    const schemaLines = (await app.editor.markers('yaml')).map((m) => m.startLineNumber);
    expect(schemaLines.every((l) => l < 11), `schema markers on lines ${schemaLines}`).toBe(true);
    await app.snapshot(testInfo, '09-schema-validation');
  });

  test("a key written twice gets the engine's warning (kubectl keeps the last one), not the strict schema error", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.paste(withTypo.replace('  ports:\n    - port: 80\n', '  ports:\n    - port: 80\n  ports:\n    - port: 81\n'));
    // The schema check has run once its typo marker (line 6) is there.
    await expect.poll(async () => (await app.editor.markers('yaml')).map((m) => m.startLineNumber), { timeout: 15_000 }).toContain(6);
    await expect.poll(async () => (await app.editor.markers()).filter((m) => m.startLineNumber === 10).map((m) => m.message)).toEqual([
      expect.stringContaining('Key "ports" is written again here (first on line 8)'),
    ]);
    expect((await app.editor.markers('yaml')).filter((m) => m.startLineNumber === 10)).toEqual([]);
  });

  test('selecting a graph node selects its lines; the cursor in a document highlights its node', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.waitForMonaco();
    await app.clickNode('svc/default/db');
    await expect.poll(() => app.editor.cursorLine()).toBeGreaterThan(1);
    const selected = await page.evaluate(() => {
      const ed = (window as unknown as { podpathEditor: { getSelection(): { startLineNumber: number; endLineNumber: number }; getModel(): { getLineContent(n: number): string } } }).podpathEditor;
      const sel = ed.getSelection();
      const lines: string[] = [];
      for (let l = sel.startLineNumber; l <= sel.endLineNumber; l++) lines.push(ed.getModel().getLineContent(l));
      return lines.join('\n');
    });
    expect(selected).toContain('kind: Service');
    expect(selected).toContain('name: db');
    await app.editor.typeAfter('name: web', '');
    await page.keyboard.press('ArrowDown'); // a real cursor move (API moves are not the learner's)
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() =>
      (window as unknown as { podpathStore: { getState(): { selection: { id: string | null } } } }).podpathStore.getState().selection.id)).toMatch(/^pod\/default\/web-|^svc\/default\/web$/);
  });
});

test('the cursor in a document whose card is off screen brings the card into view', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(seed001);
  await app.waitForStillGraph();
  const onScreen = async (id: string) => {
    const pane = await page.getByTestId('graph.canvas').boundingBox();
    const card = await app.graphNode(id).boundingBox();
    return !!pane && !!card && card.x >= pane.x && card.x + card.width <= pane.x + pane.width
      && card.y >= pane.y && card.y + card.height <= pane.y + pane.height;
  };
  // Zoomed in (the controls' + button), the pane shows a few of seed 001's Services: take one that is off screen.
  for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomin').click();
  await page.waitForTimeout(400);
  let name: string | undefined;
  for (const svc of ['sample-headless', 'sample-externalname', 'sample-none-selector', 'sample-ingress-svc-1', 'sample-ingress-svc-2', 'sample-ingress-default']) {
    if (!(await onScreen(`svc/default/${svc}`))) {
      name = svc;
      break;
    }
  }
  expect(name, 'a Service card off screen').toBeDefined();
  const id = `svc/default/${name}`;
  await app.editor.typeAfter(`name: ${name}`, '');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => onScreen(id)).toBe(true);
  await expect(page.locator('.react-flow__node.is-selected').getByTestId(`graph.node.${id}`)).toBeVisible();
});

test('completes Kubernetes fields from the schema', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('sel');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget .monaco-list-row');
  await expect(suggest.filter({ hasText: 'selector' }).first()).toBeVisible({ timeout: 15_000 });
  await app.snapshot(testInfo, '10-schema-completion');
  await page.keyboard.press('Escape');
});
