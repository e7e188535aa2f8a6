/**
 * The 2021-2022 areas inside Armenia as published (public/data/control-pieces.geojson), against
 * the located points and reported figures they are drawn from (incursions.ts): each holds what
 * the reports put in it, leaves out the Armenian-held villages beside it, reaches no deeper
 * than the reported depth and measures the reported area.
 */
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toDay } from '../../src/lib/time/days';
import { contains } from '../../src/lib/time/interval';
import { loadStateOutlines, polygonsOf } from './geometry';
import { REPORTED } from './incursions';
import { at } from './roads';
import { loadPieces, ROOT, type PieceFeature } from './testdata';

const pieces = loadPieces();
const piece = (id: string): PieceFeature => {
  const p = pieces.find((f) => f.properties.piece === id);
  if (!p) throw new Error(`no piece ${id}`);
  return p;
};
const holder = (p: PieceFeature, day: string): string | undefined =>
  p.properties.timeline.find((e) =>
    contains({ from: toDay(e.from), to: e.to === null ? null : toDay(e.to) }, toDay(day)),
  )?.controller;
const inside = (p: PieceFeature, point: Position): boolean =>
  turf.booleanPointInPolygon(point, p.geometry);
/** Distance (km) from a point to a piece: 0 inside. */
function distance(p: PieceFeature, point: Position): number {
  if (inside(p, point)) return 0;
  const rings = polygonsOf(p.geometry).flat();
  return Math.min(...rings.map((r) => turf.pointToLineDistance(point, turf.lineString(r))));
}
/**
 * A point on the border itself (Sev Lich) may fall on Natural Earth's other side: its coarse
 * line is off by up to about 1 km here (Kapan lies 0.8 km outside it).
 */
const BORDER_SLACK_KM = 1;

const am = loadStateOutlines(ROOT).AM;
const border = turf.lineString(
  polygonsOf(am).reduce((m, p) => ((p[0]?.length ?? 0) > (m[0]?.length ?? 0) ? p : m))[0]!,
);
/** The farthest any vertex of the piece lies from Natural Earth's Armenian border (km). */
function depthKm(p: PieceFeature): number {
  const vertices = polygonsOf(p.geometry).flat(2);
  return Math.max(...vertices.map((v) => turf.pointToLineDistance(v, border)));
}

const AREAS = [
  {
    id: 'syunik-2021',
    day: '2021-06-01',
    holds: ['sev-lich'],
    leavesOut: [],
    depth: REPORTED.sevLich.depthKm,
    km2: REPORTED.sevLich.km2,
  },
  {
    id: 'vardenis-2021',
    day: '2021-06-01',
    holds: [],
    leavesOut: ['verin-shorzha', 'nerkin-shorzha'],
    depth: REPORTED.vardenis.maxDepthKm,
    km2: REPORTED.vardenis.km2,
  },
  {
    id: 'goris-kapan-2022',
    day: '2022-10-01',
    holds: [],
    leavesOut: ['shikahogh'],
    depth: REPORTED.nerkinHand.depthKm,
    km2: REPORTED.nerkinHand.km2,
  },
] as const;

describe('the 2021-2022 areas inside Armenia', () => {
  it.each(AREAS)('$id is Azerbaijani-held on $day and holds what the reports put in it', (a) => {
    const p = piece(a.id);
    expect(holder(p, a.day)).toBe('AZ');
    for (const id of a.holds) expect(distance(p, at(id)), id).toBeLessThanOrEqual(BORDER_SLACK_KM);
  });

  it.each(AREAS)('$id leaves the Armenian-held villages beside it Armenian', (a) => {
    const p = piece(a.id);
    for (const id of a.leavesOut) {
      expect(inside(p, at(id)), `${id} inside ${a.id}`).toBe(false);
      const there = pieces.filter((f) => inside(f, at(id)));
      expect(
        there.map((f) => [f.properties.piece, holder(f, a.day)]),
        id,
      ).toEqual([['rest-AM', 'AM']]);
    }
  });

  it.each(AREAS)('$id reaches no deeper than the reported $depth km', (a) => {
    // Slack for the rounding and noding of the published rings.
    expect(depthKm(piece(a.id))).toBeLessThanOrEqual(a.depth + 0.1);
  });

  it.each(AREAS)('$id measures the reported $km2 km²', (a) => {
    expect(piece(a.id).properties.areaKm2).toBeGreaterThan(a.km2 * 0.95);
    expect(piece(a.id).properties.areaKm2).toBeLessThan(a.km2 * 1.05);
  });
});
