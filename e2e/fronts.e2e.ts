/**
 * The reference water layer draws where Natural Earth puts the water (read from the extract
 * the build publishes, geo/base/natural-earth/water-10m.geojson), and fronts are boundaries
 * (issue 11): where the map used to draw a dashed front inside land held
 * by one side, no front is drawn and both sides read the same controller; where a front is,
 * its two sides read different controllers. The points are taken from the authored NKAO
 * outline (geo/control/zones/outlines.geojson): its edge from (47.05, 39.92) to (47.22, 39.87),
 * south of Agdam, is where the old fronts dangled.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { WATER } from '../src/lib/map/style/reference';
import { FRONT_LINE } from '../src/lib/style/palette';
import {
  colourDistance,
  hexToRgb,
  mapIdle,
  openAtlas,
  openWatchedPage,
  screenPoint,
} from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';

type LonLat = [number, number];

const outlines = JSON.parse(
  readFileSync(
    join(
      dirname(fileURLToPath(import.meta.url)),
      '..',
      'geo',
      'control',
      'zones',
      'outlines.geojson',
    ),
    'utf8',
  ),
) as { features: { properties: { id: string }; geometry: { coordinates: LonLat[][] } }[] };
const nkao =
  outlines.features.find((f) => f.properties.id === 'nkao')?.geometry.coordinates[0] ?? [];
const vertex = (lon: number, lat: number): LonLat => {
  const v = nkao.find(([x, y]) => x === lon && y === lat);
  if (!v) throw new Error(`the NKAO outline has no vertex ${lon}, ${lat}`);
  return v;
};
/** The edge of the NKAO outline south of Agdam, west to east. */
const EDGE: [LonLat, LonLat] = [vertex(47.05, 39.92), vertex(47.22, 39.87)];

/** The point a fraction `t` along the edge, moved `km` to its north (negative: south). */
function onEdge(t: number, km = 0): LonLat {
  const [[x0, y0], [x1, y1]] = EDGE;
  const kx = 111.2 * Math.cos((39.9 * Math.PI) / 180);
  const ex = (x1 - x0) * kx;
  const ey = (y1 - y0) * 111.2;
  const n = Math.hypot(ex, ey);
  return [x0 + t * (x1 - x0) + ((-ey / n) * km) / kx, y0 + t * (y1 - y0) + ((ex / n) * km) / 111.2];
}

/** Hides what is not area colour or front: labels, markers, the dot and hatch patterns. */
async function onlyFillsAndFronts(page: Page): Promise<void> {
  await showOverlays(page, false);
  await page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    for (const id of ['control-dots', 'control-low-confidence', 'control-transition'])
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
  });
  await mapIdle(page);
}

/** How many screen pixels within 2 px of the edge between fractions t0 and t1 have the front's colour. */
async function frontPixels(page: Page, t0: number, t1: number): Promise<number> {
  const a = await screenPoint(page, ...onEdge(t0));
  const b = await screenPoint(page, ...onEdge(t1));
  const pad = 4;
  const x = Math.floor(Math.min(a.x, b.x)) - pad;
  const y = Math.floor(Math.min(a.y, b.y)) - pad;
  const width = Math.ceil(Math.abs(a.x - b.x)) + 2 * pad;
  const height = Math.ceil(Math.abs(a.y - b.y)) + 2 * pad;
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width, height } }));
  const ink = hexToRgb(FRONT_LINE);
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  let count = 0;
  for (let py = 0; py < png.height; py++)
    for (let px = 0; px < png.width; px++) {
      // Distance of the pixel centre from the segment a-b, in CSS pixels.
      const cx = x + px + 0.5 - a.x;
      const cy = y + py + 0.5 - a.y;
      const t = Math.max(0, Math.min(1, (cx * (b.x - a.x) + cy * (b.y - a.y)) / (len * len)));
      const d = Math.hypot(cx - t * (b.x - a.x), cy - t * (b.y - a.y));
      if (d > 2) continue;
      const i = (py * png.width + px) * 4;
      const rgb: [number, number, number] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (colourDistance(rgb, ink) < 60) count++;
    }
  return count;
}

interface Stretch {
  /** Fractions along the edge. */
  from: number;
  to: number;
  north: string;
  south: string;
  front: boolean;
}

const CASES: { date: string; view: string; why: string; stretches: Stretch[] }[] = [
  {
    date: '1995-06-01',
    view: '#map=10/39.93/47.0',
    // Agdam (north) and the rest of the NKAO (south) were both held by the NKR; a thin strip
    // of "rest of Azerbaijan" left by cutting used to draw a front between them.
    why: 'no front between NKR-held Agdam and NKR-held Askeran',
    stretches: [{ from: 0.1, to: 0.4, north: 'NKR', south: 'NKR', front: false }],
  },
  {
    date: '2021-06-01',
    view: '#map=10/39.86/47.05',
    // After November 2020: Agdam Azerbaijani-held, the NKAO edge a real front on its west part;
    // on its east part Azerbaijani-held land on both sides, where a sliver used to draw a front.
    why: 'a front between AZ-held Agdam and the NKR, none inside AZ-held land further east',
    stretches: [
      { from: 0.1, to: 0.4, north: 'AZ', south: 'NKR', front: true },
      { from: 0.65, to: 0.95, north: 'AZ', south: 'AZ', front: false },
    ],
  },
];

