/**
 * Issue 12, point 5 (time at human speed): play pauses only at key events, ticks one day apart
 * are each shown by a pointer, month-precise events are spans, and the six events sharing the
 * Stepanakert point are reachable. Expected values come from public/data/events.geojson.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { EventFeature } from '../src/lib/domain/events';
import { eventEndDay, markerDays } from '../src/lib/domain/events';
import { toDay, toIso } from '../src/lib/time/days';
import { contains } from '../src/lib/time/interval';
import { mapIdle, openAtlas, openWatchedPage, screenPoint } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { place } from './places';

const EVENTS = (
  JSON.parse(
    readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data', 'events.geojson'),
      'utf8',
    ),
  ) as { features: EventFeature[] }
).features;

const event = (id: string) => {
  const found = EVENTS.find((e) => e.properties.id === id);
  if (!found) throw new Error(`no event "${id}" in events.geojson`);
  return found.properties;
};

/** The 2020 war as the track zooms to it: 27 September to 11 November 2020, both shown. */
const WAR_FROM = '2020-09-27';
const WAR_LAST = '2020-11-11';

async function urlDate(page: Page): Promise<string> {
  return page.evaluate(() => /date=([\d-]+)/.exec(location.hash)?.[1] ?? '');
}

const lane = (page: Page) => page.getByRole('toolbar', { name: 'Events on the timeline' });

/** Every mark of the lane: its box, the event ids it stands for, and whether it is on top. */
async function laneMarks(page: Page) {
  return lane(page)
    .locator('[data-mark-id]')
    .evaluateAll((marks) =>
      marks.map((m) => {
        const box = m.getBoundingClientRect();
        const el = m as HTMLElement;
        const ids = el.dataset.clusterTicks?.split(' ') ?? [el.dataset.tickId ?? ''];
        // A tick must be on top at its middle; a bar somewhere along its length (a month
        // drawn over its year leaves the rest of the year to the year's bar).
        const xs = el.classList.contains('span')
          ? [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => box.left + f * box.width)
          : [box.left + box.width / 2];
        const y = box.top + box.height / 2;
        const onTop = xs.some((x) => {
          const top = document.elementFromPoint(x, y);
          return top === m || m.contains(top);
        });
        return {
          id: el.dataset.markId ?? '',
          span: el.classList.contains('span'),
          box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
          ids,
          onTop,
        };
      }),
    );
}

