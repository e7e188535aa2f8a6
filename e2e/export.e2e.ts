/**
 * Taking the atlas away: the exported PNG (its size, its pixels against the map on screen, and
 * the parts drawn over it), the embed mode, and the app working offline after one visit.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  type Rgb,
  colourAt,
  colourDistance,
  mapIdle,
  openAtlas,
  openWatchedPage,
  screenPoint,
} from './browser';
import { checkAccessible } from './accessibility';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';
import { place } from './places';

const here = dirname(fileURLToPath(import.meta.url));

const VIEW = '#map=7/40.4/46.3&date=2020-11-10';

/** The most frequent colour of a square of the image around an image pixel. */
function pngColourAt(png: PNG, x: number, y: number, half: number): Rgb {
  const counts = new Map<number, number>();
  for (let dy = -half; dy <= half; dy++) {
    for (let dx = -half; dx <= half; dx++) {
      const i = ((Math.round(y) + dy) * png.width + Math.round(x) + dx) * 4;
      const key = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [key] = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  return [(key >> 16) & 255, (key >> 8) & 255, key & 255];
}

function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) {
    seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  }
  return seen.size;
}

/** Clicks an export button and reads the downloaded file. */
async function download(page: Page, testId: string): Promise<{ name: string; png: PNG }> {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), png: PNG.sync.read(readFileSync(path)) };
}

function exportAt(ratio: 1 | 2): E2ETest {
  return {
    name: `the PNG at ${ratio}× has the viewport's size times ${ratio}, the map's colours and the drawn legend`,
    async run({ browser, origin }) {
      const viewport = { width: 1280, height: 800 };
      const watched = await openWatchedPage(browser, origin, viewport);
      const { page } = watched;
      await openAtlas(watched, origin, VIEW);
      // Labels off, so the colour compared is the area's own.
      await showOverlays(page, false);
      const { name, png } = await download(page, ratio === 1 ? 'export-png' : 'export-png-2x');
      checkEqual(name, 'caucasus-atlas-2020-11-10.png', 'file name');
      // Kept for a reviewer to look at (.tmp/ is not committed, and a fresh checkout has none).
      mkdirSync(join(here, '..', '.tmp'), { recursive: true });
      writeFileSync(join(here, '..', '.tmp', `export-${ratio}x.png`), PNG.sync.write(png));
      checkEqual(
        [png.width, png.height],
        [viewport.width * ratio, viewport.height * ratio],
        'size',
      );
      check(
        distinctColours(png) > 20,
        `the image is not uniform (${distinctColours(png)} colours)`,
      );

      // Ganja, in Azerbaijan on that day: the image shows there what the screen shows.
      const ganja = await screenPoint(page, ...place('ganja'));
      const onScreen = await colourAt(page, ganja.x, ganja.y, 7);
      const inImage = pngColourAt(png, ganja.x * ratio, ganja.y * ratio, 3 * ratio);
      check(
        colourDistance(onScreen, inImage) < 12,
        `colour at Ganja: screen ${onScreen}, image ${inImage}`,
      );
      checkEqual(await controllerShownAt(page, ...place('ganja')), 'AZ', 'controller at Ganja');

      // The title panel is drawn into the image's top-left corner, over the map.
      const corner = pngColourAt(png, 14 * ratio, 14 * ratio, 1);
      check(colourDistance(corner, [255, 255, 255]) < 25, `title panel in the corner: ${corner}`);
      // The map keeps drawing after the export, at the screen's own ratio.
      await mapIdle(page);
      checkEqual(
        await page.evaluate(() => {
          const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
            .map;
          return map.getCanvas().width;
        }),
        viewport.width,
        'canvas width after the export',
      );
      checkNoProblems(watched.problems);
    },
  };
}

const DATA_MANIFEST = JSON.parse(
  readFileSync(join(here, '..', 'public', 'data', 'manifest.json'), 'utf8'),
) as { version: string; files: Record<string, { bytes: number }> };

/**
 * Waits until the service worker controls the page and its data cache holds every data file
 * whole (the byte counts of the data's own manifest): an entry still being written is listed
 * by `keys()` before it can be read.
 */
async function offlineReady(page: Page): Promise<void> {
  const sizes = Object.entries(DATA_MANIFEST.files).map(([file, { bytes }]) => [file, bytes]);
  // page.waitForFunction does not await a promise (it takes one for a truthy value): poll here.
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = await page.evaluate(
      async ([cacheName, files]) => {
        if (!navigator.serviceWorker.controller) return false;
        const cache = await caches.open(cacheName as string);
        if (!(await cache.match('./data/manifest.json'))) return false;
        for (const [file, bytes] of files as [string, number][]) {
          const response = await cache.match(`./data/${file}`);
          if (!response || (await response.arrayBuffer()).byteLength !== bytes) return false;
        }
        return true;
      },
      [`atlas-data-${DATA_MANIFEST.version}`, sizes] as const,
    );
    if (ready) return;
    await page.waitForTimeout(500);
  }
  throw new Error('the service worker never held every data file');
}

const swFile = (dist: string) => join(dist, 'sw.js');

async function serviceWorkerContext(
  browser: import('playwright-core').Browser,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
  });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

