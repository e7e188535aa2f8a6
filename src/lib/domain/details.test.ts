import { describe, expect, it } from 'vitest';
import {
  type Details,
  type DetailsData,
  type DetailsOptions,
  type PieceFeature,
  type PieceTimelineEntry,
  citedSources,
  coordinates,
  detailsOf,
  eventDateLabel,
  otherNames,
  pieceAt,
  statement,
} from './details';
import type { EventProperties } from './events';
import type { Place } from './places';
import type { RelationsData } from './relations';

/** A square piece of `size` degrees with its south-west corner at (lon, lat). */
function square(
  id: string,
  state: 'AZ' | 'AM' | 'GE',
  lon: number,
  lat: number,
  timeline: PieceTimelineEntry[],
  extra: Partial<PieceFeature['properties']> = {},
  size = 0.2,
): PieceFeature {
  return {
    type: 'Feature',
    properties: {
      piece: id,
      state,
      name: id,
      names: {},
      native: {},
      timeline,
      areaKm2: 100,
      ...extra,
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon + size, lat],
          [lon + size, lat + size],
          [lon, lat + size],
          [lon, lat],
        ],
      ],
    },
  };
}

const entry = (
  from: string,
  to: string | null,
  controller: PieceTimelineEntry['controller'],
  sources: string[],
): PieceTimelineEntry => ({ from, to, controller, confidence: 'high', sources, period: null });

