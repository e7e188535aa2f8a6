/**
 * The located villages of geo/control/villages.json checked by location, not by zone: the
 * published piece (public/data/control-pieces.geojson) whose polygon contains the village's
 * point, then that piece's timeline on the case's date. A village on the wrong side of a line
 * fails here, whatever zone a registry would give it. See geo/control/README.md (Villages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { CONTROLLERS, type Controller } from '../../src/lib/domain/types';
import { toDay } from '../../src/lib/time/days';
import { contains } from '../../src/lib/time/interval';
import { loadBibliography } from '../lib/bibliography';
import { loadPieces, ROOT, type PieceFeature } from './testdata';

interface Village {
  id: string;
  name: string;
  names: Record<string, string>;
  native?: Record<string, string>;
  district: string;
  lon: number;
  lat: number;
  coordSource: { url: string; title: string };
  cases: [string, Controller, string[]][];
  note?: string;
}

function loadVillages(root: string = ROOT): Village[] {
  return (
    JSON.parse(readFileSync(join(root, 'geo', 'control', 'villages.json'), 'utf8')) as {
      villages: Village[];
    }
  ).villages;
}

const villages = loadVillages();
const pieces = loadPieces();

/**
 * Natural Earth's coast and border lines are coarse: a few villages on a river or a border
 * fall just outside every piece. Such a point takes the nearest piece if it is this close.
 */
const NEAREST_KM = 1;

/** Stable days only: the first line 1995-2019, the second 2021-2022 (see the README). */
const STABLE: [string, string][] = [
  ['1995-01-01', '2019-12-31'],
  ['2021-01-01', '2022-12-31'],
];

function distanceKm(point: [number, number], piece: PieceFeature): number {
  const pt = turf.point(point);
  const rings =
    piece.geometry.type === 'Polygon'
      ? piece.geometry.coordinates
      : piece.geometry.coordinates.flat();
  return Math.min(
    ...rings.map((ring) =>
      turf.pointToLineDistance(pt, turf.lineString(ring), { units: 'kilometers' }),
    ),
  );
}

/** The piece holding a point: the one containing it, else the nearest within NEAREST_KM. */
function pieceAt(lon: number, lat: number): PieceFeature | undefined {
  const inside = pieces.find((p) => turf.booleanPointInPolygon([lon, lat], p));
  if (inside) return inside;
  const near = pieces
    .map((p) => ({ p, d: distanceKm([lon, lat], p) }))
    .filter(({ d }) => d <= NEAREST_KM)
    .sort((a, b) => a.d - b.d);
  return near[0]?.p;
}

/** Who held a point on a day, as the app draws it. */
function holderAt(lon: number, lat: number, day: string): Controller | 'none' {
  const piece = pieceAt(lon, lat);
  const entry = piece?.properties.timeline.find((e) =>
    contains({ from: toDay(e.from), to: e.to === null ? null : toDay(e.to) }, toDay(day)),
  );
  return entry?.controller ?? 'none';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('villages.json: the table itself', () => {
  const bibliography = loadBibliography(ROOT);
  it('has at least 80 villages with unique ids', () => {
    expect(villages.length).toBeGreaterThanOrEqual(80);
    const ids = villages.map((v) => v.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it.each(villages.map((v) => [v.id, v] as const))('%s is well formed', (_id, v) => {
    expect(v.id).toMatch(/^[a-z0-9-]+$/);
    expect(v.name.trim()).not.toBe('');
    expect(v.district.trim()).not.toBe('');
    for (const value of [...Object.values(v.names), ...Object.values(v.native ?? {})])
      expect(value.trim()).not.toBe('');
    // The south Caucasus around the former NKAO and the districts around it.
    expect(v.lon).toBeGreaterThan(45.5);
    expect(v.lon).toBeLessThan(48);
    expect(v.lat).toBeGreaterThan(38.8);
    expect(v.lat).toBeLessThan(40.8);
    expect(v.coordSource.url).toMatch(/^https?:\/\/\S+$/);
    expect(v.coordSource.title.trim()).not.toBe('');
    expect(v.cases.length).toBeGreaterThan(0);
    for (const [date, controller, sources] of v.cases) {
      expect(date).toMatch(ISO_DAY);
      expect(
        STABLE.some(([from, to]) => from <= date && date <= to),
        date,
      ).toBe(true);
      expect(CONTROLLERS).toContain(controller);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((s) => !bibliography.has(s))).toEqual([]);
    }
  });
});

describe('who held each village on a day, by its location', () => {
  const cases = villages.flatMap((v) =>
    v.cases.map(([date, holder]) => [v.name, date, holder, v] as const),
  );
  it.each(cases)('%s on %s is held by %s', (_name, date, holder, v) => {
    expect(holderAt(v.lon, v.lat, date)).toBe(holder);
  });
  it('every village lies in a piece or within 1 km of one', () => {
    expect(villages.filter((v) => !pieceAt(v.lon, v.lat)).map((v) => v.id)).toEqual([]);
  });
});
