/** The day as text, a choice beside the map: who held each zone, and a way into its details. */
import { openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';

export const tests: E2ETest[] = [
  {
    name: 'the day as text lists who held each zone and opens a zone’s details',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=1995-06-01');
      const toggle = page.getByTestId('text-view-toggle');
      checkEqual(await page.getByTestId('day-text').count(), 0, 'the map shows by default');
      await toggle.click();
      const text = page.getByTestId('day-text');
      await text.waitFor();
      checkEqual(await toggle.getAttribute('aria-pressed'), 'true', 'the toggle says it is on');
      const states = await text
        .getByTestId('day-text-state')
        .evaluateAll((tables) => tables.map((t) => t.getAttribute('data-state')));
      checkEqual([...states].sort(), ['AM', 'AZ', 'GE'], 'a table for each zoned state');
      const shusha = text.locator('tr[data-zone="shusha"]');
      checkEqual(await shusha.getAttribute('data-controller'), 'NKR', 'Shusha held on 1995-06-01');
      check(((await shusha.textContent()) ?? '').includes('km²'), 'the zone line gives its area');
      await shusha.getByRole('button').click();
      const title = page.getByTestId('details-title');
      await title.waitFor();
      check(((await title.textContent()) ?? '').includes('Shusha'), 'the panel is about Shusha');
      await page.waitForFunction(() => location.hash.includes('select=zone:shusha'));
      await page.keyboard.press('Escape');
      await page.getByTestId('details-panel').waitFor({ state: 'detached' });
      await toggle.click();
      await text.waitFor({ state: 'detached' });
      checkNoProblems(watched.problems);
    },
  },
];
