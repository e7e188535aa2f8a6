/**
 * Issue 4: the timeline drives the map: Kalbajar was handed over on 25 Nov 2020, Shusha taken
 * on 8 Nov 2020.
 */
import type { Page } from 'playwright-core';
import { toDay } from '../src/lib/time/days';
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';
import { place } from './places';

const KALBAJAR = place('kalbajar');
const SHUSHA = place('shusha');
const STEPANAKERT = place('stepanakert');

/** Drags the thumb of the (possibly zoomed) track to `iso`, as a mouse user would. */
async function dragTrackTo(page: Page, iso: string): Promise<void> {
  const track = page.getByTestId('timeline-track');
  const box = await track.boundingBox();
  check(box, 'the track is on screen');
  const from = Number(await track.getAttribute('data-from'));
  const to = Number(await track.getAttribute('data-to'));
  const x = box.x + ((toDay(iso) - from) / (to - from)) * box.width;
  const y = box.y + box.height / 2;
  const now = Number(await track.getAttribute('aria-valuenow'));
  const startX = box.x + ((now - from) / (to - from)) * box.width;
  await page.mouse.move(startX, y);
  await page.mouse.down();
  await page.mouse.move((startX + x) / 2, y, { steps: 4 });
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.up();
}

async function urlDate(page: Page): Promise<string> {
  return page.evaluate(() => /date=([\d-]+)/.exec(location.hash)?.[1] ?? '');
}

async function waitForUrlDate(page: Page, iso: string): Promise<void> {
  await page.waitForFunction((d) => location.hash.includes(`date=${d}`), iso, { timeout: 10_000 });
}

async function cursorDay(page: Page): Promise<number> {
  return Number(await page.getByTestId('area-chart-cursor').getAttribute('data-day'));
}

export const tests: E2ETest[] = [
  {
    name: 'dragging on a track zoomed to 2020 shows Kalbajar change hands on 25 Nov 2020',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=9/40.05/46.2&date=2020-06-01');
      await page.getByTestId('timeline-zoom-year').click();
      const track = page.getByTestId('timeline-track');
      checkEqual(
        Number(await track.getAttribute('data-to')) - Number(await track.getAttribute('data-from')),
        365,
        'a track zoomed to the year 2020 spans its 366 days',
      );
      const cursorBefore = await cursorDay(page);

      await dragTrackTo(page, '2020-11-24');
      await waitForUrlDate(page, '2020-11-24');
      await mapIdle(page);
      await showOverlays(page, false);
      checkEqual(await controllerShownAt(page, ...KALBAJAR), 'NKR', 'Kalbajar on 24 Nov 2020');
      check((await cursorDay(page)) !== cursorBefore, 'the chart cursor moved with the date');
      checkEqual(await cursorDay(page), toDay('2020-11-24'), 'chart cursor day');

      await dragTrackTo(page, '2020-11-25');
      await waitForUrlDate(page, '2020-11-25');
      await mapIdle(page);
      checkEqual(await controllerShownAt(page, ...KALBAJAR), 'AZ', 'Kalbajar on 25 Nov 2020');
      checkEqual(await cursorDay(page), toDay('2020-11-25'), 'chart cursor day');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'arrow keys on the slider step a day: Shusha changes hands on 8 Nov 2020',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=9/39.758/46.748&date=2020-11-07');
      await showOverlays(page, false);
      checkEqual(await controllerShownAt(page, ...SHUSHA), 'NKR', 'Shusha on 7 Nov 2020');
      const track = page.getByTestId('timeline-track');
      await track.focus();
      await page.keyboard.press('ArrowRight');
      await waitForUrlDate(page, '2020-11-08');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await waitForUrlDate(page, '2020-11-10');
      await mapIdle(page);
      checkEqual(await controllerShownAt(page, ...SHUSHA), 'AZ', 'Shusha on 10 Nov 2020');
      const spoken = (await track.getAttribute('aria-valuetext')) ?? '';
      check(spoken.startsWith('10 November 2020'), `aria-valuetext reads the date: ${spoken}`);
      await page.keyboard.press('PageUp');
      await waitForUrlDate(page, '2021-11-10');
      await page.keyboard.press('Home');
      await waitForUrlDate(page, '1988-01-01');
      await page.keyboard.press('End');
      const manifest = await page.evaluate(() => fetch('data/manifest.json').then((r) => r.json()));
      await waitForUrlDate(page, manifest.verifiedThrough);
      await page.getByTestId('timeline-verified-note').waitFor();
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'playing from 1988 at 1 year/s ends on the latest state without errors',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=8/39.8/46.7&date=1988-01-01');
      const manifest = await page.evaluate(() => fetch('data/manifest.json').then((r) => r.json()));
      await page.getByTitle('Play speed').selectOption({ label: '1 year/s' });
      await page.getByTestId('timeline-play').click();
      // Let it run: the date must move forward while playing.
      await page.waitForFunction(() => !location.hash.includes('date=1988-01-01'));
      await page.waitForFunction(
        (last) => location.hash.includes(`date=${last}`),
        manifest.verifiedThrough,
        { timeout: 120_000 },
      );
      checkEqual(await urlDate(page), manifest.verifiedThrough, 'play stops on the last day');
      await mapIdle(page);
      await showOverlays(page, false);
      checkEqual(await controllerShownAt(page, ...STEPANAKERT), 'AZ', 'Stepanakert at the end');
      checkNoProblems(watched.problems);
    },
  },
];
