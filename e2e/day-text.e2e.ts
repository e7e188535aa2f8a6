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
      const artsvashen = (await text.locator('tr[data-zone="artsvashen"]').textContent()) ?? '';
      check(
        /1992 \(known with low confidence\)/.test(artsvashen.replace(/\s+/g, ' ')),
        `a low-confidence holding says so after a space: ${artsvashen}`,
      );
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
  {
    name: 'with Armenia in focus, the day as text gives its relations: Pakistan before and after 31 Aug 2025',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2020-01-01&focus=AM&layers=control,relations');
      await page.getByTestId('text-view-toggle').click();
      const pakistan = page.getByTestId('day-text-relations').locator('li[data-country="PK"]');
      await pakistan.waitFor();
      const before = (await pakistan.textContent()) ?? '';
      check(before.includes('does not recognise Armenia'), `Pakistan on 1 Jan 2020: ${before}`);
      const input = page.getByTestId('timeline-date-input');
      await input.fill('2025-09-15');
      await input.press('Enter');
      await page.waitForFunction(() => location.hash.includes('date=2025-09-15'));
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="day-text-relations"] li[data-country="PK"]')
            ?.textContent?.includes('Diplomatic relations') === true,
      );
      checkNoProblems(watched.problems);
    },
  },
];