export const tests: E2ETest[] = [
  exportAt(1),
  exportAt(2),
  {
    name: 'embed=1 shows the map, the date control and the legend, with a link back to the full atlas',
    async run({ browser, origin }) {
      for (const viewport of [
        { width: 640, height: 480 },
        { width: 390, height: 844 },
      ]) {
        const watched = await openWatchedPage(browser, origin, viewport, { axe: true });
        const { page } = watched;
        await openAtlas(watched, origin, `${VIEW}&embed=1`);
        await checkAccessible(page, `embed mode at ${viewport.width}x${viewport.height}`);
        checkEqual(await page.getByTestId('search-input').count(), 0, 'search in embed mode');
        checkEqual(await page.getByTestId('export-menu').count(), 0, 'export menu in embed mode');
        check(await page.getByTestId('timeline-date-input').isVisible(), 'date control shown');
        check(await page.locator('.legend-box').isVisible(), 'legend shown');
        // A click on a zone opens no panel inside someone else's page.
        const ganja = await screenPoint(page, ...place('ganja'));
        await page.mouse.click(ganja.x, ganja.y);
        await mapIdle(page);
        checkEqual(await page.getByTestId('details-panel').count(), 0, 'details panel');
        const back = page.getByTestId('embed-back');
        await back.hover();
        const href = (await back.getAttribute('href')) ?? '';
        check(href.startsWith(`${origin}/#`), `link back is absolute: ${href}`);
        check(href.includes('date=2020-11-10') && href.includes('map='), `same view: ${href}`);
        check(!href.includes('embed=1'), `link back opens the full atlas: ${href}`);
        check((await page.evaluate(() => location.hash)).includes('embed=1'), 'embed stays set');
        await page.screenshot({ path: `.tmp/embed-${viewport.width}x${viewport.height}.png` });
        checkNoProblems(watched.problems);
        await page.context().close();
      }
    },
  },
  {
    name: 'the embed dialog gives an iframe snippet of the current view in each size',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin, undefined, { axe: true });
      const { page } = watched;
      await openAtlas(watched, origin, VIEW);
      await page.getByTestId('export-menu').locator('summary').click();
      await checkAccessible(page, 'the export menu open');
      await page.getByTestId('embed-open').click();
      const snippet = page.getByTestId('embed-snippet');
      await snippet.waitFor();
      await checkAccessible(page, 'the embed dialog');
      const first = await snippet.inputValue();
      check(first.startsWith(`<iframe src="${origin}/#map=`), `snippet: ${first}`);
      check(first.includes('date=2020-11-10&amp;embed=1"'), `snippet keeps the view: ${first}`);
      check(first.includes('width="640" height="480"'), `default size: ${first}`);
      await page.getByLabel('Full width × 500').check();
      check(
        (await snippet.inputValue()).includes('width="100%" height="500"'),
        'the snippet follows the size chosen',
      );
      await page.keyboard.press('Escape');
      await page.getByTestId('embed-dialog').waitFor({ state: 'detached' });
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'after one visit with the service worker, the atlas loads and draws offline',
    async run({ browser, origin }) {
      const { context, page, problems } = await serviceWorkerContext(browser);
      try {
        await page.goto(`${origin}/${VIEW}`);
        await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
        await offlineReady(page);

        await context.setOffline(true);
        const reachable = await page.evaluate(async () => {
          try {
            await fetch('/nothing-here', { cache: 'no-store' });
            return true;
          } catch {
            return false;
          }
        });
        check(!reachable, 'the network is cut off');
        await page.reload();
        await page
          .waitForSelector('.map[data-ready="true"]', { timeout: 60_000 })
          .catch(async (error: unknown) => {
            await page.screenshot({ path: '.tmp/offline-failed.png' });
            throw new Error(
              `offline reload: ${(await page.locator('body').innerText()).slice(0, 400)} ${problems.join('; ')} ${String(error)}`,
            );
          });
        await mapIdle(page);
        await showOverlays(page, false);
        checkEqual(await controllerShownAt(page, ...place('ganja')), 'AZ', 'offline map at Ganja');
        checkEqual(await page.getByTestId('details-panel').count(), 0, 'no panel');
        checkNoProblems(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED')));
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'a new build published after the visit brings up a reload prompt',
    async run({ browser, origin, dist }) {
      const { context, page, problems } = await serviceWorkerContext(browser);
      let restore = () => {};
      try {
        await page.goto(`${origin}/${VIEW}`);
        await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
        await offlineReady(page);
        checkEqual(await page.getByTestId('update-prompt').count(), 0, 'prompt before an update');
        // A new deploy: the server now has a different sw.js (as a new data version makes). The
        // browser fetches the worker's script itself, past Playwright's routes, so the served
        // file is changed, and put back afterwards.
        const published = readFileSync(swFile(dist), 'utf8');
        writeFileSync(swFile(dist), `${published}\n// a later build\n`);
        restore = () => writeFileSync(swFile(dist), published);
        await page.reload();
        await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
        await page.getByTestId('update-prompt').waitFor({ timeout: 60_000 });
        await Promise.all([
          page.waitForEvent('load', { timeout: 60_000 }),
          page.getByRole('button', { name: 'Reload' }).click(),
        ]);
        await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
        checkEqual(await page.getByTestId('update-prompt').count(), 0, 'prompt after reloading');
        checkNoProblems(problems);
      } finally {
        restore();
        await context.close();
      }
    },
  },
];
