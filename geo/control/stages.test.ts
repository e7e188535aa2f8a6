/** The control build's stages that have logic of their own, on small fixtures. */
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/domain/places';
import type { Area } from './geometry';
import type { PeriodDef, ZoneDef } from './model';
import { checkContains, type Piece } from './pieces';
import { NE_SOURCE, periodFeatures, pieceFeatures } from './timelines';

const SQUARE: Area = {
  type: 'Polygon',
  coordinates: [
    [
      [46, 39],
      [47, 39],
      [47, 40],
      [46, 40],
      [46, 39],
    ],
  ],
};

const zone = (id: string, contains?: string[]): ZoneDef => ({
  id,
  state: 'AZ',
  name: id,
  names: {},
  native: {},
  shape: { kind: 'outline', outline: 'nkao' },
  clip: 'state',
  approximation: 'test',
  ...(contains ? { contains } : {}),
});

const piece = (id: string): Piece => ({
  id,
  state: 'AZ',
  naming: { name: id, names: {}, native: {} },
  geometry: SQUARE,
});

const place = (id: string, lon: number, lat: number): Place => ({
  id,
  kind: 'town',
  country: 'AZ',
  name: id,
  names: {},
  native: {},
  lat,
  lon,
  sources: [],
});

const PERIOD: PeriodDef = {
  controller: 'AZ',
  from: '1988-01-01',
  to: null,
  precision: { from: 'day', to: null },
  sources: ['s'],
  confidence: 'high',
};

describe('pieces: places a zone must contain', () => {
  const places = [place('inside', 46.5, 39.5), place('outside', 48, 39.5)];
  it('pass when the zone contains them', () => {
    expect(checkContains([zone('z', ['inside'])], [piece('z')], places)).toEqual([]);
  });
  it('fail for a place outside the zone and for an unknown place id', () => {
    expect(checkContains([zone('z', ['outside', 'atlantis'])], [piece('z')], places)).toEqual([
      'zone z: does not contain outside (39.5, 48)',
      'zone z: unknown place atlantis',
    ]);
  });
});

describe('timelines', () => {
  it('give one feature per zone and period, named by zone and start', () => {
    const out = periodFeatures([zone('z')], [piece('z')], { z: [PERIOD] });
    expect(out.problems).toEqual([]);
    expect(out.features.map((f) => f.properties.id)).toEqual(['z@1988-01-01']);
  });
  it('report a zone without periods and periods of an unknown zone', () => {
    const out = periodFeatures([zone('z')], [piece('z')], { y: [PERIOD] });
    expect(out.problems).toEqual(['zone z: has no periods', 'periods for unknown zone y']);
  });
  it("give a rest piece its state's control from the first day, citing Natural Earth", () => {
    const [rest] = pieceFeatures([piece('rest-AZ')], [], '1988-01-01');
    expect(rest?.properties.timeline).toEqual([
      {
        from: '1988-01-01',
        to: null,
        controller: 'AZ',
        confidence: 'high',
        sources: [NE_SOURCE],
      },
    ]);
  });
});
