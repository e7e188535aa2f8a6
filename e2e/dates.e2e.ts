/**
 * Issue 11, point 2: control as it happened. In 2020 the Jabrayil district changes by parts,
 * on the days the sources give for its villages (geo/control/advances-2020.json): Horovlu was
 * announced taken with the town on 4 Oct 2020 (Azernews, 4 Oct 2020), Soltanli on 19 Oct and
 * Khalafli on 23 Oct (encyclopedia copies citing the announcements). Hin Tagher and Khtsaberd
 * stayed Armenian-held after the ceasefire of 10 Nov 2020 until Azerbaijani forces entered them
 * on 12 Dec 2020 (NEWS.am quoting Pashinyan, 14 Dec 2020; RFE/RL's Armenian service): their
 * pocket reads NKR on 1 Dec inside land already AZ, and AZ on 20 Dec. In September 2023 the
 * NKR-held area is shown in transition from the ceasefire of 20 Sep (BBC, 20 Sep 2023) until
 * control ends: the panel tells it and the map draws its dash pattern.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { mapIdle, openAtlas, openWatchedPage, screenPoint } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';
import { place } from './places';

type LonLat = [number, number];
/** Village positions as the coordinate pages give them (geo/control/advances-2020.json). */
const HOROVLU: LonLat = [47.09472, 39.4];
const SOLTANLI: LonLat = [47.04667, 39.25833];
const KHALAFLI: LonLat = [47.02972, 39.34583];
const HIN_TAGHER: LonLat = [46.82361, 39.5075];
/** Aghjakend (Khandzadzor), announced taken on 20 Oct 2020, 3.7 km outside the pocket. */
const AGHJAKEND: LonLat = [46.87833, 39.49694];

/** Hides the pattern layers so only the controller's fill colour is read. */
async function onlyFills(page: Page): Promise<void> {
  await page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    for (const id of ['control-dots', 'control-low-confidence', 'control-transition'])
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
  });
  await mapIdle(page);
}

/** How many pixels of a square around a point are near black (the dash pattern's ink). */
async function darkPixels(page: Page, [lon, lat]: LonLat, size = 60): Promise<number> {
  const p = await screenPoint(page, lon, lat);
  const png = PNG.sync.read(
    await page.screenshot({
      clip: {
        x: Math.round(p.x - size / 2),
        y: Math.round(p.y - size / 2),
        width: size,
        height: size,
      },
    }),
  );
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i]! < 70 && png.data[i + 1]! < 70 && png.data[i + 2]! < 70) n++;
  return n;
}

export const tests: E2ETest[] = [
  {
    name: 'on 2020-10-05 a Jabrayil part announced on 4 Oct shows AZ, parts announced later NKR',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=10/39.33/47.05&date=2020-10-05&layers=control');
      await mapIdle(page);
      await showOverlays(page, false);
      await onlyFills(page);
      checkEqual(await controllerShownAt(page, ...HOROVLU), 'AZ', 'Horovlu on 2020-10-05');
      checkEqual(await controllerShownAt(page, ...SOLTANLI), 'NKR', 'Soltanli on 2020-10-05');
      checkEqual(await controllerShownAt(page, ...KHALAFLI), 'NKR', 'Khalafli on 2020-10-05');
      // The same map on the day Soltanli was announced: it changes, Khalafli not yet.
      await openAtlas(watched, origin, '#map=10/39.33/47.05&date=2020-10-19&layers=control');
      await mapIdle(page);
      await showOverlays(page, false);
      await onlyFills(page);
      checkEqual(await controllerShownAt(page, ...SOLTANLI), 'AZ', 'Soltanli on 2020-10-19');
      checkEqual(await controllerShownAt(page, ...KHALAFLI), 'NKR', 'Khalafli on 2020-10-19');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'Hin Tagher reads NKR on 2020-12-01 (the pocket held after the ceasefire) and AZ on 2020-12-20',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      for (const [date, pocket] of [
        ['2020-12-01', 'NKR'],
        ['2020-12-20', 'AZ'],
      ] as const) {
        await openAtlas(watched, origin, `#map=11/39.52/46.84&date=${date}&layers=control`);
        await mapIdle(page);
        await showOverlays(page, false);
        await onlyFills(page);
        checkEqual(await controllerShownAt(page, ...HIN_TAGHER), pocket, `Hin Tagher on ${date}`);
        checkEqual(await controllerShownAt(page, ...AGHJAKEND), 'AZ', `Aghjakend on ${date}`);
      }
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'on 2023-09-25 the Stepanakert panel tells the ceasefire and disarmament, and the map draws it',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      const stepanakert = place('stepanakert');
      // A point of the NKR-held area north-east of the town, away from fronts and labels.
      const inside: LonLat = [stepanakert[0] + 0.04, stepanakert[1] + 0.06];
      await openAtlas(watched, origin, '#map=10/39.8/46.8&date=2023-09-19&layers=control');
      await mapIdle(page);
      await showOverlays(page, false);
      const before = await darkPixels(page, inside);
      await openAtlas(
        watched,
        origin,
        '#map=10/39.8/46.8&date=2023-09-25&layers=control&select=zone:nkao-core',
      );
      const panel = page.getByTestId('details-panel');
      await panel.waitFor();
      const held = ((await panel.getByTestId('details-controller').textContent()) ?? '').trim();
      checkEqual(held, 'Nagorno-Karabakh Republic / Artsakh (de facto)', 'holder on 2023-09-25');
      const told = (await panel.getByTestId('details-transition').textContent()) ?? '';
      check(
        told.includes('Ceasefire and disarmament under way since 20 September 2023'),
        `the panel tells the transition: ${told}`,
      );
      check(/\[\d+\]/.test(told), `the transition cites its sources: ${told}`);
      await mapIdle(page);
      await showOverlays(page, false);
      const during = await darkPixels(page, inside);
      check(
        during > 5 * before + 50,
        `the transition's dash pattern draws over the area (${before} dark pixels on 19 Sep, ${during} on 25 Sep)`,
      );
      checkEqual(await controllerShownAt(page, ...inside), 'NKR', 'still NKR-coloured on 25 Sep');
      checkNoProblems(watched.problems);
    },
  },
];
