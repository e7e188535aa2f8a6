/**
 * Issue 4: the timeline drives the map: Kalbajar was handed over on 25 Nov 2020, Shusha taken
 * on 8 Nov 2020. Issue 12: slow play, ticks a mouse can reach, dates typed as people write
 * them, place names in the chosen convention on the map and in event titles.
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
      // In an 800 px window the land chart starts folded: show it.
      await page.getByTestId('timeline-chart-toggle').click();
      await page.getByTestId('area-chart-cursor').waitFor({ state: 'attached' });
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
      // Pausing at key events is on by default; this play runs straight through.
      await page.getByLabel('Pause at key events').uncheck();
      // The bar's height on every frame of play: labels and notes must not reflow it.
      await page.evaluate(() => {
        const heights = new Set<number>();
        (window as unknown as { __heights: Set<number> }).__heights = heights;
        const bar = document.querySelector('[data-testid="timeline"]') as HTMLElement;
        const watch = () => {
          heights.add(bar.getBoundingClientRect().height);
          requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      await page.getByTestId('timeline-play').click();
      // Let it run: the date must move forward while playing.
      await page.waitForFunction(() => !location.hash.includes('date=1988-01-01'));
      await page.waitForFunction(
        (last) => location.hash.includes(`date=${last}`),
        manifest.verifiedThrough,
        { timeout: 120_000 },
      );
      checkEqual(await urlDate(page), manifest.verifiedThrough, 'play stops on the last day');
      const heights = await page.evaluate(() => [
        ...(window as unknown as { __heights: Set<number> }).__heights,
      ]);
      checkEqual(heights.length, 1, `the bar kept one height during play: ${heights.join(', ')}`);
      await mapIdle(page);
      await showOverlays(page, false);
      checkEqual(await controllerShownAt(page, ...STEPANAKERT), 'AZ', 'Stepanakert at the end');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'playing at the slowest speed shows every day in turn, one day per second',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=8/39.8/46.7&date=2020-09-27');
      checkEqual(
        await page.getByLabel('Pause at key events').isChecked(),
        true,
        'pause at key events is on by default',
      );
      // 27 September 2020 has events of its own; pausing would stop play at the next ones.
      await page.getByLabel('Pause at key events').uncheck();
      const speeds = await page.getByTitle('Play speed').locator('option').allTextContents();
      checkEqual(speeds.slice(0, 2), ['1 day/s', '1 week/s'], 'the slowest speeds come first');
      await page.getByTitle('Play speed').selectOption({ label: '1 day/s' });
      // The page's clock is the test's: its frames run only as far as the test moves it, so
      // seconds of play are counted exactly, however fast the machine is.
      await page.clock.install();
      await page.getByTestId('timeline-play').click();
      // A tenth of a second to start: the first frame only starts play's own clock.
      await page.clock.runFor(100);
      const days = [toDay(await urlDate(page))];
      for (let second = 0; second < 3; second++) {
        await page.clock.runFor(1000);
        days.push(toDay(await urlDate(page)));
      }
      checkEqual(
        days.slice(1).map((d, i) => d - days[i]!),
        [1, 1, 1],
        'one day for each second of play',
      );
      await page.getByTestId('timeline-play').click();
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'the 19 September 2023 offensive is reached with a mouse, and no tick hides another',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=8/39.8/46.7&date=2023-06-01');
      const lane = page.getByRole('toolbar', { name: 'Events on the timeline' });
      const boxes = await lane
        .locator(':scope > button')
        .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON()));
      check(boxes.length > 5, `the lane has marks: ${boxes.length}`);
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        check(
          a.right <= b.left,
          `mark ${i} (${b.left}) starts after mark ${i - 1} ends (${a.right})`,
        );
      }
      // The mark holding the offensive: itself, or the cluster it was gathered in.
      const mark = lane.locator(
        ':scope > [data-tick-id="offensive-2023"], :scope > [data-cluster-ticks~="offensive-2023"]',
      );
      const box = await mark.boundingBox();
      check(box, 'the offensive has a mark on the track');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const hit = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.closest('button')?.outerHTML ?? '',
        [x, y],
      );
      check(hit.includes('offensive-2023'), `the pointer lands on the offensive's mark: ${hit}`);
      await page.mouse.click(x, y);
      if ((await mark.getAttribute('data-cluster-ticks')) !== null) {
        const item = page
          .getByTestId('tick-cluster-list')
          .locator('[data-tick-id="offensive-2023"]');
        // A long list scrolls, as a reader would scroll it.
        await item.scrollIntoViewIfNeeded();
        const itemBox = await item.boundingBox();
        check(itemBox, 'the cluster lists the offensive');
        await page.mouse.click(itemBox.x + itemBox.width / 2, itemBox.y + itemBox.height / 2);
      }
      await waitForUrlDate(page, '2023-09-19');
      await page.waitForFunction(() => location.hash.includes('select=event:offensive-2023'));
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'the date box takes "September 2023" and says which day it shows',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=8/39.8/46.7&date=2001-01-01');
      const input = page.getByTestId('timeline-date-input');
      await input.fill('September 2023');
      await input.press('Enter');
      await waitForUrlDate(page, '2023-09-01');
      checkEqual(
        (await page.getByTestId('timeline-date-note').textContent())?.trim(),
        'Showing 1 September 2023, the start of September 2023.',
        'the note says what was understood',
      );
      await input.fill('19/09/2023');
      await input.press('Enter');
      await waitForUrlDate(page, '2023-09-19');
      checkEqual(await input.inputValue(), '19 September 2023', 'the box shows the day');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'with names=az the map label and an event title say Şuşa',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(
        watched,
        origin,
        '#map=10/39.76/46.75&date=2020-12-01&names=az&select=zone:shusha',
      );
      await mapIdle(page);
      const labels = await page.evaluate(() => {
        const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
          .map;
        return map
          .queryRenderedFeatures({ layers: ['place-labels'] })
          .map((f) => String(f.properties.label));
      });
      check(labels.includes('Şuşa'), `the map label says Şuşa: ${labels.join(', ')}`);
      check(!labels.includes('Shusha'), 'and not Shusha');
      const events = page.getByTestId('details-events');
      const title = events.getByRole('button', { name: 'Şuşa comes under Azerbaijani control' });
      await title.waitFor();
      await title.click();
      await page.getByRole('heading', { name: 'Şuşa comes under Azerbaijani control' }).waitFor();
      checkNoProblems(watched.problems);
    },
  },
];
