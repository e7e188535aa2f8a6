/**
 * What lies on either side of a front: the fronts are sampled at a fixed step, and at each
 * sample the pieces a short distance to the left and to the right are found by
 * point-in-polygon. Pieces never change shape, so this is done once; only the controllers are
 * looked up per day. Used by the front rule (boundaries.ts) and the build's report.
 */
import type { MultiLineString, Position } from 'geojson';
import type { Area } from './geometry';
import { polygonsOf } from './geometry';

/** km per degree of latitude, and of longitude at the equator (spherical, good to 0.5%). */
const KM_LAT = 111.2;

function kmPerLon(lat: number): number {
  return KM_LAT * Math.cos((lat * Math.PI) / 180);
}

/** Length in km of the segment p-q (local equirectangular; segments are short). */
export function segmentKm(p: Position, q: Position): number {
  const [x0 = 0, y0 = 0] = p;
  const [x1 = 0, y1 = 0] = q;
  const dx = (x1 - x0) * kmPerLon((y0 + y1) / 2);
  const dy = (y1 - y0) * KM_LAT;
  return Math.hypot(dx, dy);
}

/**
 * A point-in-area index: each piece's edges bucketed into horizontal bands, so a ray cast only
 * visits the edges of the band the point lies in (the rest pieces have tens of thousands).
 */
export class AreaIndex {
  private readonly band = 0.01;
  private readonly pieces: {
    bbox: [number, number, number, number];
    bands: Map<number, number[]>;
  }[];

  constructor(areas: readonly Area[]) {
    this.pieces = areas.map((area) => {
      const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      const bands = new Map<number, number[]>();
      for (const poly of polygonsOf(area))
        for (const ring of poly)
          for (let i = 0; i + 1 < ring.length; i++) {
            const [x0 = 0, y0 = 0] = ring[i] as Position;
            const [x1 = 0, y1 = 0] = ring[i + 1] as Position;
            bbox[0] = Math.min(bbox[0], x0);
            bbox[1] = Math.min(bbox[1], y0);
            bbox[2] = Math.max(bbox[2], x0);
            bbox[3] = Math.max(bbox[3], y0);
            const lo = Math.floor(Math.min(y0, y1) / this.band);
            const hi = Math.floor(Math.max(y0, y1) / this.band);
            for (let b = lo; b <= hi; b++) {
              const list = bands.get(b) ?? [];
              list.push(x0, y0, x1, y1);
              bands.set(b, list);
            }
          }
      return { bbox, bands };
    });
  }

  /** Whether [x, y] lies inside area `i` (even-odd rule over all its rings). */
  contains(i: number, x: number, y: number): boolean {
    const p = this.pieces[i];
    if (!p) return false;
    const [bx0, by0, bx1, by1] = p.bbox;
    if (x < bx0 || x > bx1 || y < by0 || y > by1) return false;
    const edges = p.bands.get(Math.floor(y / this.band)) ?? [];
    let inside = false;
    for (let k = 0; k < edges.length; k += 4) {
      const x0 = edges[k] ?? 0;
      const y0 = edges[k + 1] ?? 0;
      const x1 = edges[k + 2] ?? 0;
      const y1 = edges[k + 3] ?? 0;
      if (y0 > y !== y1 > y && x < ((x1 - x0) * (y - y0)) / (y1 - y0) + x0) inside = !inside;
    }
    return inside;
  }

  /** The first area containing [x, y], trying `first` before the others; null off all areas. */
  find(x: number, y: number, first: readonly number[] = []): number | null {
    for (const i of first) if (this.contains(i, x, y)) return i;
    for (let i = 0; i < this.pieces.length; i++)
      if (!first.includes(i) && this.contains(i, x, y)) return i;
    return null;
  }
}

