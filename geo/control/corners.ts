/**
 * Blunting sharp corners of the partition. Where a piece comes to a point sharper than a right
 * angle (two authored lines meeting at a small angle, a zone edge meeting the NKAO line, a
 * pointed bend of a Natural Earth border), the land beside its edges near the tip is
 * narrower than the 150 m the front rule looks to either side (boundaries.ts): a front drawn
 * there has the neighbours' land on both sides, so it is drawn where no change of control is.
 * No source locates a line to within tens of metres, so the point is cut off by a short chord
 * and given to what lies beyond it:
 *
 * - the corner's interior angle α is measured between the ring's points `PROBE_KM` along it
 *   on either side (so the noding's inserted vertices do not count as corners);
 * - the chord joins the points `CLEAR_KM / tan α` along the ring on either side (for 45°,
 *   180 m; for 20°, 490 m), so that a look of 150 m from the edge beyond the chord stays in
 *   the piece, capped at `MAX_CUT_KM`;
 * - the cut-off tip goes to the piece beyond both edges, or, where the edges border two
 *   pieces, is split between them at the chord's middle (their shared line is extended to
 *   meet the piece at a right angle); a corner with no land beyond an edge (a coast, a
 *   foreign border) is left alone.
 *
 * It works on noded pieces (topology.ts), which share identical vertices; the caller rounds
 * and nodes the result again.
 */
import type { Position } from 'geojson';
import { polygonsOf, type Area } from './geometry';
import { AreaIndex } from './sides';

const KM_LAT = 111.2;
/** Corners with an interior angle under this are blunted (degrees). */
export const MAX_ANGLE = 85;
/** How far along the ring the corner's two directions are measured (km). */
const PROBE_KM = 0.15;
/** The look of the front rule, with a margin (km). */
const CLEAR_KM = 0.18;
const MAX_CUT_KM = 0.8;
/** How far outside an edge its neighbour is looked for (km). */
const OUT_KM = 0.03;

const kmPerLon = (lat: number): number => KM_LAT * Math.cos((lat * Math.PI) / 180);

interface RingWalk {
  /** The ring without its closing repeat. */
  pts: Position[];
  /** Cumulative km from pts[0] to pts[i]. */
  at: number[];
  total: number;
}

function walkOf(ring: readonly Position[]): RingWalk {
  const pts = ring.slice(0, -1);
  const at = [0];
  for (let i = 1; i <= pts.length; i++) {
    const p = pts[i - 1] as Position;
    const q = pts[i % pts.length] as Position;
    const k = kmPerLon(((p[1] ?? 0) + (q[1] ?? 0)) / 2);
    const d = Math.hypot(((q[0] ?? 0) - (p[0] ?? 0)) * k, ((q[1] ?? 0) - (p[1] ?? 0)) * KM_LAT);
    at.push((at[i - 1] ?? 0) + d);
  }
  return { pts, at: at.slice(0, -1), total: at[pts.length] ?? 0 };
}

/**
 * The point `km` along the ring from vertex `i` (negative: backwards), and the vertices passed
 * on the way (in walking order, excluding `i`).
 */
function along(w: RingWalk, i: number, km: number): { p: Position; passed: Position[] } {
  const n = w.pts.length;
  const passed: Position[] = [];
  let j = i;
  let left = Math.abs(km);
  const dir = km < 0 ? -1 : 1;
  for (let guard = 0; guard < n; guard++) {
    const k = (((j + dir) % n) + n) % n;
    const p = w.pts[j] as Position;
    const q = w.pts[k] as Position;
    const seg = dir > 0 ? segLen(w, j) : segLen(w, k);
    if (seg >= left) {
      const t = seg > 0 ? left / seg : 0;
      return {
        p: [
          (p[0] ?? 0) + t * ((q[0] ?? 0) - (p[0] ?? 0)),
          (p[1] ?? 0) + t * ((q[1] ?? 0) - (p[1] ?? 0)),
        ],
        passed,
      };
    }
    left -= seg;
    passed.push(q);
    j = k;
  }
  return { p: w.pts[i] as Position, passed };
}

