/**
 * Issue 12, point 9 (the small breaks), done as a user does it: an unknown layer in a link,
 * Back and Forward after date changes, map moves that make no history entry, the page title,
 * zoom buttons and a scale bar, the map's focus ring, and the favicon.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';

type AtlasWindow = { __atlas: { map: import('maplibre-gl').Map } };

/** A place's record in the published data. */
function placeRecord(id: string): {
  names: Record<string, string>;
  native: Record<string, string>;
} {
  const file = new URL('../public/data/places.json', import.meta.url);
  const places = JSON.parse(readFileSync(file, 'utf8')) as ({ id: string } & ReturnType<
    typeof placeRecord
  >)[];
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id} in places.json`);
  return found;
}

const hashOf = (page: Page) => page.evaluate(() => location.hash);
const historyLength = (page: Page) => page.evaluate(() => history.length);
const zoomOf = (page: Page) =>
  page.evaluate(() => (window as unknown as AtlasWindow).__atlas.map.getZoom());

/** How many features of a map layer are drawn on screen now. */
async function drawn(page: Page, layer: string): Promise<number> {
  return page.evaluate(
    (id) =>
      (window as unknown as AtlasWindow).__atlas.map.queryRenderedFeatures({ layers: [id] }).length,
    layer,
  );
}

/** Types a date into the date box and presses Enter, as a reader does. */
async function typeDate(page: Page, text: string, iso: string): Promise<void> {
  const input = page.getByTestId('timeline-date-input');
  await input.fill(text);
  await input.press('Enter');
  await page.waitForFunction((d) => location.hash.includes(`date=${d}`), iso);
}

/** Back (-1) or Forward (+1) in the browser's history, then waits for the hash it leads to. */
async function go(page: Page, delta: number, iso: string): Promise<void> {
  await page.evaluate((d) => history.go(d), delta);
  await page.waitForFunction((d) => location.hash.includes(`date=${d}`), iso);
}

/** Waits until the map has stopped moving and drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as AtlasWindow).__atlas.map.isMoving());
  await mapIdle(page);
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const tests: E2ETest[] = [
  {
    name: 'breaks: #layers=foo keeps control and events drawn and says what it ignored',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#layers=foo');
      await mapIdle(page);
      check((await drawn(page, 'control-fill')) > 0, 'control areas are drawn');
      check((await drawn(page, 'event-markers')) > 0, 'event markers are drawn');
      const notice = (await page.getByTestId('notice').first().textContent()) ?? '';
      check(/unknown layer “foo”/.test(notice), `the notice names the ignored layer: ${notice}`);
      check(/default layers/.test(notice), `the notice says the default layers stay: ${notice}`);
      const hash = await hashOf(page);
      check(!hash.includes('layers='), `the address no longer carries layers=foo: ${hash}`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'breaks: two date changes then Back twice returns to the first date, Forward again',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2019-06-01');
      const input = page.getByTestId('timeline-date-input');
      const start = await historyLength(page);
      await typeDate(page, '2020-11-10', '2020-11-10');
      await typeDate(page, '12 May 1994', '1994-05-12');
      checkEqual(await historyLength(page), start + 2, 'one history entry per date change');
      await go(page, -1, '2020-11-10');
      checkEqual(await input.inputValue(), '10 November 2020', 'Back: the date box');
      await go(page, -1, '2019-06-01');
      checkEqual(await input.inputValue(), '1 June 2019', 'Back twice: the date box');
      check((await hashOf(page)).includes('date=2019-06-01'), 'Back twice: the address');
      await go(page, 1, '2020-11-10');
      checkEqual(await input.inputValue(), '10 November 2020', 'Forward: the date box');
      // Walking the history added nothing to it.
      checkEqual(await historyLength(page), start + 2, 'history length after Back and Forward');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'breaks: map moves, zoom buttons and a slider drag replace or make one entry',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=6/40.5/45&date=2019-06-01');
      const start = await historyLength(page);
      // A drag of the map.
      await page.mouse.move(640, 420);
      await page.mouse.down();
      await page.mouse.move(560, 380, { steps: 8 });
      await page.mouse.up();
      await settled(page);
      await page.waitForFunction(() => !location.hash.startsWith('#map=6/40.5/45&'));
      // The zoom buttons.
      const before = await zoomOf(page);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await settled(page);
      const zoomedIn = await zoomOf(page);
      check(zoomedIn > before + 0.5, `Zoom in zooms in: ${before} -> ${zoomedIn}`);
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await settled(page);
      const zoomedOut = await zoomOf(page);
      check(zoomedOut < zoomedIn - 0.5, `Zoom out zooms out: ${zoomedIn} -> ${zoomedOut}`);
      await page.waitForFunction(
        (z) => Math.abs(Number(/^#map=([\d.]+)\//.exec(location.hash)?.[1]) - z) < 0.01,
        zoomedOut,
      );
      checkEqual(await historyLength(page), start, 'map moves add no history entry');
      // One drag of the day slider across many days is one entry.
      const track = (await page.getByTestId('timeline-track').boundingBox())!;
      const y = track.y + track.height / 2;
      await page.mouse.move(track.x + track.width * 0.3, y);
      await page.mouse.down();
      for (const f of [0.35, 0.4, 0.45, 0.5]) {
        await page.mouse.move(track.x + track.width * f, y, { steps: 3 });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      }
      await page.mouse.up();
      await page.waitForFunction(() => !location.hash.includes('date=2019-06-01'));
      checkEqual(await historyLength(page), start + 1, 'a slider drag is one entry');
      // Back returns to the day before the drag, where the map was last.
      await go(page, -1, '2019-06-01');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'breaks: the page title names the day and the view, and the selection first',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2020-11-10');
      checkEqual(
        await page.title(),
        '10 November 2020 — De facto control — Caucasus Atlas',
        'title on 10 November 2020',
      );
      await typeDate(page, '1994-05-12', '1994-05-12');
      await page.waitForFunction(() => document.title.startsWith('12 May 1994'));
      checkEqual(
        await page.title(),
        '12 May 1994 — De facto control — Caucasus Atlas',
        'title after the date changed',
      );
      // With a selection its name comes first, as the panel names it in the chosen convention.
      await openAtlas(watched, origin, '#date=1994-05-12&select=place:stepanakert&names=az');
      const heading = page.getByTestId('details-panel').getByRole('heading').first();
      await heading.waitFor();
      const name = ((await heading.textContent()) ?? '').trim();
      const stepanakert = placeRecord('stepanakert');
      check(
        [stepanakert.names.az, stepanakert.native.az].includes(name),
        `the panel uses Azerbaijani usage: ${name}`,
      );
      await page.waitForFunction((n) => document.title.startsWith(n), name);
      checkEqual(
        await page.title(),
        `${name} — 12 May 1994 — De facto control — Caucasus Atlas`,
        'title with a selection',
      );
      checkNoProblems(watched.problems);
    },
  },
  ...(
    [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const
  ).map(([label, viewport]): E2ETest => ({
    name: `breaks: zoom buttons and a scale bar, clear of the bar, legend, panel and timeline (${label})`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin, viewport);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2020-11-10&select=place:shusha');
      await page.getByTestId('details-panel').waitFor();
      await settled(page);
      const scale = page.locator('.maplibregl-ctrl-scale');
      const scaleText = (await scale.textContent()) ?? '';
      check(/^\d+\s?k?m$/.test(scaleText.trim()), `the scale bar says a distance: ${scaleText}`);
      const controls = [
        await page.getByRole('button', { name: 'Zoom in' }).boundingBox(),
        await page.getByRole('button', { name: 'Zoom out' }).boundingBox(),
        await scale.boundingBox(),
      ];
      const covers: [string, Box | null][] = [
        ['the top bar', await page.locator('header.bar').boundingBox()],
        ['the legend', await page.locator('.legend-box').boundingBox()],
        ['the panel', await page.getByTestId('details-panel').boundingBox()],
        ['the timeline', await page.locator('footer.timeline-box').boundingBox()],
      ];
      for (const control of controls) {
        check(control && control.width > 0, 'the control is shown');
        check(
          control.x >= 0 && control.x + control.width <= viewport.width,
          `inside the window: ${JSON.stringify(control)}`,
        );
        for (const [what, box] of covers) {
          check(box, `${what} is shown`);
          check(!overlaps(control, box), `${JSON.stringify(control)} is clear of ${what}`);
        }
      }
      // Still pressable: nothing lies on top of the buttons.
      const before = await zoomOf(page);
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await settled(page);
      check((await zoomOf(page)) < before - 0.5, 'Zoom out works with the panel open');
      checkNoProblems(watched.problems);
    },
  })),
  {
    name: 'breaks: the map shows a focus ring when reached by keyboard',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2020-11-10');
      let onMap = false;
      for (let i = 0; i < 80 && !onMap; i++) {
        await page.keyboard.press('Tab');
        onMap = await page.evaluate(
          () => document.activeElement?.classList.contains('maplibregl-canvas') === true,
        );
      }
      check(onMap, 'Tab reaches the map');
      const ring = await page.evaluate(() => {
        const canvas = document.activeElement as HTMLElement;
        const style = getComputedStyle(canvas);
        const box = canvas.getBoundingClientRect();
        return {
          focusVisible: canvas.matches(':focus-visible'),
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          offset: parseFloat(style.outlineOffset),
          colour: style.outlineColor,
          inside: box.left >= 0 && box.top >= 0 && box.right <= innerWidth,
        };
      });
      check(ring.focusVisible, 'the map has keyboard focus (:focus-visible)');
      check(ring.style === 'solid' && ring.width >= 2, `a solid ring: ${JSON.stringify(ring)}`);
      // The canvas fills the window and the map clips its outside: the ring must be drawn inside.
      check(
        ring.offset <= -ring.width,
        `the ring is drawn inside the map: ${JSON.stringify(ring)}`,
      );
      const [r, g, b] = ring.colour.match(/\d+/g)!.map(Number) as [number, number, number];
      // WCAG 1.4.11: at least 3:1 against the sea (#c6dcea), the map's lightest large colour.
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const contrast = (lum([0xc6, 0xdc, 0xea]) + 0.05) / (lum([r, g, b]) + 0.05);
      check(contrast >= 3, `ring contrast against the sea ${contrast.toFixed(2)} >= 3`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'breaks: the favicon is served, /favicon.ico included',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2020-11-10');
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((l) => l.href),
      );
      check(
        links.some((href) => href.endsWith('.svg')),
        `an SVG icon is linked: ${links.join(', ')}`,
      );
      checkNoProblems(watched.problems);
      // Fetched from a page of the same origin in a context without the watch's request routing:
      // under playwright-core's routing a fetch of exactly /favicon.ico fails whatever the server
      // answers (the browser's own icon request is invisible to it either way).
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const bare = await context.newPage();
        await bare.goto(`${origin}/favicon.svg`);
        const answers = await bare.evaluate(
          async (urls) => {
            return Promise.all(
              urls.map(async (url) => {
                const response = await fetch(url, { cache: 'no-store' });
                return { url, status: response.status, type: response.headers.get('content-type') };
              }),
            );
          },
          [...links, `${origin}/favicon.ico`],
        );
        for (const answer of answers) {
          checkEqual(answer.status, 200, `status of ${answer.url}`);
          check(/^image\//.test(answer.type ?? ''), `${answer.url} is an image: ${answer.type}`);
        }
      } finally {
        await context.close();
      }
    },
  },
  ...(
    [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const
  ).map(([label, viewport]): E2ETest => ({
    name: `breaks: at the Karabakh preset Stepanakert's label is drawn (${label})`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin, viewport);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2020-11-10');
      await page.getByRole('button', { name: 'Karabakh', exact: true }).click();
      await settled(page);
      const labels = await page.evaluate(() =>
        (window as unknown as AtlasWindow).__atlas.map
          .queryRenderedFeatures({ layers: ['place-labels'] })
          .map((f) => String(f.properties.id)),
      );
      check(labels.includes('stepanakert'), `Stepanakert is labelled: ${labels.join(', ')}`);
      // On a phone Shusha's label, 10 km from Stepanakert's, gives way to it.
      if (label === 'desktop') {
        check(labels.includes('shusha'), `Shusha is labelled: ${labels.join(', ')}`);
      }
      checkNoProblems(watched.problems);
    },
  })),
];