const shushaPiece = square(
  'shusha',
  'AZ',
  46.7,
  39.7,
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

const restAz = square('rest-AZ', 'AZ', 48, 40, [entry('1988-01-01', null, 'AZ', ['src-az'])], {
  areaKm2: 80000,
});

const restAm = square('rest-AM', 'AM', 44, 40, [entry('1988-01-01', null, 'AM', ['src-am'])]);

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

const relations: RelationsData = {
  countries: [
    { code: 'AM', name: 'Armenia', independence: '1991-09-21', sources: ['src-am-ind'] },
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
  statusOrder: [
    'non-recognition',
    'no-relations',
    'relations',
    'strategic-partnership',
    'alliance',
  ],
};

const data: DetailsData = {
  pieces: [shushaPiece, restAz, restAm],
  places,
  events,
  countries: [
    { iso: 'AZ', name: 'Azerbaijan', areaKm2: 86600 },
    { iso: 'AM', name: 'Armenia' },
    { iso: 'PK', name: 'Pakistan' },
    { iso: 'US', name: 'United States' },
    {
      iso: 'XX',
      name: 'Squareland',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    },
  ],
  relations,
  recognitionSources: { AZ: ['src-recog-az'], AM: ['src-recog-am'] },
  geometrySources: { countries: ['src-ne'], pieces: ['src-zones'] },
};

const options = (day: string, extra: Partial<DetailsOptions> = {}): DetailsOptions => ({
  day,
  convention: 'intl',
  range: { first: '1988-01-01', last: '2025-09-30' },
  ...extra,
});

/** Every statement anywhere in the details, found by walking the object. */
function allStatements(value: unknown): { text: string; sources: string[] }[] {
  if (Array.isArray(value)) return value.flatMap(allStatements);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own =
      typeof record.text === 'string' && Array.isArray(record.sources)
        ? [{ text: record.text, sources: record.sources as string[] }]
        : [];
    return [...own, ...Object.values(record).flatMap(allStatements)];
  }
  return [];
}

function expectAllSourced(details: Details | null): void {
  expect(details).not.toBeNull();
  const found = allStatements(details);
  expect(found.length).toBeGreaterThan(0);
  for (const s of found) expect(s.sources.length, s.text).toBeGreaterThan(0);
}

describe('statement', () => {
  it('refuses a statement without sources', () => {
    expect(statement('Held by someone.', [])).toBeNull();
    expect(statement('Held by someone.', [''])).toBeNull();
    expect(statement('Held by someone.', ['a', 'a'])).toEqual({
      text: 'Held by someone.',
      sources: ['a'],
    });
  });
});

describe('zone details', () => {
  it('says who held Shusha on 2019-06-01 and since when', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2019-06-01'))!;
    expect(d.title).toBe('Shusha');
    expect(d.control?.controller).toBe('NKR');
    expect(d.control?.label).toBe('Nagorno-Karabakh Republic / Artsakh (de facto)');
    expect(d.control?.since).toBe('1992-05-08');
    expect(d.control?.statement.text).toBe(
      'On this day Shusha was held by Nagorno-Karabakh Republic / Artsakh (de facto), without interruption since 8 May 1992.',
    );
    expect(d.control?.sinceLabel).toBe('since 8 May 1992');
    expect(d.control?.statement.sources).toEqual(['src-1992']);
  });

  it('says Azerbaijan on 2021-06-01, from the 2020 change', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2021-06-01'))!;
    expect(d.control?.controller).toBe('AZ');
    expect(d.control?.label).toBe('Azerbaijan');
    expect(d.control?.since).toBe('2020-11-08');
  });

  it('uses the end of a period as exclusive: the last NKR day is 2020-11-07', () => {
    expect(
      detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2020-11-07'))!.control?.controller,
    ).toBe('NKR');
    expect(
      detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2020-11-08'))!.control?.controller,
    ).toBe('AZ');
  });

  it('counts an unbroken run of one holder from its first period', () => {
    const piece = square('p', 'AZ', 10, 10, [
      entry('1988-01-01', '1991-10-18', 'AZ', ['s1']),
      entry('1991-10-18', null, 'AZ', ['s2']),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      { ...data, pieces: [piece] },
      options('2000-01-01'),
    )!;
    expect(d.control?.since).toBe('1988-01-01');
    expect(d.control?.statement.sources).toEqual(['s1', 's2']);
  });

  it('names the holder as it was called on the day', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, data, options('1990-01-01'))!;
    expect(d.control?.label).toBe('Azerbaijan SSR');
    expect(d.history[0]!.label).toBe('Azerbaijan SSR, then Azerbaijan');
    expect(d.history[1]!.label).toBe('Nagorno-Karabakh Republic / Artsakh (de facto)');
  });

  it('lays the history out on the covered range, current segment marked', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2019-06-01'))!;
    expect(d.history.map((h) => h.controller)).toEqual(['AZ', 'NKR', 'AZ']);
    expect(d.history[0]!.start).toBe(0);
    expect(d.history[2]!.end).toBe(1);
    expect(d.history[1]!.end).toBe(d.history[2]!.start);
    expect(d.history.map((h) => h.current)).toEqual([false, true, false]);
    expect(d.history[1]!.period).toBe('8 May 1992 – 7 November 2020');
    expect(d.history[1]!.statement.text).toMatch(/^Held by Nagorno-Karabakh/);
  });

  it('gives the recognised status and the area, each with its sources', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2019-06-01'))!;
    expect(d.facts).toContainEqual({
      text: 'Shusha is internationally recognised as part of Azerbaijan.',
      sources: ['src-recog-az'],
    });
    const areaFact = d.facts.find((f) => f.text.startsWith('Area'));
    expect(areaFact?.text).toContain('about 290 km²');
    expect(areaFact?.sources).toEqual(['src-zones']);
  });

  it('leaves the area out when the outline has no source', () => {
    const d = detailsOf(
      { kind: 'zone', id: 'shusha' },
      { ...data, geometrySources: { pieces: [] } },
      options('2019-06-01'),
    )!;
    expect(d.facts.some((f) => f.text.startsWith('Area'))).toBe(false);
  });

  it('lists the events about the zone by date', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2019-06-01'))!;
    expect(d.events.map((e) => e.id)).toEqual(['shusha-1992', 'shusha-2020']);
  });

  it('titles by the naming convention and lists the other names and scripts', () => {
    const d = detailsOf(
      { kind: 'zone', id: 'shusha' },
      data,
      options('2019-06-01', { convention: 'hy' }),
    )!;
    expect(d.title).toBe('Shushi');
    const names = d.names.map((n) => n.name);
    expect(names).toContain('Shusha');
    expect(names).toContain('Շուշի');
    expect(names).toContain('Şuşa');
    expect(names).not.toContain('Shushi');
    expect(d.names.find((n) => n.name === 'Շուշի')?.lang).toBe('hy');
  });

  it('makes no control claim when only an earlier period of the run has sources', () => {
    const piece = square('p', 'AZ', 10, 10, [
      entry('1988-01-01', '2000-01-01', 'NKR', ['s1']),
      entry('2000-01-01', null, 'NKR', []),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      { ...data, pieces: [piece] },
      options('2010-01-01'),
    )!;
    expect(d.control).toBeNull();
  });

  it('writes the start of the run as precisely as it is known', () => {
    const piece = square('p', 'AZ', 10, 10, [
      { ...entry('1988-01-01', '1993-04-01', 'AZ', ['s1']), period: 'p@1' },
      { ...entry('1993-04-01', null, 'NKR', ['s2']), period: 'p@2' },
    ]);
    const period = (id: string, from: string, to: string | null, precision: 'day' | 'month') => ({
      id,
      zone: 'p',
      name: 'p',
      names: {},
      controller: 'AZ' as const,
      from,
      to,
      datePrecision: { from: precision, to: null },
      sources: ['s'],
      confidence: 'high' as const,
    });
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      {
        ...data,
        pieces: [piece],
        controlPeriods: [
          period('p@1', '1988-01-01', '1993-04-01', 'day'),
          period('p@2', '1993-04-01', null, 'month'),
        ],
      },
      options('2000-01-01'),
    )!;
    expect(d.control?.sinceLabel).toBe('since April 1993');
    expect(d.history[1]?.period).toBe('since April 1993');
  });

  it('drops unsourced periods instead of showing them', () => {
    const piece = square('p', 'AZ', 10, 10, [
      entry('1988-01-01', '2000-01-01', 'AZ', ['s1']),
      entry('2000-01-01', null, 'NKR', []),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      { ...data, pieces: [piece] },
      options('2010-01-01'),
    )!;
    expect(d.control).toBeNull();
    expect(d.history.map((h) => h.from)).toEqual(['1988-01-01']);
  });

  it('is null for an unknown id', () => {
    expect(detailsOf({ kind: 'zone', id: 'atlantis' }, data, options('2019-06-01'))).toBeNull();
    expect(detailsOf({ kind: 'event', id: 'nope' }, data, options('2019-06-01'))).toBeNull();
  });
});

