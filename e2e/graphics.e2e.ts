/**
 * The map without its graphics: a WebGL context the browser takes away and gives back, and a
 * browser with no WebGL at all. Either way the rest of the atlas keeps working, with no error.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';
import { place } from './places';

const TOWNS = ['shusha', 'agdam', 'tartar', 'lachin', 'stepanakert'] as const;

async function controllersShown(page: Page): Promise<Record<string, string>> {
  await mapIdle(page);
  await showOverlays(page, false);
  const seen: Record<string, string> = {};
  for (const town of TOWNS) seen[town] = await controllerShownAt(page, ...place(town));
  return seen;
}

type ContextSwitch = 'loseContext' | 'restoreContext';

/** What a GPU reset does to the page, through the extension WebGL provides for testing it. */
async function switchContext(page: Page, action: ContextSwitch): Promise<void> {
  await page.evaluate((act) => {
    const holder = window as unknown as {
      __atlas: { map: import('maplibre-gl').Map };
      __loseContext?: WEBGL_lose_context;
    };
    holder.__loseContext ??=
      holder.__atlas.map.getCanvas().getContext('webgl2')?.getExtension('WEBGL_lose_context') ??
      undefined;
    if (!holder.__loseContext) throw new Error('no WEBGL_lose_context');
    holder.__loseContext[act]();
  }, action);
}

async function typeDate(page: Page, iso: string): Promise<void> {
  const input = page.getByTestId('timeline-date-input');
  await input.fill(iso);
  await input.press('Enter');
  await page.waitForFunction((d) => location.hash.includes(`date=${d}`), iso, { timeout: 10_000 });
}

export const tests: E2ETest[] = [
  {
    name: 'a lost WebGL context shows a message, the date still changes; restored, it matches a fresh load',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=8/39.8/46.7&date=1995-06-01');
      await mapIdle(page);

      await switchContext(page, 'loseContext');
      await page.waitForSelector('.map[data-mode="lost"]');
      const message = page.getByTestId('map-unavailable');
      await message.waitFor();
      checkEqual(await message.getAttribute('data-reason'), 'interrupted', 'why the map is gone');
      check(
        ((await message.textContent()) ?? '').includes("The map's graphics were interrupted"),
        'the message says the graphics were interrupted',
      );
      await typeDate(page, '2021-06-01');
      checkNoProblems(watched.problems);

      await switchContext(page, 'restoreContext');
      await page.waitForSelector('.map[data-mode="webgl"]');
      await message.waitFor({ state: 'detached' });
      const restored = await controllersShown(page);
      const hash = await page.evaluate(() => location.hash);
      check(hash.includes('date=2021-06-01'), `the address keeps the date: ${hash}`);

      const fresh = await openWatchedPage(browser, origin);
      await openAtlas(fresh, origin, hash);
      checkEqual(restored, await controllersShown(fresh.page), 'restored map against a fresh load');
      checkNoProblems(watched.problems);
      checkNoProblems(fresh.problems);
    },
  },
  {
    name: 'without WebGL the map area explains itself; search, panel and timeline still work',
    async run({ origin }) {
      const noWebgl = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
      });
      try {
        const watched = await openWatchedPage(noWebgl, origin);
        const { page } = watched;
        await openAtlas(watched, origin, '#date=2021-06-01');
        checkEqual(
          await page.locator('.map').getAttribute('data-mode'),
          'no-webgl',
          'the map says why it is empty',
        );
        const message = page.getByTestId('map-unavailable');
        check(await message.isVisible(), 'a message shows where the map would be');
        checkEqual(await message.getAttribute('data-reason'), 'unsupported', 'why');

        const input = page.getByTestId('search-input');
        await input.click();
        await input.pressSequentially('Lachin');
        await page.getByTestId('search-results').waitFor();
        await page.keyboard.press('Enter');
        const title = page.getByTestId('details-title');
        await title.waitFor();
        check(((await title.textContent()) ?? '').includes('Lachin'), 'the panel opens on Lachin');
        await page.keyboard.press('Escape');
        await page.getByTestId('details-panel').waitFor({ state: 'detached' });

        // The day as text stands in for the map, and follows the date.
        const core = page.locator('[data-testid="day-text"] tr[data-zone="nkao-core"]');
        checkEqual(await core.getAttribute('data-controller'), 'NKR', 'Stepanakert held in 2021');
        await typeDate(page, '2024-06-01');
        checkEqual(await core.getAttribute('data-controller'), 'AZ', 'Stepanakert held in 2024');
        checkNoProblems(watched.problems);
      } finally {
        await noWebgl.close();
      }
    },
  },
];
