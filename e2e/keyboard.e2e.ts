/**
 * The atlas without a mouse: from the page's first Tab to a search result's panel and back, then
 * on to the date slider, which the arrow keys move.
 */
import type { Page } from 'playwright-core';
import { openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';

/** Presses Tab until the element with `testId` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, testId: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${testId}`);
}

function urlDate(page: Page): Promise<string> {
  return page.evaluate(() => /date=(\d{4}-\d{2}-\d{2})/.exec(location.hash)?.[1] ?? '');
}

export const tests: E2ETest[] = [
  {
    name: 'by keyboard alone: search, open a result, close it, then step the date on the slider',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2021-06-01');
      await tabTo(page, 'search-input');
      await page.keyboard.type('Shusha');
      await page.getByTestId('search-results').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const title = page.getByTestId('details-title');
      await title.waitFor();
      check(((await title.textContent()) ?? '').includes('Shusha'), 'the panel is about Shusha');
      await page.keyboard.press('Escape');
      await page.getByTestId('details-panel').waitFor({ state: 'detached' });

      await tabTo(page, 'timeline-track');
      checkEqual(await urlDate(page), '2021-06-01', 'the date before the arrow key');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash.includes('date=2021-06-02'));
      const slider = page.getByTestId('timeline-track');
      const spoken = (await slider.getAttribute('aria-valuetext')) ?? '';
      check(spoken.startsWith('2 June 2021'), `the slider says the new date: ${spoken}`);
      checkNoProblems(watched.problems);
    },
  },
];
