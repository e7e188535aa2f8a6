import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { buildAtlasIndex } from './atlas-index';
import type { EventProperties } from './events';

function event(id: string, date: string, patch: Partial<EventProperties> = {}): EventProperties {
  return {
    id,
    date,
    datePrecision: 'day',
    title: id,
    summary: id,
    kind: 'control',
    concerns: { countries: [], zones: [], places: [] },
    place: 'nowhere',
    sources: ['s'],
    confidence: 'high',
    ...patch,
  };
}

const index = buildAtlasIndex({
  firstDay: '1988-01-01',
  verifiedThrough: '2025-09-30',
  pieces: [
    {
      id: 7,
      piece: 'kalbajar',
      state: 'AZ',
      name: 'Kalbajar',
      names: {},
      native: {},
      areaKm2: 1,
      timeline: [
        {
          from: '1988-01-01',
          to: '1993-04-03',
          controller: 'AZ',
          confidence: 'high',
          sources: ['a'],
          period: null,
        },
        {
          from: '1993-04-03',
          to: null,
          controller: 'NKR',
          confidence: 'high',
          sources: ['b'],
          period: null,
        },
      ],
    },
  ],
  controlPeriods: [],
  places: [],
  events: [
    event('later', '2020-11-25', {
      concerns: { countries: ['AZ'], zones: ['kalbajar'], places: [] },
    }),
    event('month', '1993-04-01', {
      datePrecision: 'month',
      place: 'kalbajar-town',
      concerns: { countries: ['AZ', 'AZ'], zones: [], places: ['kalbajar-town'] },
    }),
  ],
  relations: {
    countries: [],
    relations: [],
    rules: [],
    entities: [],
    recognitions: [],
    statusOrder: [],
  },
  sources: [{ id: 's', title: 'S', publisher: 'P', date: null, url: null }],
  countries: [
    { iso: '', name: 'Somaliland' },
    { iso: 'AU', name: 'Australia', areaKm2: 7_700_000 },
    { iso: 'AU', name: 'Ashmore and Cartier Islands', areaKm2: 5 },
  ],
});

describe('buildAtlasIndex', () => {
  it('converts each timeline entry to day numbers once', () => {
    const periods = index.pieces.get('kalbajar')!.periods;
    expect(periods.map((p) => p.days)).toEqual([
      { from: toDay('1988-01-01'), to: toDay('1993-04-03') },
      { from: toDay('1993-04-03'), to: null },
    ]);
    expect(index.piecesOfState.get('AZ')?.map((p) => p.id)).toEqual([7]);
  });

  it('gives an event the days its date covers, a month for a month-precise one', () => {
    expect(index.events.get('month')?.days).toEqual({
      from: toDay('1993-04-01'),
      to: toDay('1993-05-01'),
    });
  });

  it('files events under what they concern in date order, once each', () => {
    expect(index.eventsAbout.countries.get('AZ')?.map((e) => e.id)).toEqual(['month', 'later']);
    expect(index.eventsAbout.zones.get('kalbajar')?.map((e) => e.id)).toEqual(['later']);
    expect(index.eventsAbout.places.get('kalbajar-town')?.map((e) => e.id)).toEqual(['month']);
  });

  it('keeps the first base-map country of a code and skips features without one', () => {
    expect([...index.countries.keys()]).toEqual(['AU']);
    expect(index.countries.get('AU')).toEqual({ iso: 'AU', name: 'Australia', areaKm2: 7_700_000 });
  });

  it('covers the atlas from its first day through the verified day', () => {
    expect(index.covered).toEqual({ first: toDay('1988-01-01'), last: toDay('2025-09-30') });
    expect(index.sources.get('s')?.title).toBe('S');
    expect(index.geometrySources).toEqual({
      countries: ['natural-earth'],
      pieces: ['natural-earth'],
    });
  });
});
