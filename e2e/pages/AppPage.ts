import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { ConsolePanel } from './ConsolePanel';
import { EditorPanel } from './EditorPanel';
import { PlayerPanel } from './PlayerPanel';

/** The whole app: one screen with the editor, the graph, the console and the player. */
export class AppPage {
  readonly editor: EditorPanel;
  readonly console: ConsolePanel;
  readonly player: PlayerPanel;

  constructor(readonly page: Page) {
    this.editor = new EditorPanel(page);
    this.console = new ConsolePanel(page);
    this.player = new PlayerPanel(page);
  }

  /** Open the app; `fresh` starts from the built-in sample (no saved text). */
  async open({ fresh = true }: { fresh?: boolean } = {}): Promise<void> {
    if (fresh) {
      await this.page.addInitScript(() => {
        if (!sessionStorage.getItem('podpath.e2e.started')) {
          localStorage.clear();
          sessionStorage.setItem('podpath.e2e.started', '1');
        }
      });
    }
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'PodPath', level: 1 })).toBeVisible();
  }

  graphNode(id: string): Locator {
    return this.page.getByTestId(`graph.node.${id}`);
  }

  /**
   * The warning/error a graph node shows: its `data-severity`, or the graph's `pp-node--has-<severity>`
   * class (until every node carries the attribute).
   */
  async graphNodeSeverity(id: string): Promise<string | null> {
    return this.graphNode(id).evaluate((el) =>
      el.getAttribute('data-severity') ?? /(?:^|\s)pp-node--has-(\w+)/.exec(el.className)?.[1] ?? null);
  }

  /**
   * Click a card the way a learner does: wait until the camera holds still (after a new scenario it glides
   * to fit; the pane carries `data-gliding` from the moment the fit is scheduled until it ends), drag the
   * background until the card is on screen, then click it. A click on a card outside the pane would land on
   * whatever the page shows at that spot.
   */
  async clickNode(id: string): Promise<void> {
    await expect(this.graphNode(id)).toBeVisible();
    await this.waitForStillGraph();
    await this.panToNode(id);
    await this.graphNode(id).click();
  }

  async waitForStillGraph(): Promise<void> {
    await expect(this.page.getByTestId('graph.canvas')).not.toHaveAttribute('data-gliding', /.*/);
  }

  /** Drag the graph's background so that the card sits inside the pane (no-op when it already does). */
  async panToNode(id: string): Promise<void> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const pane = await this.page.getByTestId('graph.canvas').boundingBox();
      const card = await this.graphNode(id).boundingBox();
      if (!pane || !card) throw new Error(`no box for the graph or ${id}`);
      const inside = card.x >= pane.x && card.y >= pane.y + 48 && card.x + card.width <= pane.x + pane.width && card.y + card.height <= pane.y + pane.height;
      if (inside) return;
      // An empty spot of the background to grab (not a card, an edge, a control or the minimap).
      const grab = await this.page.evaluate(({ x, y, w, h }) => {
        for (let fy = 0.25; fy < 0.95; fy += 0.1) {
          for (let fx = 0.1; fx < 0.95; fx += 0.1) {
            const px = x + w * fx, py = y + h * fy;
            if (document.elementFromPoint(px, py)?.classList.contains('react-flow__pane')) return { x: px, y: py };
          }
        }
        return null;
      }, { x: pane.x, y: pane.y, w: pane.width, h: pane.height });
      if (!grab) throw new Error('no empty background to drag the graph by');
      const view = this.page.viewportSize() ?? { width: 1280, height: 720 };
      const to = {
        x: Math.min(view.width - 2, Math.max(2, grab.x + (pane.x + pane.width / 2) - (card.x + card.width / 2))),
        y: Math.min(view.height - 2, Math.max(2, grab.y + (pane.y + pane.height / 2) - (card.y + card.height / 2))),
      };
      await this.page.mouse.move(grab.x, grab.y);
      await this.page.mouse.down();
      await this.page.mouse.move(to.x, to.y, { steps: 8 });
      await this.page.mouse.up();
    }
    throw new Error(`could not bring ${id} into view`);
  }

  graphStatus(): Locator {
    return this.page.getByTestId('graph.status');
  }

  /** Screenshot attached to the report and kept in e2e-artifacts/ for a human to look at. */
  async snapshot(testInfo: TestInfo, name: string): Promise<void> {
    mkdirSync('e2e-artifacts', { recursive: true });
    const body = await this.page.screenshot({ path: `e2e-artifacts/${name}.png`, fullPage: false });
    await testInfo.attach(name, { body, contentType: 'image/png' });
  }
}
