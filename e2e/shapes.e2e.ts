/**
 * Issue 11, point 4 (real shapes) read off the canvas: on 1 June 2021 the Lachin corridor ends
 * at the land the Nagorno-Karabakh Republic held by Stepanakert, not beside it. Inside the
 * strip near its end the map shows the peacekeepers' colour, just past the end the NKR's, and
 * just outside the strip's side Azerbaijan's (the issue's reading of the statement of 10
 * November 2020: a corridor to NKR-held land, past Azerbaijani-held Shusha).
 *
 * Where to look comes from the published data (public/data): the boundary the corridor piece
 * shares with the NKR-held piece is its end, the one it shares with Shusha its side. Each
 * reading is also checked against the controller the data gives there, and the colour against
 * src/lib/style/palette.ts (controllerShownAt).
 *
 * The same reading for the September 2022 positions by Nerkin Hand (`goris-kapan-2022`, drawn
 * by geo/control/incursions.ts): on 1 October 2022 the area shows Azerbaijan's colour just
 * inside its inland edge, and Armenia's just outside it and at the located Armenian-held
 * Shikahogh beside it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { type WatchedPage, mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';

const DATE = '2021-06-01';
const HASH = `#map=11/39.78/46.75&date=${DATE}`;
const KAPAN_DATE = '2022-10-01';
/** How far from a boundary each reading is taken (about 10 px at zoom 11). */
const STEP_KM = 0.6;

const data = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data');

interface Piece {
  properties: {
    piece: string;
    timeline: { from: string; to: string | null; controller: string }[];
  };
  geometry: Polygon | MultiPolygon;
}
const pieces = (
  JSON.parse(readFileSync(join(data, 'control-pieces.geojson'), 'utf8')) as { features: Piece[] }
).features;
const fronts = (
  JSON.parse(readFileSync(join(data, 'control-fronts.geojson'), 'utf8')) as {
    features: { properties: { a: number; b: number }; geometry: MultiLineString }[];
  }
).features;

function pieceIndex(id: string): number {
  const i = pieces.findIndex((p) => p.properties.piece === id);
  if (i < 0) throw new Error(`no piece ${id} in control-pieces.geojson`);
  return i;
}

/** The controller the data gives at a point on a day. */
function heldAt(lon: number, lat: number, day = DATE): string | null {
  const p = pieces.find((f) => turf.booleanPointInPolygon([lon, lat], turf.feature(f.geometry)));
  const t = p?.properties.timeline.find((e) => e.from <= day && (e.to === null || day < e.to));
  return t?.controller ?? null;
}

const located = (
  JSON.parse(
    readFileSync(join(data, '..', '..', 'geo', 'control', 'zones', 'located-points.json'), 'utf8'),
  ) as { points: Record<string, { lat: number; lon: number }> }
).points;

/**
 * Two points either side of the middle of the boundary between pieces `a` and `b`: the one
 * inside `a` first. Throws when the two pieces share no boundary.
 */
function across(a: string, b: string): { inside: Position; outside: Position } {
  const [i, j] = [pieceIndex(a), pieceIndex(b)];
  const front = fronts.find(
    (f) => f.properties.a === Math.min(i, j) && f.properties.b === Math.max(i, j),
  );
  if (!front) throw new Error(`pieces ${a} and ${b} share no boundary: ${a} does not reach ${b}`);
  // The longest line of the boundary, at half its length.
  const line = front.geometry.coordinates.reduce((m, l) =>
    turf.length(turf.lineString(l)) > turf.length(turf.lineString(m)) ? l : m,
  );
  const ls = turf.lineString(line);
  const half = turf.length(ls) / 2;
  const mid = turf.along(ls, half).geometry.coordinates;
  const ahead = turf.along(ls, half + 0.05).geometry.coordinates;
  const bearing = turf.bearing(mid, ahead);
  const left = turf.destination(mid, STEP_KM, bearing - 90).geometry.coordinates;
  const right = turf.destination(mid, STEP_KM, bearing + 90).geometry.coordinates;
  const inA = turf.booleanPointInPolygon(left, turf.feature(pieces[i]!.geometry));
  return inA ? { inside: left, outside: right } : { inside: right, outside: left };
}

