import { expect, type Locator, type Page } from '@playwright/test';

/** The step-through player: controls, position, narration, packet card. */
export class PlayerPanel {
  readonly play: Locator;
  readonly next: Locator;
  readonly prev: Locator;
  readonly position: Locator;
  readonly narration: Locator;
  readonly packet: Locator;
  readonly scrub: Locator;

  constructor(readonly page: Page) {
    this.play = page.getByTestId('player.play');
    this.next = page.getByTestId('player.next');
    this.prev = page.getByTestId('player.prev');
    this.position = page.getByTestId('player.position');
    this.narration = page.getByTestId('player.narration');
    this.packet = page.getByTestId('player.packet');
    this.scrub = page.getByTestId('player.scrub');
  }

  /** "Step 3 of 9" → [3, 9]. */
  async at(): Promise<[number, number]> {
    const text = (await this.position.textContent()) ?? '';
    const m = /Step (\d+) of (\d+)/.exec(text);
    expect(m, `player position "${text}"`).not.toBeNull();
    return [Number(m![1]), Number(m![2])];
  }
}
