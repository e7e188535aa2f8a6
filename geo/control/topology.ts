/**
 * Shared boundaries: noding makes neighbouring pieces share identical vertices, and a TopoJSON
 * topology of the noded pieces gives the arcs that two pieces share (the fronts).
 */
import * as turf from '@turf/turf';
import type { MultiLineString, Position } from 'geojson';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryObject } from 'topojson-specification';
import { polygonsOf, toArea, type Area } from './geometry';

/**
 * Inserts into each ring every vertex of the other areas that lies on one of its edges (within
 * `eps` degrees), so that shared boundaries are made of identical vertices and topology() sees
 * them as shared arcs.
 */
export function nodeAreas(areas: Area[], eps = 2e-6): Area[] {
  const cell = 0.02;
  const grid = new Map<string, Position[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const seen = new Set<string>();
  for (const a of areas)
    for (const poly of polygonsOf(a))
      for (const ring of poly)
        for (const p of ring) {
          const k = `${p[0]},${p[1]}`;
          if (seen.has(k)) continue;
          seen.add(k);
          const gk = key(p[0] ?? 0, p[1] ?? 0);
          const list = grid.get(gk);
          if (list) list.push(p);
          else grid.set(gk, [p]);
        }
  const near = (x0: number, y0: number, x1: number, y1: number): Position[] => {
    const out: Position[] = [];
    for (
      let gx = Math.floor(Math.min(x0, x1) / cell);
      gx <= Math.floor(Math.max(x0, x1) / cell);
      gx++
    )
      for (
        let gy = Math.floor(Math.min(y0, y1) / cell);
        gy <= Math.floor(Math.max(y0, y1) / cell);
        gy++
      )
        for (const p of grid.get(`${gx},${gy}`) ?? []) out.push(p);
    return out;
  };
  return areas.map((a) => {
    const polys = polygonsOf(a).map((poly) =>
      poly.map((ring) => {
        const out: Position[] = [];
        for (let i = 0; i < ring.length - 1; i++) {
          const from = ring[i] as Position;
          const to = ring[i + 1] as Position;
          const [x0 = 0, y0 = 0] = from;
          const [x1 = 0, y1 = 0] = to;
          out.push(from);
          const dx = x1 - x0;
          const dy = y1 - y0;
          const len2 = dx * dx + dy * dy;
          if (len2 === 0) continue;
          const inserts: { t: number; p: Position }[] = [];
          for (const p of near(x0, y0, x1, y1)) {
            const [px = 0, py = 0] = p;
            const t = ((px - x0) * dx + (py - y0) * dy) / len2;
            if (t <= 1e-9 || t >= 1 - 1e-9) continue;
            const cx = x0 + t * dx - px;
            const cy = y0 + t * dy - py;
            if (cx * cx + cy * cy <= eps * eps) inserts.push({ t, p });
          }
          inserts.sort(
            (u, v) => u.t - v.t || (u.p[0] ?? 0) - (v.p[0] ?? 0) || (u.p[1] ?? 0) - (v.p[1] ?? 0),
          );
          for (const { p } of inserts) {
            const prev = out[out.length - 1];
            if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push([...p]);
          }
        }
        out.push(ring[ring.length - 1] as Position);
        return out;
      }),
    );
    return toArea(polys) as Area;
  });
}

/**
 * The boundaries shared by two pieces, as one MultiLineString per pair (a < b), via a
 * topology of the noded pieces.
 */
export function sharedBoundaries(
  areas: Area[],
): { a: number; b: number; geometry: MultiLineString }[] {
  const fc = turf.featureCollection(
    areas.map((g, i) => ({ type: 'Feature' as const, id: i, properties: {}, geometry: g })),
  );
  const topo = topology({ pieces: fc });
  const obj = topo.objects.pieces as GeometryObject & { geometries: GeometryObject[] };
  // Which pieces use each arc (an arc index i or its reverse ~i).
  const users = new Map<number, Set<number>>();
  const visit = (arcs: unknown, owner: number): void => {
    if (typeof arcs === 'number') {
      const idx = arcs < 0 ? ~arcs : arcs;
      const set = users.get(idx) ?? new Set<number>();
      set.add(owner);
      users.set(idx, set);
    } else if (Array.isArray(arcs)) for (const x of arcs) visit(x, owner);
  };
  obj.geometries.forEach((g, i) => visit((g as { arcs?: unknown }).arcs, Number(g.id ?? i)));
  const pairs = new Set<string>();
  for (const set of users.values()) {
    if (set.size !== 2) continue;
    const [a = 0, b = 0] = [...set].sort((x, y) => x - y);
    pairs.add(`${a},${b}`);
  }
  const parse = (pair: string): [number, number] => {
    const [a = 0, b = 0] = pair.split(',').map(Number);
    return [a, b];
  };
  const out: { a: number; b: number; geometry: MultiLineString }[] = [];
  for (const pair of [...pairs].sort((p, q) => {
    const [a1, b1] = parse(p);
    const [a2, b2] = parse(q);
    return a1 - a2 || b1 - b2;
  })) {
    const [a, b] = parse(pair);
    const m = mesh(
      topo,
      obj,
      (x: GeometryObject, y: GeometryObject) =>
        (Number(x.id) === a && Number(y.id) === b) || (Number(x.id) === b && Number(y.id) === a),
    );
    if (m.coordinates.length > 0) out.push({ a, b, geometry: m });
  }
  return out;
}