/** One sample of a front: where it is, how much front it stands for, and the pieces beside it. */
export interface SideSample {
  /** Index of the front in the list given. */
  front: number;
  at: Position;
  /** The length of front this sample stands for, in km. */
  km: number;
  /** The pieces `sideKm` to the left and right of the line (null: no piece there). */
  left: number | null;
  right: number | null;
  /**
   * Within `jointKm` of a line's end (where three pieces meet) or of a vertex where it turns
   * by more than 45°: there a look to the side can land in a third piece, or across the
   * corner, without anything being wrong (at a junction whose narrowest angle is θ, up to
   * sideKm / tan θ from it: 0.5 km covers angles down to 17°, as where the corridor strips
   * meet below Shusha).
   */
  nearJoint: boolean;
}

/** Cosine of the turn above which a vertex counts as a corner (45°). */
const CORNER_COS = Math.cos(Math.PI / 4);

/** Distances along `line` (km) of its ends and of its corners. */
function joints(line: readonly Position[], lengths: readonly number[]): number[] {
  const out = [0];
  let d = 0;
  for (let i = 1; i + 1 < line.length; i++) {
    d += lengths[i - 1] ?? 0;
    const [x0 = 0, y0 = 0] = line[i - 1] as Position;
    const [x1 = 0, y1 = 0] = line[i] as Position;
    const [x2 = 0, y2 = 0] = line[i + 1] as Position;
    const k = kmPerLon(y1);
    const ax = (x1 - x0) * k;
    const ay = (y1 - y0) * KM_LAT;
    const bx = (x2 - x1) * k;
    const by = (y2 - y1) * KM_LAT;
    const n = Math.hypot(ax, ay) * Math.hypot(bx, by);
    if (n > 0 && (ax * bx + ay * by) / n < CORNER_COS) out.push(d);
  }
  out.push(lengths.reduce((s, x) => s + x, 0));
  return out;
}

/**
 * Samples each line of each front at the middle of every `stepKm` stretch (so the ends, where
 * three pieces meet, are not sampled) and finds the piece `sideKm` to either side of it.
 */
export function sampleSides(
  areas: readonly Area[],
  fronts: readonly { a: number; b: number; geometry: MultiLineString }[],
  stepKm = 0.25,
  sideKm = 0.15,
  jointKm = 0.5,
): SideSample[] {
  const index = new AreaIndex(areas);
  const out: SideSample[] = [];
  fronts.forEach((f, front) => {
    for (const line of f.geometry.coordinates) {
      const lengths = line.slice(1).map((q, i) => segmentKm(line[i] as Position, q));
      const total = lengths.reduce((s, x) => s + x, 0);
      if (total === 0) continue;
      const at = joints(line, lengths);
      const n = Math.max(1, Math.round(total / stepKm));
      const step = total / n;
      let seg = 0;
      let start = 0; // distance along the line where segment `seg` starts
      for (let k = 0; k < n; k++) {
        const d = (k + 0.5) * step;
        while (seg < lengths.length - 1 && start + (lengths[seg] ?? 0) < d) {
          start += lengths[seg] ?? 0;
          seg++;
        }
        const p = line[seg] as Position;
        const q = line[seg + 1] as Position;
        const len = lengths[seg] ?? 0;
        const t = len > 0 ? Math.min(1, Math.max(0, (d - start) / len)) : 0;
        const [x0 = 0, y0 = 0] = p;
        const [x1 = 0, y1 = 0] = q;
        const x = x0 + t * (x1 - x0);
        const y = y0 + t * (y1 - y0);
        // Unit normal in km, turned into degrees at this latitude.
        const ex = (x1 - x0) * kmPerLon(y);
        const ey = (y1 - y0) * KM_LAT;
        const norm = Math.hypot(ex, ey) || 1;
        const nx = ((-ey / norm) * sideKm) / kmPerLon(y);
        const ny = ((ex / norm) * sideKm) / KM_LAT;
        out.push({
          front,
          at: [x, y],
          km: step,
          left: index.find(x + nx, y + ny, [f.a, f.b]),
          right: index.find(x - nx, y - ny, [f.a, f.b]),
          nearJoint: at.some((j) => Math.abs(j - d) < jointKm),
        });
      }
    }
  });
  return out;
}
