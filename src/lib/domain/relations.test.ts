import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import {
  type FocusStatus,
  type PairLookup,
  type RelationsData,
  historyOfPair,
  isRelationPeriod,
  relationOn,
  relationsIndexOf,
  relationsOfFocus,
} from './relations';

// The published file, as the app loads it.
const data = relationsIndexOf(
  JSON.parse(
    readFileSync(new URL('../../../public/data/relations.json', import.meta.url), 'utf8'),
  ) as RelationsData,
);
const FOLLOWED = ['AM', 'AZ', 'GE', 'PK', 'TR', 'IR', 'RU', 'IN', 'CN', 'US'];

/** The status on a day, or the tag when there is no period. */
function statusOn(a: string, b: string, iso: string): string {
  const found: PairLookup = relationOn(data, a, b, toDay(iso));
  return isRelationPeriod(found) ? found.status : found.kind;
}

describe('relationOn, on dates from the sources', () => {
  it('Pakistan did not recognise Armenia until the Tianjin communiqué of 31 August 2025', () => {
    const before = relationOn(data, 'PK', 'AM', toDay('2020-01-01'));
    expect(isRelationPeriod(before) && before.status).toBe('non-recognition');
    expect(isRelationPeriod(before) && before.notRecognisedBy).toBe('PK');
    expect(statusOn('AM', 'PK', '2025-08-30')).toBe('non-recognition');
    expect(statusOn('AM', 'PK', '2025-08-31')).toBe('relations');
    expect(statusOn('PK', 'AM', '2025-09-15')).toBe('relations');
  });

  it('Georgia broke off relations with Russia on 29 August 2008', () => {
    expect(statusOn('GE', 'RU', '2008-08-28')).toBe('relations');
    expect(statusOn('GE', 'RU', '2008-08-29')).toBe('no-relations');
    expect(statusOn('RU', 'GE', '2020-01-01')).toBe('no-relations');
  });

  it('Azerbaijan and Türkiye became allies with the Shusha Declaration of 15 June 2021', () => {
    expect(statusOn('AZ', 'TR', '2021-06-14')).toBe('strategic-partnership');
    expect(statusOn('AZ', 'TR', '2021-06-15')).toBe('alliance');
    expect(statusOn('TR', 'AZ', '1992-01-13')).toBe('no-relations');
    expect(statusOn('TR', 'AZ', '1992-01-14')).toBe('relations');
  });

  it('Armenia and Azerbaijan never have relations after independence, even in the CST years', () => {
    expect(statusOn('AM', 'AZ', '1991-10-17')).toBe('not-independent');
    for (let day = toDay('1991-10-18'); day <= toDay('2025-09-30'); day += 97) {
      const found = relationOn(data, 'AZ', 'AM', day);
      expect(isRelationPeriod(found) && found.status).toBe('no-relations');
    }
    expect(statusOn('AM', 'AZ', '1996-01-01')).toBe('no-relations');
  });

  it('Armenia and Russia are allies in 1995 and still (with low confidence) after the 2024 freeze', () => {
    expect(statusOn('AM', 'RU', '1995-06-01')).toBe('alliance');
    const after = relationOn(data, 'RU', 'AM', toDay('2025-01-01'));
    expect(isRelationPeriod(after) && after.status).toBe('alliance');
    expect(isRelationPeriod(after) && after.confidence).toBe('low');
  });

  it('the Collective Security Treaty lapsed for Azerbaijan and Georgia on 20 April 1999', () => {
    expect(statusOn('AZ', 'RU', '1999-04-19')).toBe('alliance');
    expect(statusOn('AZ', 'RU', '1999-04-20')).toBe('relations');
    expect(statusOn('GE', 'AM', '1996-01-01')).toBe('alliance');
    expect(statusOn('GE', 'AM', '2000-01-01')).toBe('relations');
  });

  it('Iran and the United States have had no diplomatic relations since 1980', () => {
    expect(statusOn('US', 'IR', '1988-01-01')).toBe('no-relations');
    expect(statusOn('IR', 'US', '2025-09-30')).toBe('no-relations');
  });

  it('says not-independent before independence and no-data before a pair is documented', () => {
    expect(statusOn('AM', 'RU', '1991-09-20')).toBe('not-independent');
    expect(statusOn('AM', 'RU', '1992-04-02')).toBe('no-data');
    expect(statusOn('AM', 'RU', '1992-04-03')).toBe('relations');
    expect(statusOn('GE', 'US', '1991-06-01')).toBe('no-data');
  });

  it('says no-data for a state paired with itself or a state the dataset does not follow', () => {
    expect(statusOn('AM', 'AM', '2020-01-01')).toBe('no-data');
    expect(statusOn('AM', 'FR', '2020-01-01')).toBe('no-data');
  });

  it('is symmetric in a and b for every pair', () => {
    for (const a of FOLLOWED) {
      for (const b of FOLLOWED) {
        for (let day = toDay('1988-01-01'); day <= toDay('2025-09-30'); day += 365) {
          expect(relationOn(data, a, b, day)).toEqual(relationOn(data, b, a, day));
        }
      }
    }
  });
});

