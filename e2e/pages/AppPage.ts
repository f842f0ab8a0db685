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
