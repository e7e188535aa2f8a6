/**
 * `npx tsx geo/control/roads.ts`: draws the authored shapes that follow located points
 * (zones/located-points.json, where every point's page is recorded) and writes them into the
 * zone files; then run `npm run geo`. It rewrites only the features it draws:
 *
 * - the Lachin corridor, 2020-2022 route: a 5 km strip (the 10 November 2020 statement's
 *   width) through Tegh, Zabukh, Sus, Lachin and Lisagor to the junction below Shusha
 *   (`lachin-corridor-2020` in Lachin district, `corridor-shusha-west` in the former NKAO),
 *   and from the junction a 3 km strip to where NKR-held land begins by Stepanakert
 *   (`corridor-shusha`): the statement's corridor was "not to affect" Shusha, 3-4 km away;
 * - the 2022 route (`corridor-hin-shen`, `lachin-corridor-2022`) from the same junction to
 *   Kornidzor and Tegh, and the stretch both routes share at the border;
 * - the four Gazakh villages (`gazakh-villages`) around the two that are located.
 *
 * Strips end flat where their road ends (at the junction), or along the line of the zone
 * they join (Shusha's northern edge, beyond which the NKR held the land), never with a
 * round cap; where a strip runs into a foreign border or an earlier zone, cutting ends it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { differenceAreas, intersectAreas, polygonsOf, unionAreas, type Area } from './geometry';

const ZONES = join(import.meta.dirname, 'zones');
const KM_LAT = 111.2;
const kmPerLon = (lat: number): number => KM_LAT * Math.cos((lat * Math.PI) / 180);

interface Located {
  lat: number;
  lon: number;
}
const located = (
  JSON.parse(readFileSync(join(ZONES, 'located-points.json'), 'utf8')) as {
    points: Record<string, Located>;
  }
).points;

export function at(id: string): Position {
  const p = located[id];
  if (!p) throw new Error(`located-points.json: no point ${id}`);
  return [p.lon, p.lat];
}

/**
 * Where the 2022 road leaves the 2020 road below Shusha: not located by any page read (see
 * located-points.json); kept where the earlier line had it, 3.8 km west-north-west of Shusha.
 */
const JUNCTION: Position = [46.705, 39.758];

/** The points `km` from `p` along the unit direction (dx, dy) given in km. */
export function offset(p: Position, dx: number, dy: number, km: number): Position {
  const [x = 0, y = 0] = p;
  return [x + (dx * km) / kmPerLon(y), y + (dy * km) / KM_LAT];
}

/** Unit direction in km from p to q. */
export function direction(p: Position, q: Position): [number, number] {
  const [x0 = 0, y0 = 0] = p;
  const [x1 = 0, y1 = 0] = q;
  const dx = (x1 - x0) * kmPerLon((y0 + y1) / 2);
  const dy = (y1 - y0) * KM_LAT;
  const n = Math.hypot(dx, dy);
  return [dx / n, dy / n];
}

/** The half-plane beyond `p` in direction (dx, dy), as a 40 km square. */
export function beyond(p: Position, [dx, dy]: [number, number]): Area {
  const R = 20;
  const a = offset(p, -dy, dx, R);
  const b = offset(p, dy, -dx, R);
  const c = offset(b, dx, dy, 2 * R);
  const d = offset(a, dx, dy, 2 * R);
  return { type: 'Polygon', coordinates: [[a, b, c, d, a]] };
}

/** A strip `km` wide around `line`, its ends cut flat where asked. */
export function strip(
  line: Position[],
  km: number,
  ends: { start?: boolean; end?: boolean } = {},
): Area {
  let area = turf.buffer(turf.lineString(line), km / 2, { units: 'kilometers', steps: 8 })
    ?.geometry as Area;
  const n = line.length;
  if (ends.start) {
    const [dx, dy] = direction(line[1] as Position, line[0] as Position);
    area = differenceAreas(area, beyond(line[0] as Position, [dx, dy])) as Area;
  }
  if (ends.end) {
    const d = direction(line[n - 2] as Position, line[n - 1] as Position);
    area = differenceAreas(area, beyond(line[n - 1] as Position, d)) as Area;
  }
  return area;
}

const round = (p: Position): Position => [
  Math.round((p[0] ?? 0) * 1e5) / 1e5,
  Math.round((p[1] ?? 0) * 1e5) / 1e5,
];

export function ringOf(area: Area): Position[] {
  const polys = polygonsOf(area);
  if (polys.length !== 1) throw new Error(`expected one polygon, got ${polys.length}`);
  const ring = (polys[0]?.[0] ?? []).map(round);
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
}

export type Zones = FeatureCollection<Geometry>;

