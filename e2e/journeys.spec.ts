import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CARD_HANDLES } from '../web/graph/toFlow';
import { AppPage } from './pages/AppPage';

const seed001 = readFileSync(new URL('./fixtures/seed-001.yaml', import.meta.url), 'utf8');

test.describe('a learner', () => {
  test('sees the graph before the editor has loaded, then edits in Monaco', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.graphNode('svc/default/web')).toBeVisible();
    // The handles the graph gives React Flow up front (toFlow CARD_HANDLES, so that it need not render every card
    // to measure them) are where the cards' own handles are drawn.
    const drawn = await page.evaluate(() => {
      const card = document.querySelector('.react-flow__node-resource')!;
      const scale = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]);
      const c = card.getBoundingClientRect();
      return [...card.querySelectorAll<HTMLElement>('.react-flow__handle')].map((h) => {
        const b = h.getBoundingClientRect();
        return { id: h.dataset.handleid, x: Math.round((b.x - c.x) / scale), y: Math.round((b.y - c.y) / scale), width: Math.round(b.width / scale) };
      });
    });
    expect(drawn).toEqual(CARD_HANDLES.map((h) => ({ id: h.id, x: Math.round(h.x), y: Math.round(h.y), width: h.width })));
    await app.editor.waitForMonaco();
    await app.snapshot(testInfo, '01-first-screen');
  });

  test('pastes the headless/ExternalName/selector-less manifests and sees their nodes', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.paste(seed001);
    for (const id of [
      'svc/default/sample-headless', 'pod/default/sample-statefulset-headless-0', 'pod/default/sample-statefulset-headless-1',
      'pod/default/sample-statefulset-headless-2', 'pod/default/sample-subdomain', 'svc/default/sample-subdomain',
      'svc/default/sample-externalname', 'svc/default/sample-none-selector', 'ing/default/sample-ingress',
      'ing/default/sample-ingress-by-nginx',
    ]) {
      await expect(app.graphNode(id), id).toBeVisible();
    }
    await app.snapshot(testInfo, '02-seed-001-graph');
  });

  test('clicks a headless Service and reads its DNS names in the inspector', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.paste(seed001);
    await app.clickNode('svc/default/sample-headless');
    const inspector = page.getByTestId('inspector');
    await expect(page.getByTestId('inspector.title')).toContainText('sample-headless');
    // Its FQDN, and a per-pod name for a StatefulSet pod (hostname.subdomain.ns.svc.zone).
    await expect(inspector).toContainText('sample-headless.default.svc.cluster.local');
    await expect(inspector).toContainText('sample-statefulset-headless-0.sample-headless.default.svc.cluster.local');
    await app.snapshot(testInfo, '02b-inspector');
  });

  test('digs a headless Service and gets one A record per pod', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.paste(seed001);
    await expect(app.graphNode('pod/default/sample-statefulset-headless-2')).toBeVisible();
    const pods = await app.console.run('kubectl get pods -o wide');
    const ips = [...pods.matchAll(/^sample-statefulset-headless-\d\s+\S+\s+\S+\s+\S+\s+(\d+\.\d+\.\d+\.\d+)/gm)].map((m) => m[1]);
    expect(ips).toHaveLength(3);
    await app.console.runFrom('pod/default/sample-subdomain');
    const out = await app.console.run('dig sample-headless.default.svc.cluster.local');
    const answers = [...out.matchAll(/^sample-headless\.default\.svc\.cluster\.local\.\s+\d+\s+IN\s+A\s+(\S+)$/gm)].map((m) => m[1]);
    for (const ip of ips) expect(answers).toContain(ip);
    expect(new Set(answers).size).toBe(answers.length);
    await expect(app.player.position).toHaveText(/Step 1 of \d+/);
    await app.waitForStillGraph(); // the camera follows the step: take the picture once it has arrived
    // The step's card is on screen and not under the minimap (bottom right of the pane).
    const pane = (await page.getByTestId('graph.canvas').boundingBox())!;
    const map = await page.locator('.react-flow__minimap').boundingBox();
    const card = (await app.graphNode('pod/default/sample-subdomain').boundingBox())!;
    expect(card.x >= pane.x && card.x + card.width <= pane.x + pane.width && card.y + card.height <= pane.y + pane.height).toBe(true);
    if (map) expect(card.x + card.width <= map.x || card.y + card.height <= map.y).toBe(true);
    await app.snapshot(testInfo, '03-dig-headless');
  });

  test('curls through an Ingress and steps through every hop with the keyboard', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.waitForMonaco();
    const table = await app.console.run('kubectl get ingress');
    const address = /^web\s+\S+\s+web\.example\.com\s+(\d+\.\d+\.\d+\.\d+)/m.exec(table)?.[1];
    expect(address, table).toBeDefined();
    const out = await app.console.run(`curl -v -H 'Host: web.example.com' http://${address}/`);
    expect(out).toContain('< HTTP/1.1 200');
    const [, total] = await app.player.at();
    expect(total).toBeGreaterThan(3);
    // Keys go to the player when focus is not in the editor or a field.
    await page.getByRole('heading', { name: 'Step through' }).click();
    const seen = new Set<string>();
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(app.player.position).toHaveText(`Step ${i + 1} of ${total}`);
      seen.add((await app.player.narration.textContent()) ?? '');
    }
    expect(seen.size).toBeGreaterThan(total / 2);
    await app.waitForStillGraph(); // the camera follows the step: take the picture once it has arrived
    await app.snapshot(testInfo, '04-curl-ingress-last-step');
    await page.keyboard.press('Home');
    await expect(app.player.position).toHaveText(`Step 1 of ${total}`);
    await page.keyboard.press('End');
    await expect(app.player.position).toHaveText(`Step ${total} of ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(app.player.position).toHaveText(`Step ${total - 1} of ${total}`);
    await expect(app.player.packet).toBeVisible();
  });

  test('breaks a selector and sees the marker, the problem and the graph warning', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.waitForMonaco();
    const text = await app.editor.text();
    // The Service "web" selects app: web; make it select nothing.
    const broken = text.replace(/(kind: Service\nmetadata:\n {2}name: web\n[\s\S]*?selector:\n {4}app: )web/, '$1wbe');
    expect(broken).not.toBe(text);
    await app.editor.paste(broken);
    await expect.poll(async () => (await app.editor.markers()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(app.editor.problems.getByRole('button').first()).toBeVisible();
    await expect.poll(() => app.graphNodeSeverity('svc/default/web')).toMatch(/warning|error/);
    // Clicking the problem jumps to its line, and the cursor in the Service's document brings its card (with
    // the warning) into view: the picture shows the marker, the problem and the card together.
    await app.editor.problems.getByRole('button').first().click();
    const markerLine = (await app.editor.markers())[0].startLineNumber;
    await expect.poll(() => app.editor.cursorLine()).toBe(markerLine);
    await expect.poll(() => page.evaluate(() => (window as unknown as { podpathStore: { getState(): { selection: { id: string | null } } } }).podpathStore.getState().selection.id)).toBe('svc/default/web');
    await app.waitForStillGraph();
    await expect.poll(async () => {
      const pane = await page.getByTestId('graph.canvas').boundingBox();
      const card = await app.graphNode('svc/default/web').boundingBox();
      return !!pane && !!card && card.x >= pane.x && card.x + card.width <= pane.x + pane.width
        && card.y >= pane.y && card.y + card.height <= pane.y + pane.height;
    }, { timeout: 5_000 }).toBe(true);
    await app.snapshot(testInfo, '05-broken-selector');
  });

  test('reloads and keeps the text', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.waitForMonaco();
    await app.editor.typeAfter('name: db', ' # my note');
    await expect.poll(() => app.editor.text()).toContain('name: db # my note');
    await page.waitForTimeout(400); // the save is debounced
    await page.reload();
    await app.editor.waitForMonaco();
    expect(await app.editor.text()).toContain('name: db # my note');
    await app.snapshot(testInfo, '06-after-reload');
  });

  test('draws a returning visitor\'s graph from the saved text, not from the sample', async ({ page }) => {
    // The engine worker answers ahead with the sample's graph only when the page starts with the sample.
    const app = new AppPage(page);
    await app.open();
    await app.editor.waitForMonaco();
    await expect(app.graphNode('svc/default/db')).toBeVisible();
    await app.editor.typeAfter('name: db', 'x');
    await expect(app.graphNode('svc/default/dbx')).toBeVisible();
    await page.waitForTimeout(400); // the save is debounced
    await page.reload();
    await expect(app.graphNode('svc/default/dbx')).toBeVisible();
    await expect(app.graphNode('svc/default/db')).toHaveCount(0);
  });

  test('has no serious or critical accessibility violations', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open();
    await app.editor.waitForMonaco();
    await app.console.run('dig db.default.svc.cluster.local');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    await testInfo.attach('axe-violations', { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
    expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await app.snapshot(testInfo, '07-axe');
  });
});

test.describe('on a projector or a tablet', () => {
  for (const [w, h] of [[1024, 768], [800, 1000]] as const) {
    test(`works at ${w}×${h}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: w, height: h });
      const app = new AppPage(page);
      await app.open();
      await expect(app.graphNode('svc/default/web')).toBeVisible();
      // From the internet the cluster's names do not resolve: dig +short prints nothing, and the console says so.
      expect(await app.console.run('dig db.default.svc.cluster.local +short')).toBe('');
      await expect(page.getByTestId('console.no-output').last()).toContainText('NXDOMAIN');
      // From a pod: one A record per ready pod of the headless Service.
      const out = await app.console.run('kubectl exec -it db-0 -- dig db.default.svc.cluster.local +short');
      expect(out.trim().split('\n').filter((l) => /^10\.244\.\d+\.\d+$/.test(l))).toHaveLength(3);
      await expect(app.player.position).toHaveText(/Step 1 of/);
      await app.snapshot(testInfo, `08-layout-${w}x${h}`);
    });
  }
});