describe('place details', () => {
  it('finds the piece containing the place', () => {
    expect(pieceAt(data.pieces, 46.75, 39.76)?.properties.piece).toBe('shusha');
    expect(pieceAt(data.pieces, 0, 0)).toBeUndefined();
  });

  it('says who held the place through its piece', () => {
    const d = detailsOf({ kind: 'place', id: 'shusha' }, data, options('2019-06-01'))!;
    expect(d.kindLabel).toBe('Town');
    expect(d.control?.controller).toBe('NKR');
    expect(d.history).toHaveLength(3);
    expect(d.within).toEqual({ selection: { kind: 'zone', id: 'shusha' }, label: 'Shusha' });
    expect(d.dayLabel).toBe('1 June 2019');
    // 11,474 days from 1988-01-01 to 2019-06-01 out of 13,788 days in the covered range.
    expect(d.dayPosition).toBeCloseTo(11474 / 13788, 6);
    expect(d.events.map((e) => e.id)).toEqual(['shusha-1992', 'shusha-2020']);
  });

  it('has no control statement outside the pieces', () => {
    const d = detailsOf({ kind: 'place', id: 'islamabad' }, data, options('2019-06-01'))!;
    expect(d.control).toBeNull();
    expect(d.facts.map((f) => f.text)).toContain('Islamabad is the capital of Pakistan.');
  });
});

describe('country details', () => {
  it('lists the parts of Azerbaijan held by others on the day', () => {
    const d = detailsOf({ kind: 'country', id: 'AZ' }, data, options('2019-06-01'))!;
    expect(d.heldByOthers).toHaveLength(1);
    expect(d.heldByOthers[0]!.controller).toBe('NKR');
    expect(d.heldByOthers[0]!.pieces.map((p) => p.selection.id)).toEqual(['shusha']);
    expect(d.heldByOthers[0]!.statement.sources).toEqual(['src-1992']);
    expect(d.heldByOthers[0]!.statement.text).toBe(
      "One zone of Azerbaijan held by Nagorno-Karabakh Republic / Artsakh (de facto) on this day, about 290 km² on the atlas's outlines (listed below).",
    );
    expect(
      detailsOf({ kind: 'country', id: 'AZ' }, data, options('2024-01-01'))!.heldByOthers,
    ).toEqual([]);
  });

  it('computes the area from the geometry', () => {
    const d = detailsOf({ kind: 'country', id: 'XX' }, data, options('2019-06-01'))!;
    // A 1° x 1° cell at the equator on a sphere of radius 6371.0088 km is about 12,364 km².
    expect(d.facts.find((f) => f.text.startsWith('Area'))?.text).toContain('about 12,360 km²');
  });

  it('gives the recognition rule and independence on the day', () => {
    const d = detailsOf({ kind: 'country', id: 'AM' }, data, options('2019-06-01'))!;
    const texts = d.facts.map((f) => f.text);
    expect(texts).toContain('Independent state since 21 September 1991.');
    expect(texts).toContain('Recognised by every UN member state except Pakistan on this day.');
    expect(detailsOf({ kind: 'country', id: 'AM' }, data, options('1990-01-01'))!.title).toBe(
      'Armenia (Armenian SSR)',
    );
  });

  it('gives the relation history with the focus country', () => {
    const before = detailsOf(
      { kind: 'country', id: 'AM' },
      data,
      options('2020-01-01', { focus: 'PK' }),
    )!;
    expect(before.relation?.focusName).toBe('Pakistan');
    expect(before.relation?.now?.text).toBe('On this day: Pakistan did not recognise Armenia.');
    expect(before.relation?.segments.map((s) => s.status)).toEqual([
      'non-recognition',
      'relations',
    ]);
    expect(before.relation?.segments.map((s) => s.current)).toEqual([true, false]);
    // 1991-09-21 is 1,359 days into the 13,788-day range; the open period runs to the end.
    expect(before.relation?.segments[0]?.start).toBeCloseTo(1359 / 13788, 6);
    expect(before.relation?.segments[1]?.end).toBe(1);
    const after = detailsOf(
      { kind: 'country', id: 'AM' },
      data,
      options('2025-09-15', { focus: 'PK' }),
    )!;
    expect(after.relation?.now?.sources).toEqual(['src-tianjin']);
    const early = detailsOf(
      { kind: 'country', id: 'AM' },
      data,
      options('1990-01-01', { focus: 'PK' }),
    )!;
    expect(early.relation?.now?.text).toContain('Armenia was not yet independent');
  });

  it('falls back on the world recognition rule for states the pairs do not follow', () => {
    const d = detailsOf(
      { kind: 'country', id: 'US' },
      data,
      options('2020-01-01', { focus: 'AM' }),
    )!;
    expect(d.relation?.segments).toEqual([]);
    expect(d.relation?.now?.text).toBe(
      'On this day United States recognised Armenia (diplomatic relations between the two are not followed in this atlas).',
    );
    expect(d.relation?.now?.sources).toEqual(['src-rule']);
    // The rule ends on 2025-08-31 in the fixture: nothing is claimed after it.
    expect(
      detailsOf({ kind: 'country', id: 'US' }, data, options('2025-09-15', { focus: 'AM' }))!
        .relation,
    ).toBeNull();
  });

  it('makes no control claim for a whole country', () => {
    expect(
      detailsOf({ kind: 'country', id: 'AZ' }, data, options('2019-06-01'))!.control,
    ).toBeNull();
  });

  it('has no relation section without a focus or for the focus itself', () => {
    expect(
      detailsOf({ kind: 'country', id: 'AM' }, data, options('2020-01-01'))!.relation,
    ).toBeNull();
    expect(
      detailsOf({ kind: 'country', id: 'PK' }, data, options('2020-01-01', { focus: 'PK' }))!
        .relation,
    ).toBeNull();
  });
});

