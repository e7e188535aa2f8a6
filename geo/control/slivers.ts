/**
 * Cleaning what cutting leaves behind. Zones are cut from each other and from the Natural
 * Earth outlines with floating-point polygon clipping, so where two cut lines run along the
 * same edge the result can keep a part a few metres (or a few tens of metres) wide that no
 * authored shape asked for, or a zero-width spike out and back along a neighbour's edge. Both
 * put a front where no change of control is (boundaries.ts measures it).
 *
 * - absorbSlivers: a thin part of a piece (mean width under `minKm`) is given to the piece of
 *   the same state it shares the most boundary with; pieces keep at least one polygon.
 * - removeSpikes: in a noded ring, a vertex whose neighbours are the same position is the tip
 *   of a zero-width spike and goes, with the repeated position.
 */
import type { Position } from 'geojson';
import { meanWidthKm } from './boundaries';
import { differenceAreas, polygonsOf, toArea, unionAreas, type Area } from './geometry';
import type { StateCode } from './model';
import { AreaIndex, segmentKm } from './sides';

/** How far beyond a thin part's edge the neighbour is looked for, in degrees (about 30 m). */
const PROBE = 0.0003;

export const SLIVER_KM = 0.3;

interface Owned {
  state: StateCode;
  geometry: Area;
}

/** The piece (other than `self`) of `state` along most of `ring`'s length, if any. */
function neighbourOf(
  ring: Position[],
  self: number,
  pieces: readonly Owned[],
  index: AreaIndex,
  state: StateCode,
): number | null {
  const along = new Map<number, number>();
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] as Position;
    const [x1 = 0, y1 = 0] = ring[i + 1] as Position;
    const len = Math.hypot(x1 - x0, y1 - y0);
    if (len === 0) continue;
    const mx = (x0 + x1) / 2;
    const my = (y0 + y1) / 2;
    const nx = (-(y1 - y0) / len) * PROBE;
    const ny = ((x1 - x0) / len) * PROBE;
    const km = segmentKm([x0, y0], [x1, y1]);
    for (const s of [1, -1]) {
      const j = index.find(mx + s * nx, my + s * ny);
      if (j === null || j === self || pieces[j]?.state !== state) continue;
      along.set(j, (along.get(j) ?? 0) + km);
    }
  }
  let best: number | null = null;
  for (const [j, km] of along) if (best === null || km > (along.get(best) ?? 0)) best = j;
  return best;
}

/**
 * Gives every thin part of a piece to the same-state piece it borders most; returns new
 * geometries in the same order, and what was moved (for the build log).
 */
export function absorbSlivers<T extends Owned>(
  pieces: readonly T[],
  minKm = SLIVER_KM,
): { pieces: T[]; moved: string[] } {
  const out = pieces.map((p) => ({ ...p }));
  const moved: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const polys = polygonsOf((out[i] as T).geometry);
    if (polys.length < 2) continue;
    for (const poly of polys) {
      if (meanWidthKm(poly) >= minKm) continue;
      const me = out[i] as T;
      const index = new AreaIndex(out.map((p) => p.geometry));
      const j = neighbourOf(poly[0] ?? [], i, out, index, me.state);
      if (j === null) continue;
      const part: Area = { type: 'Polygon', coordinates: poly };
      const rest = differenceAreas(me.geometry, part);
      const grown = unionAreas((out[j] as T).geometry, part);
      if (!rest || !grown) continue;
      out[i] = { ...me, geometry: rest };
      out[j] = { ...(out[j] as T), geometry: grown };
      const [x = 0, y = 0] = poly[0]?.[0] ?? [];
      moved.push(`${i}->${j} at ${y.toFixed(4)} N ${x.toFixed(4)} E`);
    }
  }
  return { pieces: out, moved };
}

const same = (p: Position | undefined, q: Position | undefined): boolean =>
  !!p && !!q && p[0] === q[0] && p[1] === q[1];

/** A ring without its zero-width spikes (closed; null when nothing is left of it). */
export function despikeRing(ring: readonly Position[]): Position[] | null {
  const s: Position[] = [];
  for (const p of ring.slice(0, -1)) {
    if (same(s[s.length - 1], p)) continue;
    if (same(s[s.length - 2], p)) {
      s.pop();
      continue;
    }
    s.push(p);
  }
  // Spikes and repeats across the closing vertex.
  for (;;) {
    if (s.length < 3) return null;
    if (same(s[s.length - 1], s[0])) s.pop();
    else if (same(s[s.length - 2], s[0])) s.pop();
    else if (same(s[s.length - 1], s[1])) s.shift();
    else break;
  }
  return [...s, s[0] as Position];
}

/** An area without zero-width spikes (rings or polygons that were all spike are dropped). */
export function removeSpikes(area: Area): Area {
  const polys = polygonsOf(area).flatMap((poly) => {
    const [outer, ...holes] = poly.map(despikeRing);
    if (!outer) return [];
    return [[outer, ...holes.filter((h): h is Position[] => h !== null)]];
  });
  return toArea(polys) ?? area;
}