const FRONT_TESTS: E2ETest[] = CASES.map(({ date, view, why, stretches }) => ({
  name: `fronts are boundaries at ${view}&date=${date}: ${why}`,
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    await openAtlas(watched, origin, `${view}&date=${date}`);
    await mapIdle(watched.page);
    await onlyFillsAndFronts(watched.page);
    for (const s of stretches) {
      const mid = (s.from + s.to) / 2;
      const sides = {
        north: await controllerShownAt(watched.page, ...onEdge(mid, 1.5)),
        south: await controllerShownAt(watched.page, ...onEdge(mid, -1.5)),
      };
      checkEqual(sides, { north: s.north, south: s.south }, `controllers beside ${s.from}-${s.to}`);
      const ink = await frontPixels(watched.page, s.from, s.to);
      // A dashed front along a 25-40 px stretch has well over 20 pixels of its colour.
      if (s.front) check(ink > 20, `a front should be drawn along ${s.from}-${s.to}: ${ink} px`);
      else check(ink < 5, `no front should be drawn along ${s.from}-${s.to}: ${ink} px`);
    }
    checkNoProblems(watched.problems);
  },
}));

const here = dirname(fileURLToPath(import.meta.url));
const water = JSON.parse(
  readFileSync(join(here, '..', 'geo', 'base', 'natural-earth', 'water-10m.geojson'), 'utf8'),
) as FeatureCollection<Geometry, { kind: string; name: string }>;
const pieces = JSON.parse(
  readFileSync(join(here, '..', 'public', 'data', 'control-pieces.geojson'), 'utf8'),
) as FeatureCollection;
const named = (name: string): Feature<Geometry, { kind: string; name: string }> => {
  const f = water.features.find((w) => w.properties.name === name);
  if (!f) throw new Error(`no ${name} in the water extract`);
  return f;
};

/**
 * The vertex of the Aras, between 46.5 and 47.5 E (Nakhchivan to Jabrayil), that lies farthest
 * outside the control pieces: Natural Earth's Azerbaijan-Iran border follows the river, and the
 * control fill is drawn over the water, so the river shows on the Iranian side.
 */
function arasPoint(): LonLat {
  const g = named('Aras').geometry;
  const line =
    g.type === 'LineString'
      ? g.coordinates
      : g.type === 'MultiLineString'
        ? g.coordinates.flat()
        : [];
  let best: { p: LonLat; km: number } | null = null;
  for (const [x = 0, y = 0] of line) {
    if (x < 46.5 || x > 47.5) continue;
    if (pieces.features.some((f) => turf.booleanPointInPolygon([x, y], f as Feature<never>)))
      continue;
    let km = Infinity;
    for (const f of pieces.features) {
      const geom = f.geometry as { type: string; coordinates: number[][][] | number[][][][] };
      const polys = (
        geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates
      ) as number[][][][];
      for (const ring of polys.flat())
        km = Math.min(
          km,
          turf.pointToLineDistance([x, y], turf.lineString(ring), { units: 'kilometers' }),
        );
    }
    if (!best || km > best.km) best = { p: [x, y], km };
  }
  if (!best) throw new Error('no Aras vertex outside the control pieces');
  return best.p;
}

/** Pixels within `r` px of a point whose colour is within 40 of `hex`. */
async function pixelsOf(page: Page, [lon, lat]: LonLat, hex: string, r = 2): Promise<number> {
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
    if (colourDistance([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], ink) < 40) n++;
  return n;
}

const WATER_TESTS: E2ETest[] = [
  {
    name: 'the reference water layer draws the Aras on the Iranian bank and fills Lake Urmia',
    async run({ browser, origin }) {
      const [lon, lat] = arasPoint();
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, `#map=14/${lat}/${lon}&date=2000-01-01`);
      await mapIdle(watched.page);
      await showOverlays(watched.page, false);
      const river = await pixelsOf(watched.page, [lon, lat], WATER.river);
      check(river >= 3, `the Aras at ${lon}, ${lat} should draw river blue: ${river} px`);
      // 500 m further into Iran (south), no river: the reading tells river from land.
      const dry = await pixelsOf(watched.page, [lon, lat - 0.0045], WATER.river);
      check(dry === 0, `no river 500 m south of the Aras: ${dry} px`);

      const [ux = 0, uy = 0] = turf.pointOnFeature(named('Lake Urmia')).geometry.coordinates;
      await watched.page.close();
      const second = await openWatchedPage(browser, origin);
      await openAtlas(second, origin, `#map=9/${uy}/${ux}&date=2000-01-01`);
      await mapIdle(second.page);
      await showOverlays(second.page, false);
      const lake = await pixelsOf(second.page, [ux, uy], WATER.lake);
      check(lake >= 20, `Lake Urmia at ${ux}, ${uy} should be lake blue: ${lake} of 25 px`);
      checkNoProblems([...watched.problems, ...second.problems]);
    },
  },
];

export const tests: E2ETest[] = [...FRONT_TESTS, ...WATER_TESTS];
