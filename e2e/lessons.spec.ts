import { expect, test } from '@playwright/test';
import { lessons } from '../src/lessons/index';
import { AppPage } from './pages/AppPage';

test.describe('lessons', () => {
  test('every lesson opens, its starter fails the check, its solution passes, and progress is remembered', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const app = new AppPage(page);
    await app.open();
    page.on('dialog', (d) => void d.accept());
    await page.getByTestId('header.lessons').click();
    const panel = page.getByTestId('lessons.panel');
    await expect(panel.getByTestId('lessons.list')).toBeVisible();
    const text = () => page.evaluate(() => (window as unknown as { podpathStore: { getState(): { text: string } } }).podpathStore.getState().text);

    for (const [i, lesson] of lessons.entries()) {
      await panel.getByTestId(`lessons.open.${lesson.id}`).click();
      const view = panel.getByTestId('lessons.view');
      await expect(view).toHaveAttribute('data-lesson', lesson.id);
      expect(await text()).toBe(lesson.scenario);
      // The first lesson: walk its steps (focus ring, a command run from the step's source).
      if (i === 0) {
        await expect(page.getByTestId('lessons.spotlight')).toBeAttached();
        // The first step's focus (the Service) is framed and highlighted on the graph.
        await expect(page.getByTestId('graph.canvas')).toHaveClass(/pp-graph--highlighting/);
        await page.waitForTimeout(900); // the overview fit, then the focus framed again (web/lessons/LessonView)
        await app.snapshot(testInfo, 'lessons-00-focus');
        await view.getByTestId('lessons.run.1').click();
        await expect(page.getByTestId('player.position')).toHaveText(/Step 1 of \d+/);
        await app.snapshot(testInfo, 'lessons-01-step');
      }
      await view.getByTestId('lessons.check').click();
      await expect(view.getByTestId('lessons.result'), `${lesson.id} starter`).toHaveAttribute('data-met', 'false');
      await view.getByTestId('lessons.solution').click();
      await expect.poll(text).toBe(lesson.challenge.solution);
      await view.getByTestId('lessons.check').click();
      await expect(view.getByTestId('lessons.result'), `${lesson.id} solution`).toHaveAttribute('data-met', 'true');
      for (let g = 0; g < lesson.challenge.goals.length; g++) await expect(view.getByTestId(`lessons.goal.${g}`)).toHaveAttribute('data-met', 'true');
      if (i === 0) await app.snapshot(testInfo, 'lessons-02-solved');
      await view.getByTestId('lessons.back').click();
    }
    await expect(panel.getByTestId('lessons.list')).toContainText(`${lessons.length} of ${lessons.length} solved`);
    await page.reload();
    await page.getByTestId('header.lessons').click();
    await expect(page.getByTestId('lessons.list')).toContainText(`${lessons.length} of ${lessons.length} solved`);
  });
});

test('loading the sample after a lesson leaves nothing of the lesson behind: its trace, its console source, the lesson itself', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  page.on('dialog', (d) => void d.accept());
  await page.getByTestId('header.lessons').click();
  const panel = page.getByTestId('lessons.panel');
  await panel.getByTestId(`lessons.open.${lessons[0].id}`).click();
  const view = panel.getByTestId('lessons.view');
  await view.getByTestId('lessons.run.1').click();
  await expect(page.getByTestId('player.position')).toHaveText(/Step 1 of \d+/);
  await page.getByTestId('header.reset').click();
  const state = () => page.evaluate(() => {
    const s = (window as unknown as { podpathStore: { getState(): { player: { trace: unknown }; consoleSource: string } } }).podpathStore.getState();
    return { trace: s.player.trace !== null, source: s.consoleSource };
  });
  await expect.poll(state).toEqual({ trace: false, source: 'client/internet' });
  await expect(panel.getByTestId('lessons.list')).toBeVisible();
  await expect(page.getByTestId('player.position')).not.toHaveText(/Step 1 of/);
});