export function readZones(file: string): Zones {
  return JSON.parse(readFileSync(join(ZONES, file), 'utf8')) as Zones;
}

/**
 * Writes a zone file in the layout it already has: one position per line (`[x, y]`), or every
 * number on its own line as plain JSON.stringify writes it, so re-drawing changes only the
 * features drawn here.
 */
export function writeZones(file: string, fc: Zones): void {
  const path = join(ZONES, file);
  const plain = JSON.stringify(fc, null, 2);
  const expanded = /\[\n\s+-?\d/.test(readFileSync(path, 'utf8'));
  const text = expanded
    ? plain
    : plain.replace(
        /\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g,
        (_, x: string, y: string) => `[${x}, ${y}]`,
      );
  writeFileSync(path, text + '\n');
}

export function setZone(
  fc: Zones,
  id: string,
  geometry: Feature['geometry'],
  props: Record<string, unknown>,
): void {
  const f = fc.features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`zone ${id} not found`);
  const p = { ...(f.properties as Record<string, unknown>), ...props };
  if (p.shape === 'polygon') delete p.bufferKm;
  f.properties = p;
  f.geometry = geometry as Polygon;
}

/** The stated approximation of each shape drawn here (geo/control/README.md's zone table). */
const APPROXIMATION: Record<string, string> = {
  'corridor-shusha':
    "From NKR-held land by Stepanakert (Shusha's northern edge) to the junction below Shusha (not located; 3.8 km WNW of the town): a 3 km strip, as the corridor was not to affect Shusha, with the ground by the junction both routes' strips cover (geo/control/roads.ts). Error 1-3 km.",
  'corridor-shusha-west':
    "The 2020-2022 road from the former NKAO line through the located Lisagor (Turshsu) to the junction below Shusha: a 5 km strip (the statement's width) cut flat at the junction (geo/control/roads.ts; points and their pages in zones/located-points.json). Error of the road line: 1-3 km.",
  'corridor-hin-shen':
    'The 2022 route inside the former NKAO past Hin Shen and Mets Shen (Armenian-held after 2020; not located): a 4 km strip around a schematic line from the junction below Shusha, less the ground it shares with the old road there (geo/control/roads.ts); error 2-5 km.',
  'lachin-corridor-2020':
    "A 5 km strip (the width the 10 November 2020 statement gives) around a line through the located Tegh (Armenia), Zabukh, Sus, Lachin and Lisagor (zones/located-points.json); the Armenian border and the NKAO line end it. Between the located points the road's bends are not drawn; error 1-3 km.",
  'lachin-corridor-2022':
    'Schematic 5 km strip along the bypass opened in August 2022, from the NKAO line to the located Kornidzor and Tegh at the Armenian border; the road between is not located, error 2-5 km.',
  'gazakh-villages':
    'From the Natural Earth border to 0.25 km beyond the located Ashagi Askipara and Baghanis Ayrum, 0.35 km north and south of them, sized to the published 6.5 km² (12.7 km of border). Kheyrimli and Gizilhajili are not located and not drawn apart; the 2024 line is not drawn. Error 1-2 km.',
};

