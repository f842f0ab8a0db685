import { expect, type Locator, type Page } from '@playwright/test';

interface MonacoMarker {
  owner: string;
  code?: string | { value: string };
  severity: number;
  message: string;
  startLineNumber: number;
}

/** The manifest editor (Monaco once loaded, a textarea before) and its problems list. */
export class EditorPanel {
  readonly monaco: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.monaco = page.locator('[data-testid="editor.monaco"][data-ready="true"]');
    this.problems = page.getByTestId('problems.list');
  }

  async waitForMonaco(): Promise<void> {
    await expect(this.monaco).toBeVisible({ timeout: 20_000 });
  }

  /** Replace the whole text the way a learner does: select all, paste from the clipboard. */
  async paste(text: string): Promise<void> {
    await this.waitForMonaco();
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.monaco.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => this.text()).toBe(text);
  }

  async text(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { podpathEditor?: { getValue(): string } }).podpathEditor?.getValue() ?? '');
  }

  /** Put the cursor at the end of a line containing `needle` and type. */
  async typeAfter(needle: string, fragment: string): Promise<void> {
    await this.page.evaluate((n) => {
      const ed = (window as unknown as { podpathEditor: { getModel(): { findMatches(s: string, a: boolean, b: boolean, c: boolean, d: null, e: boolean): { range: { endLineNumber: number; endColumn: number } }[] }; setPosition(p: object): void; focus(): void } }).podpathEditor;
      const m = ed.getModel().findMatches(n, false, false, true, null, false)[0];
      ed.setPosition({ lineNumber: m.range.endLineNumber, column: m.range.endColumn });
      ed.focus();
    }, needle);
    await this.page.keyboard.type(fragment);
  }

  /** Markers on the model: PodPath's own (owner 'podpath') and the schema's (monaco-yaml). */
  async markers(owner = 'podpath'): Promise<MonacoMarker[]> {
    return this.page.evaluate((o) => {
      const w = window as unknown as { podpathMonaco?: { editor: { getModelMarkers(f: object): MonacoMarker[] } } };
      return w.podpathMonaco?.editor.getModelMarkers({ owner: o }) ?? [];
    }, owner);
  }

  problem(code: string): Locator {
    return this.page.getByTestId(`problems.item.${code}`);
  }

  async cursorLine(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { podpathEditor: { getPosition(): { lineNumber: number } } }).podpathEditor.getPosition().lineNumber);
  }
}
