/**
 * `npx tsx geo/control/incursions.ts`: draws two of the 2021-2022 positions inside Armenia as
 * areas from a located point and the distances the reports give (points and pages in
 * zones/located-points.json), and writes them into zones/2-advances-into-armenia.geojson; then
 * run `npm run geo`. The build clips both to Natural Earth's Armenia, so their border side is
 * Natural Earth's border.
 *
 * - `syunik-2021`: the land within 3.5 km of the border (the depth the Armenian prime minister
 *   gave, Janes) along 13 km of it centred on Sev Lich, the lake on the border the troops
 *   advanced around on 12 May 2021; the length is what makes, with the Vardenis zone, the
 *   40-45 km² reported after May 2021.
 * - `jermuk-2022`: the advance of 13-14 September 2022 towards Jermuk as the chief of the
 *   general staff described it (Turan, 16 Sep 2022): a front 8.5 km wide, from the border to
 *   4.5 km from Jermuk (before: 11-12 km), about 60 km² (60.06 km², panorama.am).
 */
import { join } from 'node:path';
import type { Position } from 'geojson';
import { loadStateOutlines, polygonsOf } from './geometry';
import {
  at,
  direction,
  offset,
  readZones,
  ringOf,
  setZone,
  strip,
  writeZones,
  type Zones,
} from './roads';

const KM_LAT = 111.2;
const kmPerLon = (lat: number): number => KM_LAT * Math.cos((lat * Math.PI) / 180);
const km = (p: Position, q: Position): number =>
  Math.hypot(
    ((q[0] ?? 0) - (p[0] ?? 0)) * kmPerLon(p[1] ?? 0),
    ((q[1] ?? 0) - (p[1] ?? 0)) * KM_LAT,
  );

/** Half the length of border the Sev Lich area runs along (km), sized to the reported total. */
const ALONG_KM = 6.5;

const APPROXIMATION: Record<string, string> = {
  'syunik-2021':
    'Armenian land within 3.5 km of the border (the reported depth) along 13 km of it centred on the located Sev Lich, sized with the Vardenis zone to the reported 40-45 km² (geo/control/incursions.ts); the border side is Natural Earth’s. Error 2-3 km.',
  'jermuk-2022':
    'From the border to 4.5 km from the located Jermuk on a front 8.5 km wide, as the chief of the general staff described the advance of September 2022, about 60 km² (60.06 km² reported; geo/control/incursions.ts). Error 2-3 km.',
};

/** zones/2-advances-into-armenia.geojson with the areas drawn here replaced (not written). */
export function drawIncursions(): Zones {
  const am = loadStateOutlines(join(import.meta.dirname, '..', '..')).AM;
  const ring = polygonsOf(am).reduce((m, p) =>
    (p[0]?.length ?? 0) > (m[0]?.length ?? 0) ? p : m,
  )[0]!;
  const zones = readZones('2-advances-into-armenia.geojson');

  // Sev Lich: the border's vertices within 4.5 km of the lake, in ring order, as a strip 7 km
  // wide (3.5 km each side; the build keeps the Armenian side) with flat ends.
  const lake = at('sev-lich');
  const near = ring.filter((p) => km(lake, p) <= ALONG_KM);
  const border = strip(near, 7, { start: true, end: true });
  setZone(
    zones,
    'syunik-2021',
    { type: 'Polygon', coordinates: [ringOf(border)] },
    {
      shape: 'polygon',
      approximation: APPROXIMATION['syunik-2021'],
    },
  );

  // Jermuk: the axis from the town to the nearest point of the border.
  const town = at('jermuk');
  const nearest = ring.reduce((m, p) => (km(town, p) < km(town, m) ? p : m));
  const [ux, uy] = direction(town, nearest);
  const front = offset(town, ux, uy, 4.5);
  const beyond = offset(nearest, ux, uy, 3);
  const half = 8.5 / 2;
  const box = [
    offset(front, -uy, ux, half),
    offset(front, uy, -ux, half),
    offset(beyond, uy, -ux, half),
    offset(beyond, -uy, ux, half),
  ];
  setZone(
    zones,
    'jermuk-2022',
    { type: 'Polygon', coordinates: [[...box, box[0] as Position]] },
    { shape: 'polygon', approximation: APPROXIMATION['jermuk-2022'] },
  );
  return zones;
}

export function main(): void {
  writeZones('2-advances-into-armenia.geojson', drawIncursions());
}

if (process.argv[1]?.endsWith('incursions.ts')) main();
