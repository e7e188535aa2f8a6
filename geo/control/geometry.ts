/**
 * Geometry of the control data: loads the Natural Earth outlines, cuts the zones into a
 * partition, derives the rest pieces, rounds and nodes the rings so neighbouring pieces share
 * identical vertices along their common boundary (topology.ts), and extracts the fronts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { roundCoord } from '../lib/context';
import type { LonLat, OutlineDef, StateCode, ZoneDef, ZoneShape } from './model';

export type Area = Polygon | MultiPolygon;

/** Natural Earth numeric ids in world-atlas. */
const NE_IDS: Record<StateCode, string> = { AM: '051', AZ: '031', GE: '268' };

/** Reads the Natural Earth 1:10m outlines of the three states from world-atlas. */
export function loadStateOutlines(root: string): Record<StateCode, Area> {
  const path = join(root, 'node_modules/world-atlas/countries-10m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const countries = feature(topo, topo.objects.countries as GeometryObject);
  if (countries.type !== 'FeatureCollection') throw new Error('world-atlas: no countries');
  const byId = new Map(countries.features.map((f) => [String(f.id), f.geometry as Area]));
  const out = {} as Record<StateCode, Area>;
  for (const [state, id] of Object.entries(NE_IDS) as [StateCode, string][]) {
    const g = byId.get(id);
    if (!g) throw new Error(`world-atlas: country ${id} missing`);
    out[state] = g;
  }
  return out;
}

export function polygonsOf(area: Area): Position[][][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

export function toArea(polys: Position[][][]): Area | null {
  const [only] = polys;
  if (!only) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polys };
}

function f(area: Area): Feature<Area> {
  return turf.feature(area);
}

export function intersectAreas(a: Area, b: Area): Area | null {
  const r = turf.intersect(turf.featureCollection([f(a), f(b)]));
  return r ? (r.geometry as Area) : null;
}

export function differenceAreas(a: Area, b: Area | null): Area | null {
  if (!b) return a;
  const r = turf.difference(turf.featureCollection([f(a), f(b)]));
  return r ? (r.geometry as Area) : null;
}

export function unionAreas(a: Area | null, b: Area | null): Area | null {
  if (!a) return b;
  if (!b) return a;
  const r = turf.union(turf.featureCollection([f(a), f(b)]));
  return r ? (r.geometry as Area) : null;
}

/** Area in km². */
export function km2(area: Area | null): number {
  return area ? turf.area(f(area)) / 1e6 : 0;
}

function closed(ring: LonLat[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) throw new Error('empty ring');
  const same = first[0] === last[0] && first[1] === last[1];
  return same ? ring.map((p) => [...p]) : [...ring.map((p) => [...p]), [...first]];
}

/** Drops parts smaller than `minKm2` (slivers left by cutting). */
function dropSlivers(area: Area | null, minKm2: number): Area | null {
  if (!area) return null;
  const kept = polygonsOf(area).filter((p) => km2({ type: 'Polygon', coordinates: p }) >= minKm2);
  return toArea(kept);
}

/** Rounds every coordinate to 1/`scale` degrees (dropping repeated vertices). */
function snap(area: Area, scale: number): Area {
  const polys = polygonsOf(area).map((poly) =>
    poly.map((ring) => {
      const out: Position[] = [];
      for (const pos of ring) {
        const p = [
          Math.round((pos[0] ?? 0) * scale) / scale,
          Math.round((pos[1] ?? 0) * scale) / scale,
        ];
        const prev = out[out.length - 1];
        if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
      }
      return out;
    }),
  );
  return toArea(polys) ?? area;
}

export interface CutZone {
  zone: ZoneDef;
  geometry: Area;
}

export interface Partition {
  zones: CutZone[];
  /** Natural Earth land of each state outside all zones. */
  rest: Record<StateCode, Area | null>;
  outlines: Record<string, Area>;
  states: Record<StateCode, Area>;
}

/**
 * Cuts the zones in order: raw shape, clipped, minus all earlier zones. Throws on a zone that
 * comes out empty, so a mistyped ring cannot silently vanish.
 */
export function cutPartition(
  zones: readonly ZoneDef[],
  outlineDefs: readonly OutlineDef[],
  states: Record<StateCode, Area>,
): Partition {
  const land = unionAreas(unionAreas(states.AM, states.AZ), states.GE) as Area;
  const outlines: Record<string, Area> = {};
  for (const o of outlineDefs) {
    const raw: Area = { type: 'Polygon', coordinates: [closed(o.ring)] };
    const clipped = intersectAreas(raw, states[o.state]);
    if (!clipped) throw new Error(`outline ${o.id} is empty after clipping`);
    outlines[o.id] = clipped;
  }
  let used: Area | null = null;
  const cut: CutZone[] = [];
  for (const zone of zones) {
    if (zone.shape.kind === 'part') {
      cut.push(cutPart(zone, zone.shape, cut));
      continue;
    }
    // Snapping the raw shape to 1e-6° (0.1 m) avoids polygon-clipping failures on nearly
    // coincident segments of buffered lines.
    const exact = rawShape(zone, states, outlines);
    const raw =
      zone.shape.kind === 'buffer' || zone.shape.kind === 'intersection' ? snap(exact, 1e6) : exact;
    const clipTo =
      zone.clip === 'state'
        ? states[zone.state]
        : zone.clip === 'land'
          ? land
          : outlines[zone.clip.outline];
    if (!clipTo) throw new Error(`zone ${zone.id}: unknown clip outline`);
    let g = intersectAreas(raw, clipTo);
    g = g ? differenceAreas(g, used) : null;
    g = dropSlivers(g, 0.05);
    if (!g) throw new Error(`zone ${zone.id} is empty after cutting`);
    cut.push({ zone, geometry: g });
    used = unionAreas(used, g);
  }
  const rest = {} as Record<StateCode, Area | null>;
  for (const s of ['AZ', 'AM', 'GE'] as StateCode[]) {
    rest[s] = dropSlivers(differenceAreas(states[s], used), 0.05);
  }
  return { zones: cut, rest, outlines, states };
}

/**
 * A part of an already cut zone: the parent's land inside the cells, which the parent loses.
 * Nothing else changes (the land was already used), so later zones never see it.
 */
function cutPart(
  zone: ZoneDef,
  shape: { parent: string; cells: LonLat[][] },
  cut: CutZone[],
): CutZone {
  const parent = cut.find((c) => c.zone.id === shape.parent);
  if (!parent) throw new Error(`zone ${zone.id}: parent ${shape.parent} is not cut before it`);
  let cells: Area | null = null;
  for (const ring of shape.cells)
    cells = unionAreas(cells, { type: 'Polygon', coordinates: [closed(ring)] });
  const g = dropSlivers(cells ? intersectAreas(parent.geometry, cells) : null, 0.05);
  if (!g) throw new Error(`zone ${zone.id} is empty: its cells miss ${shape.parent}`);
  const rest = dropSlivers(differenceAreas(parent.geometry, g), 0.05);
  if (!rest) throw new Error(`zone ${zone.id}: takes all of ${shape.parent}`);
  parent.geometry = rest;
  return { zone, geometry: g };
}

function rawShape(
  zone: ZoneDef,
  states: Record<StateCode, Area>,
  outlines: Record<string, Area>,
  shape: ZoneShape = zone.shape,
): Area {
  const s = shape;
  switch (s.kind) {
    case 'polygon':
      return { type: 'Polygon', coordinates: [closed(s.ring)] };
    case 'buffer': {
      const b = turf.buffer(turf.lineString(s.line), s.km / 2, { units: 'kilometers', steps: 4 });
      if (!b) throw new Error(`zone ${zone.id}: empty buffer`);
      return b.geometry as Area;
    }
    case 'ne-part': {
      const part = polygonsOf(states[s.country]).find((p) =>
        turf.booleanPointInPolygon(s.point, turf.polygon(p)),
      );
      if (!part) throw new Error(`zone ${zone.id}: no Natural Earth part at ${s.point.join(',')}`);
      return { type: 'Polygon', coordinates: part };
    }
    case 'intersection': {
      let acc: Area | null = null;
      for (const part of s.of) {
        const g = rawShape(zone, states, outlines, part);
        acc = acc ? intersectAreas(acc, g) : g;
        if (!acc) throw new Error(`zone ${zone.id}: empty intersection`);
      }
      if (!acc) throw new Error(`zone ${zone.id}: empty intersection`);
      return acc;
    }
    case 'part':
      throw new Error(`zone ${zone.id}: a part is cut from its parent, not from a raw shape`);
    case 'outline': {
      const o = outlines[s.outline];
      if (!o) throw new Error(`zone ${zone.id}: unknown outline ${s.outline}`);
      return o;
    }
  }
}

/** Rounds every coordinate (roundCoord) and removes repeated consecutive vertices. */
export function roundArea(area: Area): Area {
  const polys = polygonsOf(area)
    .map((poly) =>
      poly
        .map((ring) => {
          const out: Position[] = [];
          for (const pos of ring) {
            const p = [roundCoord(pos[0] ?? 0), roundCoord(pos[1] ?? 0)];
            const prev = out[out.length - 1];
            if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
          }
          return out;
        })
        // Rings that rounding collapsed to (almost) no area are dropped.
        .filter((ring) => ring.length >= 4 && turf.area(turf.polygon([ring])) > 1),
    )
    .filter((poly) => poly.length > 0);
  const a = toArea(polys);
  if (!a) throw new Error('rounding removed a whole area');
  return (turf.rewind(f(a), { reverse: false }) as Feature<Area>).geometry;
}

/** Positions of proper self-crossings: turf kinks that are not vertices of the geometry. */
export function properCrossings(area: Area): Position[] {
  const vertices = new Set<string>();
  turf.coordEach(f(area), (c) => {
    vertices.add(`${c[0]},${c[1]}`);
  });
  return turf
    .kinks(f(area))
    .features.map((k) => k.geometry.coordinates)
    .filter((c) => !vertices.has(`${c[0]},${c[1]}`));
}

/**
 * Rounds an area and repairs crossings that rounding creates in near-degenerate spots: the
 * rounded area is passed through a polygon union (which resolves crossings) and rounded
 * again, a few times at most.
 */
export function roundClean(area: Area): Area {
  let a = roundArea(area);
  for (let i = 0; i < 4 && properCrossings(a).length > 0; i++) {
    const r = turf.union(turf.featureCollection([f(a), f(a)]));
    if (!r) break;
    a = roundArea(dropSlivers(r.geometry as Area, 0.0001) ?? a);
  }
  return a;
}
