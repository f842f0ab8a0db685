import { expect, type Locator, type Page } from '@playwright/test';

/** The console: source picker, command line, scrollback. */
export class ConsolePanel {
  readonly input: Locator;
  readonly source: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('console.input');
    this.source = page.getByTestId('console.source');
    this.entries = page.getByTestId('console.entry');
  }

  async runFrom(source: string): Promise<void> {
    await this.source.selectOption(source);
  }

  /** Paste text into the command line from the clipboard, as a learner pastes a tutorial's lines. */
  async paste(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.input.click();
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Type a command, press Enter, wait for its output, return it. */
  async run(command: string): Promise<string> {
    const before = await this.entries.count();
    await this.input.fill(command);
    await this.input.press('Enter');
    await expect(this.entries).toHaveCount(before + 1);
    const out = this.entries.last().locator('pre');
    await expect(out).not.toHaveText('…');
    return (await out.textContent()) ?? '';
  }
}
