/**
 * `npx tsx geo/control/incursions.ts`: draws the 2021-2022 positions inside Armenia as areas
 * from located points and the distances and areas the reports give (points and their pages in
 * zones/located-points.json), and writes them into zones/2-advances-into-armenia.geojson; then
 * run `npm run geo`. The build clips each to Natural Earth's Armenia, so its border side is
 * Natural Earth's border.
 *
 * - `syunik-2021`: the land within 3.5 km of the border (the depth the Armenian prime minister
 *   gave, Janes) along the stretch of it centred on Sev Lich, the lake on the border the troops
 *   advanced around on 12 May 2021, long enough for the 13 km² Hetq gives for it.
 * - `vardenis-2021`: the incursion of 13 May 2021 near Verin Shorzha: positions 1-3.5 km inside
 *   Armenia along about 13 km (the Orbeli Centre's geolocation), at least 3,200 ha (Hetq). The
 *   13 km of border centred on the point nearest the located village, as deep as those 32 km²
 *   need.
 * - `jermuk-2022`: the advance of 13-14 September 2022 towards Jermuk as the chief of the
 *   general staff described it (Turan, 16 Sep 2022): a front 8.5 km wide, from the border to
 *   4.5 km from Jermuk (before: 11-12 km), about 60 km² (60.06 km², panorama.am).
 * - `goris-kapan-2022`: the positions around Nerkin Hand, south-east of Kapan, advanced 1-1.5 km
 *   in September 2022 (Asryan) after about 0.6 km in 2021 (the Armenian defence ministry):
 *   2 km deep (the farthest position is about 2,060 m inside, Tatoyan Foundation), as long as
 *   the 2,700 ha the foundation counts need, along the border running south from the located
 *   Shikahogh towards the Tsav, on which Nerkin Hand lies (the village is not located).
 */
import { join } from 'node:path';
import type { Position } from 'geojson';
import { intersectAreas, km2, loadStateOutlines, polygonsOf, type Area } from './geometry';
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

/** The reported figures each area is drawn from (pages in geo/sources/control.json). */
export const REPORTED = {
  sevLich: { depthKm: 3.5, km2: 13 },
  vardenis: { lengthKm: 13, km2: 32, maxDepthKm: 3.5 },
  nerkinHand: { depthKm: 2, km2: 27 },
} as const;

/** Gap between the border point nearest Shikahogh and the start of the Nerkin Hand stretch. */
const SHIKAHOGH_GAP_KM = 1;

const APPROXIMATION: Record<string, string> = {
  'syunik-2021':
    'Armenian land within 3.5 km of the border (the reported depth) along the stretch of it centred on the located Sev Lich that makes the 13 km² reported for it (geo/control/incursions.ts); the border side is Natural Earth’s. Error 2-3 km.',
  'vardenis-2021':
    'Armenian land along the 13 km of border centred on the point nearest the located Verin Shorzha, as deep as the reported 32 km² need (within the 1-3.5 km the positions were geolocated at; geo/control/incursions.ts); the heights near Kut are not drawn apart. Error 2-4 km.',
  'jermuk-2022':
    'From the border to 4.5 km from the located Jermuk on a front 8.5 km wide, as the chief of the general staff described the advance of September 2022, about 60 km² (60.06 km² reported; geo/control/incursions.ts). Error 2-3 km.',
  'goris-kapan-2022':
    'Armenian land within 2 km of the border (the farthest position reported near Nerkin Hand) along the stretch running south from 1 km past the located Shikahogh, as long as the 27 km² reported for Nerkin Hand need (geo/control/incursions.ts). Nerkin Hand itself is not located: error 3-5 km along the border, 1-2 km across it.',
};