/** The zone files with the shapes drawn here replaced (nothing is written). */
export function drawRoads(): Record<string, Zones> {
  // Roads from located points.
  const road2020 = [at('tegh'), at('zabukh'), at('sus'), at('lachin'), at('lisagor')];
  const road2022 = [
    [46.68, 39.66],
    [46.64, 39.625],
    [46.6, 39.59],
    [46.56, 39.555],
    at('kornidzor'),
    at('tegh'),
  ];
  const nkao = readZones('3-former-nkao.geojson');
  const shusha = nkao.features.find((f) => f.properties?.id === 'shusha')?.geometry as Polygon;
  // From the junction the strip runs on to Stepanakert; it starts on the plane where the
  // 5 km strip ends (so no sliver of Shusha is left between them) and ends on Shusha's edge.
  const up: Position = [46.72, 39.775];
  const [bx, by] = direction(JUNCTION, up);
  const toStepanakert = [
    offset(JUNCTION, -bx, -by, 1.5),
    JUNCTION,
    up,
    [46.745, 39.8],
    [46.755, 39.81],
  ];
  const westDir = direction(at('lisagor'), JUNCTION);
  const behind = beyond(JUNCTION, [-westDir[0], -westDir[1]]);
  // Clipped to the Shusha zone's ring: it ends on Shusha's northern edge, wherever that is
  // drawn, beyond which the NKR held the land.
  const toJunction = intersectAreas(
    differenceAreas(strip(toStepanakert, 3), behind) as Area,
    shusha,
  ) as Area;
  const west = strip([at('lachin'), at('lisagor'), JUNCTION], 5, { end: true });
  // The 2022 road leaves the old one at the junction and runs inside the old road's 5 km
  // strip for some km: that shared ground is used by both routes, so it belongs to the zone
  // both routes share (`corridor-shusha`, cut first), and the 2022 strip starts at the
  // junction's line.
  const hinShenStrip = strip(
    [
      [46.713, 39.7665],
      [46.7, 39.72],
      [46.68, 39.68],
      [46.66, 39.65],
      [46.64, 39.625],
    ],
    4,
  );
  const hinShen = differenceAreas(hinShenStrip, beyond(JUNCTION, westDir)) as Area;
  // (50 m past the junction's line, so the two parts of the zone overlap and join.)
  const past = offset(JUNCTION, westDir[0], westDir[1], 0.12);
  // Only the shared ground by the junction (within 5 km of it) is taken: further south
  // the two strips barely touch, near the NKAO line.
  const sharedEnd = offset(JUNCTION, -westDir[0], -westDir[1], 5);
  const sharedParts = intersectAreas(
    differenceAreas(
      strip([at('lachin'), at('lisagor'), JUNCTION], 5),
      beyond(sharedEnd, [-westDir[0], -westDir[1]]),
    ) as Area,
    differenceAreas(hinShenStrip, beyond(past, westDir)) as Area,
  ) as Area;
  const shared: Area = {
    type: 'Polygon',
    coordinates: polygonsOf(sharedParts).reduce((m, p) =>
      (p[0]?.length ?? 0) > (m[0]?.length ?? 0) ? p : m,
    ),
  };
  const corridorShusha = unionAreas(toJunction, shared) as Area;
  setZone(
    nkao,
    'corridor-shusha',
    { type: 'Polygon', coordinates: [ringOf(corridorShusha)] },
    {
      shape: 'polygon',
      approximation: APPROXIMATION['corridor-shusha'],
    },
  );
  setZone(
    nkao,
    'corridor-shusha-west',
    { type: 'Polygon', coordinates: [ringOf(west)] },
    {
      shape: 'polygon',
      approximation: APPROXIMATION['corridor-shusha-west'],
    },
  );
  setZone(
    nkao,
    'corridor-hin-shen',
    { type: 'Polygon', coordinates: [ringOf(hinShen)] },
    {
      shape: 'polygon',
      approximation: APPROXIMATION['corridor-hin-shen'],
    },
  );

  const districts = readZones('4-districts-around-nkao.geojson');
  setZone(
    districts,
    'lachin-corridor-2020',
    { type: 'LineString', coordinates: road2020 },
    {
      contains: ['zabukh', 'sus', 'lachin'],
      approximation: APPROXIMATION['lachin-corridor-2020'],
    },
  );
  setZone(
    districts,
    'lachin-corridor-2022',
    { type: 'LineString', coordinates: road2022 },
    {
      approximation: APPROXIMATION['lachin-corridor-2022'],
    },
  );
  setZone(
    districts,
    'lachin-corridor-shared',
    { type: 'MultiLineString', coordinates: [road2020, road2022] },
    {},
  );

  // The Gazakh villages: from the border to 0.4 km beyond the two located villages, and
  // 0.5 km north and south of them (the border here is Natural Earth's: the build clips it).
  const south = at('ashagi-askipara');
  const north = at('baghanis-ayrum');
  const [ux, uy] = direction(south, north);
  // Away from the border (which runs west of the villages): the normal pointing east.
  const [nx, ny] = ux * 0 + uy > 0 ? [uy, -ux] : [-uy, ux];
  const far = 0.25;
  const along = 0.35;
  const across = 2.5;
  const ring = [
    offset(offset(south, -ux, -uy, along), nx, ny, far),
    offset(offset(north, ux, uy, along), nx, ny, far),
    offset(offset(north, ux, uy, along), -nx, -ny, across),
    offset(offset(south, -ux, -uy, along), -nx, -ny, across),
  ].map(round);
  const border = readZones('1-armenia-azerbaijan-border.geojson');
  setZone(
    border,
    'gazakh-villages',
    { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] },
    {
      shape: 'polygon',
      clip: 'state',
      contains: ['ashagi-askipara'],
      approximation: APPROXIMATION['gazakh-villages'],
    },
  );
  return {
    '1-armenia-azerbaijan-border.geojson': border,
    '3-former-nkao.geojson': nkao,
    '4-districts-around-nkao.geojson': districts,
  };
}

export function main(): void {
  for (const [file, fc] of Object.entries(drawRoads())) writeZones(file, fc);
}

if (process.argv[1]?.endsWith('roads.ts')) main();
