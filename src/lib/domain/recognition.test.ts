import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import {
  type EntityRecord,
  type RecognitionRecord,
  isEntityId,
  recognitionIndexOf,
  recognitionOn,
  recognitionStatuses,
  recognitionsBy,
} from './recognition';
import { type RelationsData, relationsIndexOf, relationsOfFocus } from './relations';

// Hand-written fixtures: two entities and a few records, dates chosen for the edges.
const entities: EntityRecord[] = [
  {
    id: 'ABK',
    name: 'Abkhazia',
    withinState: 'GE',
    from: '1994-11-26',
    to: null,
    datePrecision: 'day',
    sources: ['s'],
  },
  {
    id: 'NKR',
    name: 'Nagorno-Karabakh Republic / Artsakh',
    withinState: 'AZ',
    from: '1992-01-06',
    to: '2024-01-01',
    datePrecision: 'day',
    sources: ['s'],
    noRecognition: { note: 'none', sources: ['s'] },
  },
];
const base = { datePrecision: 'day' as const, sources: ['s'], confidence: 'high' as const };
const records: RecognitionRecord[] = [
  { ...base, subject: 'ABK', by: 'TV', from: '2011-09-18', to: '2014-03-31' },
  { ...base, subject: 'ABK', by: 'RU', from: '2008-08-26', to: null },
  { ...base, subject: 'ABK', by: 'VU', from: '2011-05-23', to: '2013-07-12' },
];
const index = recognitionIndexOf({ entities, recognitions: records });
const byOn = (iso: string) =>
  recognitionOn(index, 'ABK', toDay(iso))
    .recognising.map((r) => r.by)
    .sort();

describe('recognitionOn', () => {
  it('Tuvalu recognises Abkhazia on 2012-01-01 and no longer on 2014-03-31 (to is exclusive)', () => {
    expect(byOn('2012-01-01')).toEqual(['RU', 'TV', 'VU']);
    expect(byOn('2014-03-30')).toEqual(['RU', 'TV']);
    expect(byOn('2014-03-31')).toEqual(['RU']);
  });

  it('counts a recognition from its first day, not the day before', () => {
    expect(byOn('2008-08-25')).toEqual([]);
    expect(byOn('2008-08-26')).toEqual(['RU']);
  });

  it('lists the withdrawals made before the day', () => {
    const withdrawn = (iso: string) =>
      recognitionOn(index, 'ABK', toDay(iso)).withdrawn.map((r) => r.by);
    expect(withdrawn('2013-07-11')).toEqual([]);
    expect(withdrawn('2013-07-12')).toEqual(['VU']);
    expect(withdrawn('2015-01-01')).toEqual(['VU', 'TV']);
  });

  it('says whether the entity existed on the day', () => {
    expect(recognitionOn(index, 'NKR', toDay('2023-12-31')).exists).toBe(true);
    expect(recognitionOn(index, 'NKR', toDay('2024-01-01')).exists).toBe(false);
    expect(recognitionOn(index, 'NKR', toDay('1991-12-31')).exists).toBe(false);
    expect(recognitionOn(index, 'NKR', toDay('2000-01-01')).recognising).toEqual([]);
  });
});

describe('recognitionStatuses', () => {
  it('colours recognisers, every other state, and nothing when the entity did not exist', () => {
    const codes = ['RU', 'TV', 'GE', 'FR'];
    const on = (entity: 'ABK' | 'NKR', iso: string) =>
      Object.fromEntries(recognitionStatuses(index, entity, toDay(iso), codes));
    expect(on('ABK', '2012-06-01')).toEqual({
      RU: 'recognises',
      TV: 'recognises',
      GE: 'does-not-recognise',
      FR: 'does-not-recognise',
    });
    expect(on('ABK', '2015-01-01').TV).toBe('does-not-recognise');
    expect(on('NKR', '2010-01-01')).toEqual({
      RU: 'does-not-recognise',
      TV: 'does-not-recognise',
      GE: 'does-not-recognise',
      FR: 'does-not-recognise',
    });
    expect(on('NKR', '2024-06-01').RU).toBe('no-data');
  });
});

describe('recognitionsBy and isEntityId', () => {
  it("gives one state's records about one entity", () => {
    expect(recognitionsBy(index, 'ABK', 'TV').map((r) => r.from)).toEqual(['2011-09-18']);
    expect(recognitionsBy(index, 'ABK', 'FR')).toEqual([]);
  });

  it('knows the three entity ids and nothing else', () => {
    expect(['ABK', 'OSS', 'NKR', 'GE', 'ab', null].map(isEntityId)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('relationsOfFocus with an entity in focus, on the published data', () => {
  const published = relationsIndexOf(
    JSON.parse(
      readFileSync(new URL('../../../public/data/relations.json', import.meta.url), 'utf8'),
    ) as RelationsData,
  );
  const codes = ['RU', 'NI', 'VE', 'NR', 'TV', 'VU', 'SY', 'GE', 'AM', 'FR'];
  const recognisers = (focus: string, iso: string) =>
    [...relationsOfFocus(published, focus, toDay(iso), codes)]
      .filter(([, status]) => status === 'recognises')
      .map(([code]) => code)
      .sort();

  it('follows the dated recognitions of Abkhazia and South Ossetia', () => {
    expect(recognisers('ABK', '2008-08-25')).toEqual([]);
    expect(recognisers('ABK', '2008-09-01')).toEqual(['RU']);
    expect(recognisers('ABK', '2012-06-01')).toEqual(['NI', 'NR', 'RU', 'TV', 'VE', 'VU']);
    expect(recognisers('OSS', '2012-06-01')).toEqual(['NI', 'NR', 'RU', 'TV', 'VE']);
    expect(recognisers('ABK', '2015-01-01')).toEqual(['NI', 'NR', 'RU', 'VE']);
    expect(recognisers('OSS', '2025-09-30')).toEqual(['NI', 'NR', 'RU', 'SY', 'VE']);
  });

  it('shows no UN member recognising the Nagorno-Karabakh Republic', () => {
    expect(recognisers('NKR', '2010-01-01')).toEqual([]);
    expect(relationsOfFocus(published, 'NKR', toDay('2010-01-01'), ['AM']).get('AM')).toBe(
      'does-not-recognise',
    );
  });
});
