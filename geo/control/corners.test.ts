/** Sharp corners of the partition are cut off so fronts near them separate two sides (corners.ts). */
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkSlivers, measureSides, type TimedPiece } from './boundaries';
import { bluntCorners, interiorAngle } from './corners';
import { km2, type Area } from './geometry';
import { nodeAreas, sharedBoundaries } from './topology';

const ring = (...pts: [number, number][]): Polygon => ({
  type: 'Polygon',
  coordinates: [[...pts, pts[0] as [number, number]]],
});

/**
 * Around 40° N: `wedge` (NKR) comes to a point of about 15° at 46.0 E 40.0 N between `above`
 * (AZ) and `below` (AZ); `west` and `east` close the land around it. Counter-clockwise rings.
 */
function fixture(): Area[] {
  return nodeAreas([
    ring([46, 40], [46.1, 40], [46.1, 40.02]), // wedge
    ring([46, 40], [46.1, 40.02], [46.1, 40.1], [46, 40.1]), // above
    ring([45.9, 39.9], [46.2, 39.9], [46.2, 40], [46.1, 40], [46, 40], [45.9, 40]), // below
    ring([45.9, 40], [46, 40], [46, 40.1], [45.9, 40.1]), // west
    ring([46.1, 40], [46.2, 40], [46.2, 40.1], [46.1, 40.1], [46.1, 40.02]), // east
  ]);
}

const CONTROLLERS = ['NKR', 'AZ', 'AZ', 'AZ', 'AM'];
const DAYS = ['1988-01-01'];

function dangling(areas: Area[]): number {
  const pieces: TimedPiece[] = areas.map((geometry, i) => ({
    id: String(i),
    geometry,
    timeline: [{ from: '1988-01-01', to: null, controller: CONTROLLERS[i] as string }],
  }));
  return measureSides(pieces, sharedBoundaries(areas), DAYS).danglingKm;
}

describe('sharp corners', () => {
  it('measures the interior angle with the area on the left of the ring', () => {
    expect(interiorAngle([0, 0], [1, 0], [1, 1])).toBeCloseTo(90, 0);
    expect(interiorAngle([1, 1], [1, 0], [0, 0])).toBeCloseTo(270, 0);
  });

  it('a 15° point dangles: a look from its fronts falls in the same side beyond the point', () => {
    expect(dangling(fixture())).toBeGreaterThan(0.2);
  });

  it('cut off and shared between the pieces beyond it, no front dangles and nothing is lost', () => {
    const before = fixture();
    const { areas, cut } = bluntCorners(before);
    const after = nodeAreas(areas);
    expect(cut.length).toBeGreaterThanOrEqual(1);
    expect(dangling(after)).toBe(0);
    // The tip is a few hundredths of a km², and the land as a whole is unchanged.
    const lost = km2(before[0] as Area) - km2(after[0] as Area);
    expect(lost).toBeGreaterThan(0.005);
    expect(lost).toBeLessThan(0.1);
    const total = (xs: Area[]): number => xs.reduce((s, a) => s + km2(a), 0);
    expect(total(after)).toBeCloseTo(total(before), 3);
    expect(after.every((a) => a.type === 'Polygon')).toBe(true);
    expect(checkSlivers(after.map((geometry, i) => ({ id: String(i), geometry })))).toEqual([]);
  });

  it('leaves a right angle alone', () => {
    const square = nodeAreas([
      ring([46, 40], [46.1, 40], [46.1, 40.1], [46, 40.1]),
      ring([45.9, 39.9], [46.2, 39.9], [46.2, 40.2], [45.9, 40.2], [45.9, 39.9]),
    ]);
    expect(bluntCorners(square).cut).toEqual([]);
  });
});
