/**
 * The "places in zones" stage: a place gets the piece of its own country that contains it, or
 * the nearest one within the Natural Earth tolerance; lying in another state's piece fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/domain/places';
import { REPO_ROOT } from '../lib/bibliography';
import { locatePlaces, type PieceFeature } from './zones';

function box(piece: string, state: string, x0: number, x1: number): PieceFeature {
  return {
    type: 'Feature',
    properties: { piece, state },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, 39],
          [x1, 39],
          [x1, 40],
          [x0, 40],
          [x0, 39],
        ],
      ],
    },
  };
}

// Armenia west of 46.4°E, Azerbaijan east of it (a straight fixture border).
const PIECES = [box('rest-AM', 'AM', 45, 46.4), box('zangilan', 'AZ', 46.4, 47)];

function place(id: string, country: Place['country'], lon: number): Place {
  return {
    id,
    kind: 'town',
    country,
    name: id,
    names: {},
    native: {},
    lat: 39.5,
    lon,
    sources: [],
  };
}

describe('locatePlaces', () => {
  it('gives a place the piece of its country that contains it', () => {
    const out = locatePlaces([place('goris', 'AM', 46.3)], PIECES);
    expect(out.places[0]?.zone).toBe('rest-AM');
    expect(out.problems).toEqual([]);
    expect(out.adjusted).toEqual([]);
  });
  it('moves a place just across the base map border back to its own country', () => {
    // 0.01° of longitude at 39.5°N is about 0.86 km.
    const out = locatePlaces([place('kapan', 'AM', 46.41)], PIECES);
    expect(out.places[0]?.zone).toBe('rest-AM');
    expect(out.adjusted.join('\n')).toMatch(/kapan \(AM\) lies 0\.86 km outside rest-AM/);
    expect(out.problems).toEqual([]);
  });
  it("fails for a place well inside another state's piece", () => {
    const out = locatePlaces([place('kapan', 'AM', 46.5)], PIECES);
    expect(out.problems).toEqual([
      'place kapan: lies in piece zangilan of AZ, not of its country AM',
    ]);
    expect(out.places[0]?.zone).toBeUndefined();
  });
  it('leaves places outside every piece without a zone', () => {
    const out = locatePlaces([place('tehran', 'IR', 51.4)], PIECES);
    expect(out.places[0]?.zone).toBeUndefined();
    expect(out.problems).toEqual([]);
  });
});

describe('the published places', () => {
  const places = JSON.parse(
    readFileSync(join(REPO_ROOT, 'public', 'data', 'places.json'), 'utf8'),
  ) as Place[];
  const pieces = JSON.parse(
    readFileSync(join(REPO_ROOT, 'public', 'data', 'control-pieces.geojson'), 'utf8'),
  ) as { features: PieceFeature[] };
  const stateOf = new Map(pieces.features.map((f) => [f.properties.piece, f.properties.state]));

  it('each lie in a piece of their own country when they are in AM, AZ or GE', () => {
    const wrong = places
      .filter((p) => ['AM', 'AZ', 'GE'].includes(p.country))
      .filter((p) => !p.zone || stateOf.get(p.zone) !== p.country)
      .map((p) => `${p.id}: ${p.zone}`);
    expect(wrong).toEqual([]);
  });
  it('put Kapan in Armenia and Barkhudarly in its exclave', () => {
    expect(places.find((p) => p.id === 'kapan')?.zone).toBe('rest-AM');
    expect(places.find((p) => p.id === 'barkhudarly')?.zone).toBe('barkhudarly');
  });
});