/** Length of the ring's segment from vertex j to j + 1. */
function segLen(w: RingWalk, j: number): number {
  const next = j + 1 < w.pts.length ? (w.at[j + 1] ?? 0) : w.total;
  return next - (w.at[j] ?? 0);
}

/** Interior angle (degrees) at `v` of a ring with the area on its left, from u to v to w. */
export function interiorAngle(u: Position, v: Position, w: Position): number {
  const k = kmPerLon(v[1] ?? 0);
  const a1 = Math.atan2(((u[1] ?? 0) - (v[1] ?? 0)) * KM_LAT, ((u[0] ?? 0) - (v[0] ?? 0)) * k);
  const a2 = Math.atan2(((w[1] ?? 0) - (v[1] ?? 0)) * KM_LAT, ((w[0] ?? 0) - (v[0] ?? 0)) * k);
  const deg = ((a1 - a2) * 180) / Math.PI;
  return ((deg % 360) + 360) % 360;
}

/** The piece just outside (to the right of) the segment p-q, if any. */
function outside(index: AreaIndex, self: number, p: Position, q: Position): number | null {
  const [x0 = 0, y0 = 0] = p;
  const [x1 = 0, y1 = 0] = q;
  const my = (y0 + y1) / 2;
  const k = kmPerLon(my);
  const ex = (x1 - x0) * k;
  const ey = (y1 - y0) * KM_LAT;
  const n = Math.hypot(ex, ey);
  if (n === 0) return null;
  const x = (x0 + x1) / 2 + ((ey / n) * OUT_KM) / k;
  const y = my - ((ex / n) * OUT_KM) / KM_LAT;
  const j = index.find(x, y);
  return j === self ? null : j;
}

/**
 * One corner to cut, as ring edits on noded pieces: in the piece, the path `s0, S..., v,
 * T..., t0` becomes `s0, a, [m,] b, t0` (a and b on the ring either side of v, m the chord's
 * middle when the tip is split); the neighbours' rings, which run the same vertices the other
 * way, are edited to match.
 */
interface Cut {
  piece: number;
  /** Edits: in area `area`, the cyclic run `from` of one ring becomes `to`. */
  edits: { area: number; from: Position[]; to: Position[] }[];
  bbox: [number, number, number, number];
  at: Position;
  angle: number;
}