export const tests: E2ETest[] = [
  {
    name: 'playing through the 2020 war at its default speed pauses only on key days',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, `#map=7/39.8/46.7&date=${WAR_FROM}&layers=control`);
      await page.getByTestId('timeline-zoom-war').click();
      checkEqual(
        await page.getByTitle('Play speed').inputValue(),
        'day',
        'in the war window the default speed is a day per second',
      );
      check(await page.getByLabel('Pause at key events').isChecked(), 'pausing is on');
      const from = toDay(WAR_FROM);
      const last = toDay(WAR_LAST);
      const keyDays = [
        ...new Set(
          EVENTS.filter((e) => e.properties.key === true)
            .map((e) => toDay(e.properties.date))
            .filter((d) => d > from && d < last),
        ),
      ].sort((a, b) => a - b);
      const eventDays = new Set(
        EVENTS.map((e) => toDay(e.properties.date)).filter((d) => d > from && d < last),
      );
      check(keyDays.length < eventDays.size, 'some event days of the war are not key days');

      const play = page.getByTestId('timeline-play');
      // The bar's height on every frame of play: pauses, notes and labels must not reflow it.
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
      await page.clock.install();
      const stops: string[] = [];
      /** Seconds of play, moved in steps of STEP_MS: play stops by itself in between. */
      const STEP_MS = 2500;
      let played = 0;
      while (played < 120_000) {
        await play.click();
        await page.clock.runFor(100);
        while ((await play.textContent())?.includes('Pause') && played < 120_000) {
          await page.clock.runFor(STEP_MS);
          played += STEP_MS;
        }
        await page.clock.runFor(200);
        const at = await urlDate(page);
        stops.push(at);
        if (at === WAR_LAST) break;
      }
      checkEqual(
        stops,
        [...keyDays.map((d) => toIso(d)), WAR_LAST],
        'play stops on each key day of the war and at the end of the window, nowhere else',
      );
      const heights = await page.evaluate(() => [
        ...(window as unknown as { __heights: Set<number> }).__heights,
      ]);
      checkEqual(heights.length, 1, `the bar kept one height during play: ${heights.join(', ')}`);
      // A day per second: the 45 days of the window take 45 s of play (each stop rounds up).
      const bound = 45_000 + stops.length * STEP_MS;
      check(played >= 44_000 && played <= bound, `the war took ${played} ms of play`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a pointer on the marks of 19 and 20 September 2023 shows each of their events',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=7/39.8/46.7&date=2023-09-25');
      const on19 = EVENTS.filter((e) => e.properties.date === '2023-09-19');
      const on20 = EVENTS.filter((e) => e.properties.date === '2023-09-20');
      check(on19.length > 0 && on20.length > 0, 'events on both days');
      for (const zoom of ['timeline-zoom-out', 'timeline-zoom-year']) {
        await page.getByTestId(zoom).click();
        for (const e of [...on19, ...on20]) {
          const mark = lane(page).locator(
            `[data-tick-id="${e.properties.id}"], [data-cluster-ticks~="${e.properties.id}"]`,
          );
          checkEqual(await mark.count(), 1, `${zoom}: one mark holds ${e.properties.id}`);
          await mark.hover();
          const tip = mark.locator('.tip');
          await tip.waitFor({ state: 'visible' });
          const text = (await tip.textContent()) ?? '';
          const count = Number(
            (await mark.getAttribute('data-cluster-ticks'))?.split(' ').length ?? 1,
          );
          if (count <= 8) {
            check(
              text.includes(e.properties.title),
              `${zoom}: hovering shows "${e.properties.title}", saw "${text}"`,
            );
          } else {
            // A long cluster's tooltip says how many; its list (a click) names each.
            check(/more: click to list/.test(text), `${zoom}: the tooltip of ${count} says more`);
            await mark.click();
            const item = page
              .getByTestId('tick-cluster-list')
              .locator(`button[data-tick-id="${e.properties.id}"]`);
            check(
              ((await item.textContent()) ?? '').includes(e.properties.title),
              `${zoom}: the cluster's list names "${e.properties.title}"`,
            );
            await page.keyboard.press('Escape');
          }
          const box = await mark.boundingBox();
          check(box, 'the mark is on screen');
          const onTop = await page.evaluate(
            ([x, y, id]) => {
              const top = document.elementFromPoint(x!, y!);
              const owner = top?.closest('[data-mark-id]') as HTMLElement | null;
              return owner?.dataset.markId === id;
            },
            [
              box.x + box.width / 2,
              box.y + box.height / 2,
              await mark.getAttribute('data-mark-id'),
            ] as const,
          );
          check(onTop, `${zoom}: nothing covers the mark of ${e.properties.id}`);
        }
      }
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'no mark hides another at any zoom, and every event in view has exactly one mark',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      const views: [string, string][] = [
        ['1992-06-01', 'timeline-zoom-out'],
        ['1992-06-01', 'timeline-zoom-year'],
        ['1993-06-01', 'timeline-zoom-year'],
        ['1994-06-01', 'timeline-zoom-year'],
        ['2023-09-20', 'timeline-zoom-year'],
        ['2020-10-01', 'timeline-zoom-war'],
      ];
      for (const [date, zoom] of views) {
        await openAtlas(watched, origin, `#map=7/39.8/46.7&date=${date}`);
        await page.getByTestId(zoom).click();
        const track = page.getByTestId('timeline-track');
        const from = Number(await track.getAttribute('data-from'));
        const to = Number(await track.getAttribute('data-to'));
        const inView = EVENTS.filter((e) => {
          const start = toDay(e.properties.date);
          return start >= from && start <= to;
        }).map((e) => e.properties.id);
        const marks = await laneMarks(page);
        const shown = marks.flatMap((m) => m.ids).sort();
        checkEqual(shown, [...inView].sort(), `${date} ${zoom}: each event in view once`);
        const ticks = marks.filter((m) => !m.span).sort((a, b) => a.box.left - b.box.left);
        for (let i = 1; i < ticks.length; i++) {
          check(
            ticks[i - 1]!.box.right <= ticks[i]!.box.left,
            `${date} ${zoom}: ${ticks[i]!.id} starts after ${ticks[i - 1]!.id} ends`,
          );
        }
        for (const m of marks) check(m.onTop, `${date} ${zoom}: nothing covers ${m.id}`);
      }
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'an event known only to the month is a span over its month, reached by pointer and keys',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      const monthly = EVENTS.find(
        (e) => e.properties.datePrecision === 'month' && !e.properties.endDate,
      )!.properties;
      const mid = toIso(toDay(monthly.date) + 14);
      await openAtlas(watched, origin, `#map=7/39.8/46.7&date=${mid}`);
      await page.getByTestId('timeline-zoom-year').click();
      const bar = lane(page).locator(`.span[data-tick-id="${monthly.id}"]`);
      checkEqual(await bar.count(), 1, `${monthly.id} is drawn as a span`);
      checkEqual(
        await lane(page).locator(`.tick[data-tick-id="${monthly.id}"]`).count(),
        0,
        'and not as a single-day tick',
      );
      const track = page.getByTestId('timeline-track');
      const trackBox = (await track.boundingBox())!;
      const from = Number(await track.getAttribute('data-from'));
      const to = Number(await track.getAttribute('data-to'));
      const perDay = trackBox.width / (to - from);
      const start = toDay(monthly.date);
      const end = eventEndDay(monthly);
      const box = (await bar.boundingBox())!;
      check(
        Math.abs(box.x - (trackBox.x + (start - from) * perDay)) < 2,
        `the span starts at the month's first day (${box.x})`,
      );
      check(
        Math.abs(box.width - (end - start) * perDay) < 2,
        `the span is the month long: ${box.width} px for ${(end - start) * perDay} px`,
      );
      await bar.hover();
      const tip = (await bar.locator('.tip').textContent()) ?? '';
      check(tip.includes(monthly.title), `hovering the span shows its event: ${tip}`);
      // Keyboard: Tab reaches the lane, arrows walk its marks and reach the span.
      await lane(page).locator('[tabindex="0"]').focus();
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        reached = await bar.evaluate((el) => el === document.activeElement);
        if (!reached) await page.keyboard.press(i < 30 ? 'ArrowRight' : 'ArrowLeft');
      }
      check(reached, 'arrow keys reach the span');
      await page.keyboard.press('Enter');
      const title = (await page.getByTestId('details-title').textContent()) ?? '';
      check(title.includes(monthly.title.slice(0, 10)), `Enter opens the event: ${title}`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a click on the Stepanakert marker lists every event shown at that point',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      const day = '2023-09-28';
      const [lon, lat] = place('stepanakert');
      const here = EVENTS.filter(
        (e) =>
          Math.abs(e.geometry.coordinates[0] - lon) < 0.001 &&
          Math.abs(e.geometry.coordinates[1] - lat) < 0.001 &&
          contains(markerDays(e.properties), toDay(day)),
      ).map((e) => e.properties.id);
      check(here.length > 1, `several events at Stepanakert on ${day}: ${here.join(', ')}`);
      await openAtlas(watched, origin, `#map=8/${lat}/${lon}&date=${day}&layers=control,events`);
      await mapIdle(page);
      const p = await screenPoint(page, lon, lat);
      await page.mouse.click(p.x, p.y);
      const list = page.getByTestId('events-here');
      await list.waitFor();
      const listed = await list
        .locator('button[data-event-id]')
        .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.eventId ?? ''));
      checkEqual([...listed].sort(), [...here].sort(), 'the list offers every event there');
      const pick = here[here.length - 1]!;
      await list.locator(`button[data-event-id="${pick}"]`).click();
      await page.waitForFunction((id) => location.hash.includes(`select=event:${id}`), pick);
      const title = (await page.getByTestId('details-title').textContent()) ?? '';
      check(title.includes(event(pick).title.slice(0, 12)), `the chosen event opens: ${title}`);
      checkEqual(await list.count(), 0, 'the list closes once an event is chosen');
      checkNoProblems(watched.problems);
    },
  },
];
