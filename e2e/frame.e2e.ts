/** Issue 12, item 1: what is picked away from the map is framed beside the panel; a click is not. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { mapIdle, openAtlas, openWatchedPage, screenPoint } from './browser';
import { type E2ETest, check, checkNoProblems } from './harness';
import { place } from './places';

const SHUSHA = place('shusha');

/** The corners of the Shusha zone's outline, read from the published data. */
function zoneCorners(id: string): [number, number][] {
  const file = new URL('../public/data/control-pieces.geojson', import.meta.url);
  const pieces = JSON.parse(readFileSync(file, 'utf8')) as {
    features: { properties: { piece: string }; geometry: { coordinates: unknown } }[];
  };
  const feature = pieces.features.find((f) => f.properties.piece === id);
  if (!feature) throw new Error(`no zone ${id} in control-pieces.geojson`);
  const flat = JSON.stringify(feature.geometry.coordinates)
    .match(/-?\d+(\.\d+)?/g)!
    .map(Number);
  const lons = flat.filter((_, i) => i % 2 === 0);
  const lats = flat.filter((_, i) => i % 2 === 1);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return [
    [w, s],
    [w, n],
    [e, s],
    [e, n],
  ];
}

interface Camera {
  zoom: number;
  lon: number;
  lat: number;
}

async function cameraOf(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lon: c.lng, lat: c.lat };
  });
}

/** Waits until the map has stopped moving after a move it was asked for. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !(
        window as unknown as { __atlas: { map: import('maplibre-gl').Map } }
      ).__atlas.map.isMoving(),
  );
  await mapIdle(page);
}

/** Checks that `point` lies on the map, clear of the panel, the top bar and the timeline. */
async function checkClearOfOverlays(page: Page, point: { x: number; y: number }, what: string) {
  const box = async (testid: string, selector?: string) =>
    (selector ? page.locator(selector) : page.getByTestId(testid)).boundingBox();
  const panel = await box('details-panel');
  const bar = await box('', 'header.bar');
  const timeline = await box('', 'footer.timeline-box');
  const viewport = page.viewportSize()!;
  check(panel && bar && timeline, 'the panel, the bar and the timeline are shown');
  const inside = (b: { x: number; y: number; width: number; height: number }) =>
    point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height;
  check(point.x > 0 && point.x < viewport.width, `${what} is across the screen: x=${point.x}`);
  check(point.y > bar.y + bar.height, `${what} is below the top bar: y=${point.y}`);
  check(point.y < timeline.y, `${what} is above the timeline: y=${point.y}`);
  check(!inside(panel), `${what} (${point.x}, ${point.y}) is not under the panel`);
}

async function searchShusha(page: Page): Promise<void> {
  const input = page.getByTestId('search-input');
  await input.click();
  await input.pressSequentially('Shusha');
  await page.getByTestId('search-results').waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('details-panel').waitFor();
}

export const tests: E2ETest[] = [
  ...(
    [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const
  ).map(([label, viewport]): E2ETest => ({
    name: `search Shusha and Enter frames Shusha beside the panel (${label})`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin, viewport);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2021-06-01');
      const before = await cameraOf(page);
      check(before.zoom < 8, `the first view is a wide one (zoom ${before.zoom})`);
      await searchShusha(page);
      await page.waitForFunction(
        () =>
          (
            window as unknown as { __atlas: { map: import('maplibre-gl').Map } }
          ).__atlas.map.getZoom() >= 8,
        undefined,
        { timeout: 10_000 },
      );
      await settled(page);
      const after = await cameraOf(page);
      check(after.zoom >= 8, `zoomed in to Shusha (zoom ${after.zoom})`);
      await checkClearOfOverlays(page, await screenPoint(page, ...SHUSHA), 'Shusha');
      // Search's first hit is the Shusha zone: all of it is in view, none under the panel.
      for (const corner of zoneCorners('shusha')) {
        await checkClearOfOverlays(page, await screenPoint(page, ...corner), `corner ${corner}`);
      }
      // The URL's map= follows the move.
      await page.waitForFunction(() => /map=(\d+(\.\d+)?)\//.test(location.hash));
      const zoomInUrl = Number(
        /map=(\d+(?:\.\d+)?)\//.exec(await page.evaluate(() => location.hash))![1],
      );
      check(zoomInUrl >= 8, `map= says the new zoom (${zoomInUrl})`);
      checkNoProblems(watched.problems);
    },
  })),
  {
    name: 'a link with select= and no map= frames the selection',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2021-06-01&select=place:shusha');
      await page.getByTestId('details-panel').waitFor();
      await page.waitForFunction(
        () =>
          (
            window as unknown as { __atlas: { map: import('maplibre-gl').Map } }
          ).__atlas.map.getZoom() >= 8,
        undefined,
        { timeout: 10_000 },
      );
      await settled(page);
      await checkClearOfOverlays(page, await screenPoint(page, ...SHUSHA), 'Shusha');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a click on the map selects without framing it: the map stays',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=9/39.758/46.748&date=2021-06-01&layers=control');
      await mapIdle(page);
      const before = await cameraOf(page);
      const p = await screenPoint(page, ...SHUSHA);
      await page.mouse.click(p.x + 6, p.y - 6);
      await page.getByTestId('details-panel').waitFor();
      await page.waitForFunction(() => location.hash.includes('select='));
      await mapIdle(page);
      const after = await cameraOf(page);
      check(
        Math.abs(after.zoom - before.zoom) < 1e-6 &&
          Math.abs(after.lon - before.lon) < 1e-6 &&
          Math.abs(after.lat - before.lat) < 1e-6,
        `the map stayed at ${JSON.stringify(before)}, now ${JSON.stringify(after)}`,
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'first view frame: a caption says the day and that regions open; nothing covers the Caucasus',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2021-06-01');
      const caption = page.getByTestId('view-caption');
      const text = ((await caption.textContent()) ?? '').replace(/\s+/g, ' ').trim();
      check(text.includes('1 June 2021'), `the caption names the day shown: ${text}`);
      check(/click a region/i.test(text), `the caption says regions can be clicked: ${text}`);
      const covers = [await page.locator('.legend-box').boundingBox(), await caption.boundingBox()];
      for (const id of ['sukhumi', 'tskhinvali', 'tbilisi', 'yerevan', 'baku', 'stepanakert']) {
        const p = await screenPoint(page, ...place(id));
        for (const b of covers) {
          check(b, 'the legend and the caption are shown');
          const inside = p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
          check(!inside, `${id} (${p.x}, ${p.y}) is not under ${JSON.stringify(b)}`);
        }
      }
      await searchShusha(page);
      await caption.waitFor({ state: 'detached' });
      checkNoProblems(watched.problems);
    },
  },
];