describe('event details', () => {
  it('gives date, place, summary, sourced readings and links', () => {
    const d = detailsOf({ kind: 'event', id: 'shusha-1992' }, data, options('2019-06-01'))!;
    expect(d.title).toBe('Capture of Shusha');
    expect(d.event?.dateLabel).toBe('8 May 1992 – 9 May 1992');
    expect(d.event?.place?.selection).toEqual({ kind: 'place', id: 'shusha' });
    expect(d.event?.summary.sources).toEqual(['src-1992']);
    expect(d.event?.readings.map((r) => r.text)).toEqual(['One reading.']);
    expect(d.event?.concerns.map((c) => `${c.selection.kind}:${c.selection.id}`)).toEqual([
      'country:AZ',
      'country:AM',
      'zone:shusha',
    ]);
  });

  it('labels dates by precision', () => {
    expect(eventDateLabel({ date: '1993-04-01', datePrecision: 'month' })).toBe('April 1993');
    expect(eventDateLabel({ date: '2002-01-01', datePrecision: 'year' })).toBe('2002');
    expect(
      eventDateLabel({ date: '2020-11-09', datePrecision: 'day', endDate: '2020-11-10' }),
    ).toBe('9 November 2020');
  });
});

describe('sourcing', () => {
  it('produces no statement without sources, for every kind of selection', () => {
    const day = options('2019-06-01', { focus: 'PK' });
    expectAllSourced(detailsOf({ kind: 'zone', id: 'shusha' }, data, day));
    expectAllSourced(detailsOf({ kind: 'place', id: 'shusha' }, data, day));
    expectAllSourced(detailsOf({ kind: 'country', id: 'AZ' }, data, day));
    expectAllSourced(detailsOf({ kind: 'country', id: 'AM' }, data, day));
    expectAllSourced(detailsOf({ kind: 'event', id: 'shusha-1992' }, data, day));
  });

  it('numbers the cited sources in order of first appearance', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, data, options('2019-06-01'))!;
    expect(citedSources(d)).toEqual([
      'src-1992',
      'src-recog-az',
      'src-zones',
      'src-ssr',
      'src-2020',
    ]);
  });
});

describe('coordinates', () => {
  it('names the hemispheres', () => {
    expect(coordinates(39.75806, 46.74806)).toBe('39.758° N, 46.748° E');
    expect(coordinates(38.895, -77.0366)).toBe('38.895° N, 77.037° W');
    expect(coordinates(-33.9, 18.4)).toBe('33.900° S, 18.400° E');
  });
});

describe('otherNames', () => {
  it('does not repeat names', () => {
    const names = otherNames(
      { name: 'Lachin', names: { az: 'Lachin', hy: 'Berdzor' }, native: { hy: 'Բերձոր' } },
      'az',
    );
    expect(names.map((n) => n.name)).toEqual(['Berdzor', 'Բերձոր']);
  });
});
