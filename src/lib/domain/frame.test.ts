import { describe, expect, it } from 'vitest';
import { boundsOf, selectionFrame } from './frame';

const square = (id: string, w: number, s: number, e: number, n: number) => ({
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    ],
  },
  properties: { piece: id, iso: id },
});

const sources = {
  pieces: [square('a', 46, 39, 47, 40), square('b', 44, 41, 45, 42)],
  countries: [square('AM', 43, 38, 46, 41)],
  places: new Map([['town', { lon: 46.5, lat: 39.5 }]]),
  events: [
    { geometry: { type: 'Point', coordinates: [45.1, 40.2] }, properties: { id: 'battle' } },
  ],
};

describe('selectionFrame', () => {
  it('frames a zone by its own outline only', () => {
    expect(selectionFrame(sources, { kind: 'zone', id: 'a' })).toEqual({
      kind: 'bounds',
      bounds: [
        [46, 39],
        [47, 40],
      ],
    });
  });
  it('frames a country by its base-map outline', () => {
    const frame = selectionFrame(sources, { kind: 'country', id: 'AM' });
    expect(frame).toEqual({
      kind: 'bounds',
      bounds: [
        [43, 38],
        [46, 41],
      ],
    });
  });
  it('frames places and events as points', () => {
    expect(selectionFrame(sources, { kind: 'place', id: 'town' })).toEqual({
      kind: 'point',
      lon: 46.5,
      lat: 39.5,
    });
    expect(selectionFrame(sources, { kind: 'event', id: 'battle' })).toEqual({
      kind: 'point',
      lon: 45.1,
      lat: 40.2,
    });
  });
  it('has nothing to frame for an unknown id', () => {
    expect(selectionFrame(sources, { kind: 'zone', id: 'nowhere' })).toBeNull();
    expect(boundsOf([])).toBeNull();
  });
});