/** The ring with points at most `stepKm` apart, and the distance along it of each point. */
function densify(
  ring: Position[],
  stepKm = 0.2,
): { pts: Position[]; s: number[]; vertices: number[] } {
  const pts: Position[] = [];
  const s: number[] = [];
  const vertices: number[] = [];
  let total = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [p, q] = [ring[i] as Position, ring[i + 1] as Position];
    const d = km(p, q);
    vertices.push(total);
    const n = Math.max(1, Math.ceil(d / stepKm));
    for (let k = 0; k < n; k++) {
      const t = k / n;
      pts.push([
        (p[0] ?? 0) + t * ((q[0] ?? 0) - (p[0] ?? 0)),
        (p[1] ?? 0) + t * ((q[1] ?? 0) - (p[1] ?? 0)),
      ]);
      s.push(total + t * d);
    }
    total += d;
  }
  s.push(total);
  pts.push(ring[ring.length - 1] as Position);
  return { pts, s, vertices };
}

/** A stretch of the closed border ring between two signed distances from a point. */
class Border {
  private readonly pts: Position[];
  private readonly s: number[];
  private readonly total: number;
  /** Distance along the ring of each of Natural Earth's own vertices. */
  private readonly vertices: number[];

  constructor(ring: Position[]) {
    const d = densify(ring);
    this.pts = d.pts;
    this.s = d.s;
    this.vertices = d.vertices;
    this.total = d.s[d.s.length - 1] ?? 0;
  }

  /** Distance along the ring of its point nearest `p`. */
  nearest(p: Position): number {
    let best = 0;
    for (let i = 1; i < this.pts.length; i++)
      if (km(p, this.pts[i] as Position) < km(p, this.pts[best] as Position)) best = i;
    return this.s[best] ?? 0;
  }

  /** The ring's point at distance `d` along it (wrapping round). */
  point(d: number): Position {
    const x = ((d % this.total) + this.total) % this.total;
    let i = 0;
    while (i + 2 < this.s.length && (this.s[i + 1] ?? 0) <= x) i++;
    const [p, q] = [this.pts[i] as Position, this.pts[i + 1] as Position];
    const span = (this.s[i + 1] ?? 0) - (this.s[i] ?? 0);
    const t = span > 0 ? (x - (this.s[i] ?? 0)) / span : 0;
    return [
      (p[0] ?? 0) + t * ((q[0] ?? 0) - (p[0] ?? 0)),
      (p[1] ?? 0) + t * ((q[1] ?? 0) - (p[1] ?? 0)),
    ];
  }

  /** The border from `from` to `to` km along it: its two ends and the border's vertices between. */
  line(from: number, to: number): Position[] {
    const [lo, hi] = from < to ? [from, to] : [to, from];
    const between = [-1, 0, 1]
      .flatMap((k) => this.vertices.map((v) => v + k * this.total))
      .filter((d) => d > lo && d < hi)
      .sort((a, b) => a - b);
    const along = [lo, ...between, hi];
    return (from < to ? along : along.reverse()).map((d) => this.point(d));
  }
}

/** Land of `am` within `depthKm` of the border line (a strip with flat ends). */
function band(line: Position[], depthKm: number): Area {
  return strip(line, 2 * depthKm, { start: true, end: true });
}

function armenianKm2(area: Area, am: Area): number {
  return km2(intersectAreas(area, am));
}