/**
 * Opens the atlas at `hash` and reads the controller each point shows, with labels, markers,
 * NKR dots and low-confidence hatching hidden (patterns are not the area's colour).
 */
async function readColours(
  watched: WatchedPage,
  origin: string,
  hash: string,
  points: Record<string, Position>,
): Promise<Record<string, string>> {
  await openAtlas(watched, origin, hash);
  await mapIdle(watched.page);
  await showOverlays(watched.page, false);
  await watched.page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    for (const id of ['control-dots', 'control-low-confidence'])
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
  });
  await mapIdle(watched.page);
  const seen: Record<string, string> = {};
  for (const [k, [lon = 0, lat = 0]] of Object.entries(points)) {
    const onScreen = await watched.page.evaluate(
      ([lo, la]) => {
        const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
          .map;
        return map.getBounds().contains([lo, la]);
      },
      [lon, lat] as const,
    );
    check(onScreen, `${k} (${lat.toFixed(4)} N ${lon.toFixed(4)} E) is on screen`);
    seen[k] = await controllerShownAt(watched.page, lon, lat);
  }
  return seen;
}

export const tests: E2ETest[] = [
  {
    name: `the Lachin corridor ends at the NKR-held land by Stepanakert (${HASH})`,
    async run({ browser, origin }) {
      const end = across('corridor-shusha', 'nkao-core');
      const side = across('corridor-shusha', 'shusha');
      const points: Record<string, Position> = {
        'inside the strip near its end': end.inside,
        'just past the end': end.outside,
        "just outside the strip's side": side.outside,
      };
      const expected = {
        'inside the strip near its end': 'RU-PKF',
        'just past the end': 'NKR',
        "just outside the strip's side": 'AZ',
      };
      const inData = Object.fromEntries(
        Object.entries(points).map(([k, [lon = 0, lat = 0]]) => [k, heldAt(lon, lat)]),
      );
      checkEqual(inData, expected, `controllers the data gives on ${DATE}`);

      const watched = await openWatchedPage(browser, origin);
      const seen = await readColours(watched, origin, HASH, points);
      checkEqual(seen, expected, `colours shown on ${DATE}`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: `the positions by Nerkin Hand are an Azerbaijani-held area beside Armenian-held Shikahogh (${KAPAN_DATE})`,
    async run({ browser, origin }) {
      const edge = across('goris-kapan-2022', 'rest-AM');
      const shikahogh = located['shikahogh'];
      if (!shikahogh) throw new Error('located-points.json: no shikahogh');
      const points: Record<string, Position> = {
        'inside the area by its inland edge': edge.inside,
        'just outside the inland edge': edge.outside,
        'at Shikahogh': [shikahogh.lon, shikahogh.lat],
      };
      const expected = {
        'inside the area by its inland edge': 'AZ',
        'just outside the inland edge': 'AM',
        'at Shikahogh': 'AM',
      };
      const inData = Object.fromEntries(
        Object.entries(points).map(([k, [lon = 0, lat = 0]]) => [k, heldAt(lon, lat, KAPAN_DATE)]),
      );
      checkEqual(inData, expected, `controllers the data gives on ${KAPAN_DATE}`);
      // Framed on the middle of the three points.
      const lon = Object.values(points).reduce((t, p) => t + (p[0] ?? 0), 0) / 3;
      const lat = Object.values(points).reduce((t, p) => t + (p[1] ?? 0), 0) / 3;
      const hash = `#map=11/${lat.toFixed(4)}/${lon.toFixed(4)}&date=${KAPAN_DATE}`;
      const watched = await openWatchedPage(browser, origin);
      const seen = await readColours(watched, origin, hash, points);
      checkEqual(seen, expected, `colours shown on ${KAPAN_DATE} (${hash})`);
      checkNoProblems(watched.problems);
    },
  },
];