describe('historyOfPair', () => {
  it('returns the periods in order, the same for both orders of the pair', () => {
    const history = historyOfPair(data, 'PK', 'AM');
    expect(history.map((p) => [p.status, p.from, p.to])).toEqual([
      ['non-recognition', '1991-09-21', '2025-08-31'],
      ['relations', '2025-08-31', null],
    ]);
    expect(historyOfPair(data, 'AM', 'PK')).toEqual(history);
  });

  it('chains each period to the next', () => {
    const history = historyOfPair(data, 'RU', 'GE');
    expect(history.map((p) => p.status)).toEqual([
      'relations',
      'alliance',
      'relations',
      'no-relations',
    ]);
    for (let i = 0; i + 1 < history.length; i++) expect(history[i]!.to).toBe(history[i + 1]!.from);
  });

  it('is empty for a pair the dataset does not follow', () => {
    expect(historyOfPair(data, 'AM', 'FR')).toEqual([]);
  });
});

describe('relationsOfFocus', () => {
  const codes = ['AM', 'PK', 'FR', 'TW', 'TR', 'RU', 'AZ', 'US'];
  const colours = (focus: string, iso: string): Record<string, FocusStatus> =>
    Object.fromEntries(relationsOfFocus(data, focus, toDay(iso), codes));

  it('with Armenia in focus in 2020, Pakistan alone does not recognise it', () => {
    expect(colours('AM', '2020-01-01')).toEqual({
      AM: 'focus',
      PK: 'non-recognition',
      FR: 'recognised',
      TW: 'no-data',
      TR: 'no-relations',
      RU: 'alliance',
      AZ: 'no-relations',
      US: 'relations',
    });
  });

  it('with Armenia in focus after 31 August 2025, Pakistan has relations', () => {
    const after = colours('AM', '2025-09-15');
    expect(after.PK).toBe('relations');
    expect(after.FR).toBe('recognised');
    expect(after.US).toBe('strategic-partnership');
  });

  it('falls back on the world rule where a followed pair is not yet documented', () => {
    // Armenia-Russia relations start on 3 April 1992; the rule starts with UN admission.
    expect(colours('AM', '1992-03-10').RU).toBe('recognised');
    expect(colours('AM', '1992-01-01').FR).toBe('no-data');
  });

  it('before the focus was independent, everything is not-independent', () => {
    const before = colours('AM', '1991-01-01');
    expect(new Set(Object.values(before))).toEqual(new Set(['not-independent']));
  });

  it('with another focus, pairs come from the data and Armenia from its pair', () => {
    const turkey = colours('TR', '2020-01-01');
    expect(turkey.AM).toBe('no-relations');
    expect(turkey.US).toBe('alliance');
    expect(turkey.FR).toBe('no-data');
    expect(turkey.TR).toBe('focus');
    expect(colours('PK', '2020-01-01').AM).toBe('non-recognition');
  });

  it('with a focus outside the ten, only Armenia is coloured, by the rule', () => {
    const france = colours('FR', '2020-01-01');
    expect(france.AM).toBe('recognised');
    expect(france.PK).toBe('no-data');
    expect(france.FR).toBe('focus');
  });
});