/** The x in [lo, hi] at which the increasing f(x) reaches `target` (bisection). */
function solve(f: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface DrawnIncursion {
  area: Area;
  /** The figure solved for, so the test can say what was fitted. */
  fitted: { lengthKm: number; depthKm: number };
}

/** The drawn raw areas (before the build clips them to Armenia). */
export function incursionAreas(): Record<string, DrawnIncursion> {
  const am = loadStateOutlines(join(import.meta.dirname, '..', '..')).AM;
  const ring = polygonsOf(am).reduce((m, p) =>
    (p[0]?.length ?? 0) > (m[0]?.length ?? 0) ? p : m,
  )[0]!;
  const border = new Border(ring);

  // Sev Lich lies on the border: the stretch is centred on it, its length fitted to the area.
  const lake = border.nearest(at('sev-lich'));
  const sev = (len: number): Area =>
    band(border.line(lake - len / 2, lake + len / 2), REPORTED.sevLich.depthKm);
  const sevLen = solve((l) => armenianKm2(sev(l), am), REPORTED.sevLich.km2, 1, 20);

  // Verin Shorzha: 13 km centred on the border point nearest the village, depth fitted.
  const vs = border.nearest(at('verin-shorzha'));
  const half = REPORTED.vardenis.lengthKm / 2;
  const vLine = border.line(vs - half, vs + half);
  const vDepth = solve((d) => armenianKm2(band(vLine, d), am), REPORTED.vardenis.km2, 0.5, 6);

  // Nerkin Hand: south from the border point nearest Shikahogh (the Tsav leaves Armenia
  // south of it), 2 km deep, length fitted.
  const sh = border.nearest(at('shikahogh'));
  const south = (border.point(sh + 1)[1] ?? 0) < (border.point(sh - 1)[1] ?? 0) ? 1 : -1;
  const start = sh + south * SHIKAHOGH_GAP_KM;
  const nh = (len: number): Area =>
    band(border.line(start, start + south * len), REPORTED.nerkinHand.depthKm);
  const nhLen = solve((l) => armenianKm2(nh(l), am), REPORTED.nerkinHand.km2, 2, 40);

  return {
    'syunik-2021': {
      area: sev(sevLen),
      fitted: { lengthKm: sevLen, depthKm: REPORTED.sevLich.depthKm },
    },
    'vardenis-2021': { area: band(vLine, vDepth), fitted: { lengthKm: 2 * half, depthKm: vDepth } },
    'goris-kapan-2022': {
      area: nh(nhLen),
      fitted: { lengthKm: nhLen, depthKm: REPORTED.nerkinHand.depthKm },
    },
  };
}

/** zones/2-advances-into-armenia.geojson with the areas drawn here replaced (not written). */
export function drawIncursions(drawn = incursionAreas()): Zones {
  const zones = readZones('2-advances-into-armenia.geojson');
  const names: Record<string, string> = {
    'vardenis-2021': 'Heights by Verin Shorzha (Vardenis, Gegharkunik)',
    'goris-kapan-2022': 'Positions by Nerkin Hand (Kapan, Syunik)',
  };
  for (const [id, { area }] of Object.entries(drawn))
    setZone(
      zones,
      id,
      { type: 'Polygon', coordinates: [ringOf(area)] },
      {
        ...(names[id] ? { name: names[id] } : {}),
        shape: 'polygon',
        approximation: APPROXIMATION[id],
      },
    );

  // Jermuk: the axis from the town to the nearest point of the border.
  const am = loadStateOutlines(join(import.meta.dirname, '..', '..')).AM;
  const ring = polygonsOf(am).reduce((m, p) =>
    (p[0]?.length ?? 0) > (m[0]?.length ?? 0) ? p : m,
  )[0]!;
  const town = at('jermuk');
  const nearest = ring.reduce((m, p) => (km(town, p) < km(town, m) ? p : m));
  const [ux, uy] = direction(town, nearest);
  const front = offset(town, ux, uy, 4.5);
  const beyond = offset(nearest, ux, uy, 3);
  const w = 8.5 / 2;
  const box = [
    offset(front, -uy, ux, w),
    offset(front, uy, -ux, w),
    offset(beyond, uy, -ux, w),
    offset(beyond, -uy, ux, w),
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
  const drawn = incursionAreas();
  writeZones('2-advances-into-armenia.geojson', drawIncursions(drawn));
  for (const [id, { area, fitted }] of Object.entries(drawn))
    console.log(
      `${id}: ${fitted.lengthKm.toFixed(2)} km of border, ${fitted.depthKm.toFixed(2)} km deep, ${km2(area).toFixed(1)} km² drawn before clipping`,
    );
}

if (process.argv[1]?.endsWith('incursions.ts')) main();
