/** The front rule and the sliver rule (boundaries.ts), and the cleaning that keeps them (slivers.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  checkDanglingShare,
  checkFrontSides,
  checkSlivers,
  measureSides,
  meanWidthKm,
  type TimedPiece,
} from './boundaries';
import type { Area } from './geometry';
import { absorbSlivers, despikeRing } from './slivers';
import { loadFronts, loadPieces, ROOT } from './testdata';
import { sharedBoundaries } from './topology';

/** A lon/lat box as a counter-clockwise polygon. */
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

const held = (id: string, geometry: Area, controller: string): TimedPiece => ({
  id,
  geometry,
  timeline: [{ from: '1988-01-01', to: null, controller }],
});

/**
 * Three pieces side by side, west to east: `west` (AZ), a strip `mid` of the given width in
 * degrees of longitude (NKR), `east` (AZ). At 40° N, 0.001° of longitude is about 85 m.
 */
function fixture(midWidth: number): {
  pieces: TimedPiece[];
  fronts: ReturnType<typeof sharedBoundaries>;
} {
  const m = 46.1 + midWidth;
  const pieces = [
    held('west', box(46, 40, 46.1, 40.1), 'AZ'),
    held('mid', box(46.1, 40, m, 40.1), 'NKR'),
    held('east', box(m, 40, 46.3, 40.1), 'AZ'),
  ];
  return { pieces, fronts: sharedBoundaries(pieces.map((p) => p.geometry)) };
}

const DAYS = ['1988-01-01'];

describe('front rule: a shown front has different controllers on its two sides', () => {
  it('fails where a strip narrower than the 150 m look puts the same controller on both sides', () => {
    const { pieces, fronts } = fixture(0.001);
    const problems = checkFrontSides(pieces, fronts, DAYS);
    // Both fronts of the 85 m strip dangle along their whole 11 km.
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^front west \| mid: 1[01]\.\d\d km with AZ on both sides on 1988-01-01/,
    );
    const report = measureSides(pieces, fronts, DAYS);
    expect(report.danglingKm / report.activeKm).toBeGreaterThan(0.9);
  });

  it('holds when the middle piece is wider than the look', () => {
    const { pieces, fronts } = fixture(0.02);
    expect(checkFrontSides(pieces, fronts, DAYS)).toEqual([]);
    expect(measureSides(pieces, fronts, DAYS).danglingKm).toBe(0);
  });

  it('the share rule fails when 0.1% or more of the shown length dangles', () => {
    const { pieces, fronts } = fixture(0.001);
    expect(checkDanglingShare(measureSides(pieces, fronts, DAYS))).toHaveLength(1);
    const wide = fixture(0.02);
    expect(checkDanglingShare(measureSides(wide.pieces, wide.fronts, DAYS))).toEqual([]);
  });

  it('ignores fronts between pieces with the same controller', () => {
    const { pieces, fronts } = fixture(0.001);
    const same = pieces.map((p) => ({ ...p, timeline: [{ ...p.timeline[0]!, controller: 'AZ' }] }));
    expect(measureSides(same, fronts, DAYS).activeKm).toBe(0);
    expect(checkFrontSides(same, fronts, DAYS)).toEqual([]);
  });
});

describe('sliver rule: no piece has a part thinner than ~300 m', () => {
  it('fails on the 85 m strip, however long it is', () => {
    const { pieces } = fixture(0.001);
    const problems = checkSlivers(pieces);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^piece mid polygon 0: a sliver 8\d m wide on average/);
  });

  it('keeps a small but compact authored zone legal (a 1 km box, 1 km²)', () => {
    const village = box(47, 40, 47.0117, 40.009);
    expect(meanWidthKm(village.coordinates)).toBeGreaterThan(0.4);
    expect(checkSlivers([{ id: 'village', geometry: village }])).toEqual([]);
  });
});

describe('cleaning: thin parts and zero-width spikes', () => {
  it('gives a thin part to the piece of the same state it borders most', () => {
    // `a` has a main body and a 40 m strip along `b`; `c` (another state) borders it too.
    const a: Area = {
      type: 'MultiPolygon',
      coordinates: [box(46, 40, 46.1, 40.1).coordinates, box(46.1, 40, 46.1005, 40.1).coordinates],
    };
    const pieces = [
      { state: 'AZ' as const, geometry: a },
      { state: 'AZ' as const, geometry: box(46.1005, 40, 46.2, 40.1) },
      { state: 'AM' as const, geometry: box(46.1, 40.1, 46.2, 40.2) },
    ];
    const { pieces: out, moved } = absorbSlivers(pieces);
    expect(moved).toHaveLength(1);
    expect(out[0]?.geometry.type).toBe('Polygon');
    expect(checkSlivers(out.map((p, i) => ({ id: String(i), geometry: p.geometry })))).toEqual([]);
  });

  it('removes a spike out and back along the same vertices, keeping the rest of the ring', () => {
    const ring: Position[] = [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [2, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(despikeRing(ring)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });
});

describe('the published fronts and pieces', () => {
  it('pass both rules on every change date', () => {
    const summary = JSON.parse(
      readFileSync(join(ROOT, 'public', 'data', 'control-summary.json'), 'utf8'),
    ) as { changeDates: string[] };
    const pieces = loadPieces().map((f) => ({
      id: f.properties.piece,
      geometry: f.geometry,
      timeline: f.properties.timeline,
    }));
    const fronts = loadFronts().features.map((f) => ({ ...f.properties, geometry: f.geometry }));
    expect(checkFrontSides(pieces, fronts, summary.changeDates)).toEqual([]);
    expect(checkSlivers(pieces)).toEqual([]);
    const report = measureSides(pieces, fronts, summary.changeDates);
    expect(report.danglingClearKm / report.activeKm).toBeLessThan(0.001);
    // The measure, joints included: under 0.1% of the shown length.
    expect(report.danglingKm / report.activeKm).toBeLessThan(0.001);
    expect(checkDanglingShare(report)).toEqual([]);
  });
});
