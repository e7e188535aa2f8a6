/**
 * A small atlas for the details tests: Shusha held by Azerbaijan, then the Nagorno-Karabakh
 * Republic, then Azerbaijan again; two rest pieces; two places; two events; Armenia, Azerbaijan
 * and Pakistan as followed states, with one recognition rule. Every id is fictitious or short so
 * a test's expectation can only come from the fixture.
 */
import { type AtlasIndex, type IndexInput, buildAtlasIndex } from '../domain/atlas-index';
import type { ControlPiece, TimelineEntry } from '../domain/control';
import type { EventProperties } from '../domain/events';
import type { Place } from '../domain/places';
import type { RelationsData } from '../domain/relations';
import { toDay } from '../time/days';
import type { DetailsOptions } from './types';

export const entry = (
  from: string,
  to: string | null,
  controller: TimelineEntry['controller'],
  sources: string[],
): TimelineEntry => ({ from, to, controller, confidence: 'high', sources, period: null });

let nextId = 0;
export function piece(
  id: string,
  state: 'AZ' | 'AM' | 'GE',
  timeline: TimelineEntry[],
  extra: Partial<ControlPiece> = {},
): ControlPiece {
  return {
    id: nextId++,
    piece: id,
    state,
    name: id,
    names: {},
    native: {},
    timeline,
    areaKm2: 100,
    ...extra,
  };
}

export const shushaPiece = piece(
  'shusha',
  'AZ',
  [
    entry('1988-01-01', '1992-05-08', 'AZ', ['src-ssr']),
    entry('1992-05-08', '2020-11-08', 'NKR', ['src-1992']),
    entry('2020-11-08', null, 'AZ', ['src-2020']),
  ],
  {
    name: 'Shusha',
    names: { hy: 'Shushi', az: 'Shusha' },
    native: { hy: 'Շուշի', az: 'Şuşa', ru: 'Шуша' },
    areaKm2: 290,
  },
);

const restAz = piece('rest-AZ', 'AZ', [entry('1988-01-01', null, 'AZ', ['src-az'])], {
  areaKm2: 80000,
});
const restAm = piece('rest-AM', 'AM', [entry('1988-01-01', null, 'AM', ['src-am'])]);

const places: Place[] = [
  {
    id: 'shusha',
    kind: 'town',
    country: 'AZ',
    name: 'Shusha',
    names: { hy: 'Shushi' },
    native: { hy: 'Շուշի' },
    lat: 39.76,
    lon: 46.75,
    sources: ['src-place'],
    zone: 'shusha',
  },
  {
    id: 'islamabad',
    kind: 'capital',
    country: 'PK',
    capitalOf: 'PK',
    name: 'Islamabad',
    names: {},
    native: {},
    lat: 33.69,
    lon: 73.05,
    sources: ['src-islamabad'],
  },
];

const events: EventProperties[] = [
  {
    id: 'shusha-2020',
    date: '2020-11-08',
    datePrecision: 'day',
    title: 'Shusha comes under Azerbaijani control',
    summary: 'Azerbaijani forces took the town.',
    kind: 'control',
    concerns: { countries: ['AZ', 'AM'], zones: ['shusha'], places: ['shusha'] },
    place: 'shusha',
    sources: ['src-2020'],
    confidence: 'high',
  },
  {
    id: 'shusha-1992',
    date: '1992-05-08',
    datePrecision: 'day',
    endDate: '1992-05-10',
    title: 'Capture of Shusha',
    summary: 'Armenian forces took the town.',
    kind: 'control',
    concerns: { countries: ['AZ', 'AM'], zones: ['shusha'], places: [] },
    place: 'shusha',
    sources: ['src-1992'],
    confidence: 'high',
    readings: [
      { text: 'One reading.', sources: ['src-r1'] },
      { text: 'An unsourced reading.', sources: [] },
    ],
  },
];

export const relations: RelationsData = {
  countries: [
    {
      code: 'AM',
      name: 'Armenia',
      independence: '1991-09-21',
      sources: ['src-am-ind'],
      recognisedTerritorySources: ['src-recog-am'],
    },
    {
      code: 'AZ',
      name: 'Azerbaijan',
      independence: '1991-10-18',
      sources: ['src-az-ind'],
      recognisedTerritorySources: ['src-recog-az'],
    },
    { code: 'PK', name: 'Pakistan', independence: null, sources: ['src-pk'] },
  ],
  relations: [
    {
      a: 'AM',
      b: 'PK',
      status: 'non-recognition',
      from: '1991-09-21',
      to: '2025-08-31',
      datePrecision: 'day',
      diplomaticRelations: false,
      sources: ['src-nonrec'],
      confidence: 'high',
      notRecognisedBy: 'PK',
    },
    {
      a: 'PK',
      b: 'AM',
      status: 'relations',
      from: '2025-08-31',
      to: null,
      datePrecision: 'day',
      diplomaticRelations: true,
      sources: ['src-tianjin'],
      confidence: 'high',
    },
  ],
  rules: [
    {
      id: 'rec-am',
      kind: 'recognition',
      subject: 'AM',
      from: '1992-03-02',
      to: '2025-08-31',
      datePrecision: 'day',
      appliesTo: ['PK', 'US'],
      except: ['PK'],
      sources: ['src-rule'],
      confidence: 'medium',
    },
  ],
  entities: [
    {
      id: 'ABK',
      name: 'Abkhazia',
      withinState: 'GE',
      from: '1994-11-26',
      to: null,
      datePrecision: 'day',
      sources: ['src-abk'],
    },
    {
      id: 'NKR',
      name: 'Nagorno-Karabakh Republic / Artsakh',
      withinState: 'AZ',
      from: '1992-01-06',
      to: '2024-01-01',
      datePrecision: 'day',
      sources: ['src-nkr'],
      noRecognition: { note: 'No UN member recognised it.', sources: ['src-nkr-none'] },
    },
  ],
  recognitions: [
    {
      subject: 'ABK',
      by: 'US',
      from: '2011-09-18',
      to: '2014-03-31',
      datePrecision: 'day',
      sources: ['src-us-abk'],
      confidence: 'medium',
      note: 'Withdrawn.',
    },
    {
      subject: 'ABK',
      by: 'PK',
      from: '2008-08-26',
      to: null,
      datePrecision: 'day',
      sources: ['src-pk-abk'],
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

export const input: IndexInput = {
  firstDay: '1988-01-01',
  verifiedThrough: '2025-09-30',
  pieces: [shushaPiece, restAz, restAm],
  controlPeriods: [],
  places,
  events,
  relations,
  sources: [],
  countries: [
    { iso: 'AZ', name: 'Azerbaijan', areaKm2: 86600 },
    { iso: 'AM', name: 'Armenia' },
    { iso: 'PK', name: 'Pakistan' },
    { iso: 'US', name: 'United States' },
  ],
  geometrySources: { countries: ['src-ne'], pieces: ['src-zones'] },
};

export const index: AtlasIndex = buildAtlasIndex(input);

/** The fixture with some inputs replaced. */
export function indexWith(patch: Partial<IndexInput>): AtlasIndex {
  return buildAtlasIndex({ ...input, ...patch });
}

export const options = (iso: string, extra: Partial<DetailsOptions> = {}): DetailsOptions => ({
  day: toDay(iso),
  convention: 'intl',
  ...extra,
});
