/**
 * A tiny atlas for map tests: two states and a zone inside Azerbaijan whose controller changes,
 * with the fronts between the three pieces, one event and two capitals.
 */
import type { Feature, MultiLineString, Polygon } from 'geojson';
import type { ControlPiece, PieceState, TimelineEntry } from '../../domain/control';
import type { EventFeature } from '../../domain/events';
import type { Place } from '../../domain/places';
import { type RelationsData, relationsIndexOf } from '../../domain/relations';
import type { Controller } from '../../domain/types';
import type { MapData } from '../map-data';

function square(x: number, y: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  };
}

function entry(
  from: string,
  to: string | null,
  controller: Controller,
  confidence: TimelineEntry['confidence'] = 'high',
): TimelineEntry {
  return { from, to, controller, confidence, sources: ['s'], period: null };
}

function piece(id: number, name: string, state: PieceState, timeline: TimelineEntry[]) {
  const p: ControlPiece = {
    id,
    piece: name,
    state,
    name,
    names: {},
    native: {},
    timeline,
    areaKm2: 1,
  };
  return p;
}

/** rest-AZ (0) and rest-AM (2) never change; the zone (1) goes AZ -> NKR (low, then high) -> AZ. */
export const PIECES: ControlPiece[] = [
  piece(0, 'rest-AZ', 'AZ', [entry('1988-01-01', null, 'AZ')]),
  piece(1, 'zone', 'AZ', [
    entry('1988-01-01', '1992-05-08', 'AZ'),
    entry('1992-05-08', '1994-05-12', 'NKR', 'low'),
    entry('1994-05-12', '2020-11-10', 'NKR'),
    entry('2020-11-10', null, 'AZ'),
  ]),
  piece(2, 'rest-AM', 'AM', [entry('1988-01-01', null, 'AM')]),
];

/** Front 0: rest-AZ | zone; front 1: zone | rest-AM; front 2: rest-AZ | rest-AM (a border). */
export const FRONTS = [
  { id: 0, a: 0, b: 1 },
  { id: 1, a: 1, b: 2 },
  { id: 2, a: 0, b: 2 },
];

const EVENT: EventFeature = {
  type: 'Feature',
  id: 7,
  geometry: { type: 'Point', coordinates: [46.5, 39.5] },
  properties: {
    id: 'an-event',
    date: '2000-01-10',
    datePrecision: 'day',
    title: 'An event',
    summary: '',
    kind: 'other',
    concerns: { countries: [], zones: [], places: [] },
    place: 'shown-town',
    sources: ['s'],
    confidence: 'high',
  },
};

function place(id: string, name: string, capitalOf: string, lon: number): Place {
  return {
    id,
    kind: 'capital',
    country: capitalOf,
    capitalOf,
    name,
    names: { az: `${name}-az` },
    native: {},
    lat: 40,
    lon,
    sources: ['s'],
  };
}

export const RELATIONS: RelationsData = {
  countries: [
    { code: 'AM', name: 'Armenia', independence: '1991-09-21', sources: ['s'] },
    { code: 'AZ', name: 'Azerbaijan', independence: '1991-10-18', sources: ['s'] },
  ],
  relations: [
    {
      a: 'AM',
      b: 'AZ',
      status: 'no-relations',
      from: '1991-10-18',
      to: null,
      datePrecision: 'day',
      diplomaticRelations: false,
      sources: ['s'],
      confidence: 'high',
    },
  ],
  rules: [],
  // A made-up entity and recognition, for the painter's entity focus.
  entities: [
    {
      id: 'ABK',
      name: 'Abkhazia',
      withinState: 'GE',
      from: '1994-11-26',
      to: null,
      datePrecision: 'day',
      sources: ['s'],
    },
  ],
  recognitions: [
    {
      subject: 'ABK',
      by: 'AM',
      from: '2005-01-01',
      to: '2010-01-01',
      datePrecision: 'day',
      sources: ['s'],
      confidence: 'high',
    },
  ],
  statusOrder: [
    'non-recognition',
    'no-relations',
    'relations',
    'strategic-partnership',
    'alliance',
  ],
};

const line: Feature<MultiLineString> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiLineString', coordinates: [] },
};

export function fixtureData(): MapData {
  const countries = [
    { iso: 'AM', name: 'Armenia', at: square(44, 40) },
    { iso: 'AZ', name: 'Azerbaijan', at: square(46, 40) },
    { iso: '', name: 'Nowhere', at: square(0, 0) },
  ];
  return {
    geography: {
      countries: {
        type: 'FeatureCollection',
        features: countries.map((c, i) => ({
          type: 'Feature',
          id: i,
          properties: { iso: c.iso, name: c.name, label: null, areaKm2: 12_000 },
          geometry: c.at,
        })),
      },
      borders: { type: 'FeatureCollection', features: [line] },
      coasts: { type: 'FeatureCollection', features: [line] },
      countryLabels: { type: 'FeatureCollection', features: [] },
    },
    control: {
      pieces: PIECES,
      fronts: FRONTS,
      geometry: {
        pieces: {
          type: 'FeatureCollection',
          features: PIECES.map(({ id, ...properties }, i) => ({
            type: 'Feature',
            id,
            properties,
            geometry: square(46, 38 + i),
          })),
        },
        fronts: {
          type: 'FeatureCollection',
          features: FRONTS.map(({ id, a, b }) => ({
            type: 'Feature',
            id,
            properties: { a, b },
            geometry: { type: 'LineString', coordinates: [] },
          })),
        },
      },
    },
    places: [place('yerevan', 'Yerevan', 'AM', 44.5), place('baku', 'Baku', 'AZ', 49.9)],
    events: { type: 'FeatureCollection', features: [EVENT] },
    index: { relations: relationsIndexOf(RELATIONS) },
    countryCodes: countries.map((c) => c.iso),
    capitals: [
      { country: 'AM', lon: 44.5, lat: 40 },
      { country: 'AZ', lon: 49.9, lat: 40 },
    ],
  };
}