function bboxOf(ring: readonly Position[]): [number, number, number, number] {
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const overlaps = (a: readonly number[], b: readonly number[]): boolean =>
  (a[0] ?? 0) <= (b[2] ?? 0) &&
  (b[0] ?? 0) <= (a[2] ?? 0) &&
  (a[1] ?? 0) <= (b[3] ?? 0) &&
  (b[1] ?? 0) <= (a[3] ?? 0);

/** The sharp corners of every piece, as cuts (overlapping ones dropped, first kept). */
export function findCuts(areas: readonly Area[], maxAngle = MAX_ANGLE): Cut[] {
  const index = new AreaIndex(areas);
  const cuts: Cut[] = [];
  areas.forEach((area, self) => {
    for (const rings of polygonsOf(area))
      for (const ring of rings) {
        const w = walkOf(ring);
        if (w.total < 4 * PROBE_KM) continue;
        w.pts.forEach((v, i) => {
          const u = along(w, i, -PROBE_KM).p;
          const x = along(w, i, PROBE_KM).p;
          const angle = interiorAngle(u, v, x);
          if (angle >= maxAngle || angle <= 0.5) return;
          const L = Math.min(MAX_CUT_KM, CLEAR_KM / Math.tan((angle * Math.PI) / 180));
          if (2 * L > w.total / 4) return;
          const back = along(w, i, -L);
          const fwd = along(w, i, L);
          const before = [back.p, ...[...back.passed].reverse()];
          const after = [...fwd.passed, fwd.p];
          // Neighbours beyond the first and last stretch of the tip.
          const q1 = outside(index, self, before[before.length - 1] ?? back.p, v);
          const q2 = outside(index, self, v, after[0] ?? fwd.p);
          if (q1 === null || q2 === null) return;
          const tip = [...before, v, ...after];
          const s0 = w.pts[(i - back.passed.length - 1 + 2 * w.pts.length) % w.pts.length];
          const t0 = w.pts[(i + fwd.passed.length + 1) % w.pts.length];
          if (!s0 || !t0) return;
          const S = [...back.passed].reverse();
          const T = fwd.passed;
          const a = back.p;
          const b = fwd.p;
          const rev = (xs: Position[]): Position[] => [...xs].reverse();
          let edits: Cut['edits'];
          if (q1 === q2)
            edits = [
              { area: self, from: [s0, ...S, v, ...T, t0], to: [s0, a, b, t0] },
              { area: q1, from: [t0, ...rev(T), v, ...rev(S), s0], to: [t0, b, a, s0] },
            ];
          else {
            const m: Position = [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
            edits = [
              { area: self, from: [s0, ...S, v, ...T, t0], to: [s0, a, m, b, t0] },
              { area: q1, from: [v, ...rev(S), s0], to: [v, m, a, s0] },
              { area: q2, from: [t0, ...rev(T), v], to: [t0, b, m, v] },
            ];
          }
          const bbox = bboxOf(tip);
          if (cuts.some((c) => overlaps(c.bbox, bbox))) return;
          cuts.push({ piece: self, edits, bbox, at: v, angle });
        });
      }
  });
  return cuts;
}

const same = (p: Position | undefined, q: Position | undefined): boolean =>
  !!p && !!q && p[0] === q[0] && p[1] === q[1];

/** Replaces the cyclic run `from` in one of the area's rings by `to`; false when not found. */
function edit(polys: Position[][][], from: readonly Position[], to: readonly Position[]): boolean {
  for (const rings of polys)
    for (let r = 0; r < rings.length; r++) {
      const open = (rings[r] as Position[]).slice(0, -1);
      const n = open.length;
      if (from.length > n) continue;
      for (let j = 0; j < n; j++) {
        if (!from.every((p, k) => same(open[(j + k) % n], p))) continue;
        const rotated = [...open.slice(j), ...open.slice(0, j)];
        const next = [...to, ...rotated.slice(from.length)].filter(
          (p, k, xs) => !same(p, xs[(k + xs.length - 1) % xs.length]),
        );
        if (next.length < 3) return false;
        rings[r] = [...next, next[0] as Position];
        return true;
      }
    }
  return false;
}

/**
 * Every sharp corner cut off and given to the pieces beyond it; returns the new areas (same
 * order) and what was done (for the build log).
 */
export function bluntCorners(
  areas: readonly Area[],
  maxAngle = MAX_ANGLE,
  passes = 3,
): { areas: Area[]; cut: string[] } {
  // Corners too close to another one's cut wait for the next pass.
  let out = { areas: [...areas], cut: [] as string[] };
  for (let k = 0; k < passes; k++) {
    const next = bluntOnce(out.areas, maxAngle);
    out = { areas: next.areas, cut: [...out.cut, ...next.cut] };
    if (next.cut.length === 0) break;
  }
  return out;
}

function bluntOnce(areas: readonly Area[], maxAngle: number): { areas: Area[]; cut: string[] } {
  const polys = areas.map((a) => polygonsOf(a).map((rings) => rings.map((r) => [...r])));
  const cut: string[] = [];
  for (const c of findCuts(areas, maxAngle)) {
    const trial = new Map<number, Position[][][]>();
    const ok = c.edits.every((e) => {
      const mine =
        trial.get(e.area) ?? (polys[e.area] as Position[][][]).map((rs) => rs.map((r) => [...r]));
      trial.set(e.area, mine);
      return edit(mine, e.from, e.to);
    });
    if (!ok) continue;
    for (const [j, p] of trial) polys[j] = p;
    const [x = 0, y = 0] = c.at;
    cut.push(`${c.piece} at ${y.toFixed(4)} N ${x.toFixed(4)} E (${c.angle.toFixed(0)}°)`);
  }
  return {
    areas: polys.map((p, i) =>
      p.length === 1
        ? { type: 'Polygon', coordinates: p[0] as Position[][] }
        : p.length > 1
          ? { type: 'MultiPolygon', coordinates: p }
          : (areas[i] as Area),
    ),
    cut,
  };
}
