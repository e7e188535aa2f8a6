import { describe, expect, it } from 'vitest';
import { normalizeText, type Place, placeName, searchEntries } from './places';

function place(
  id: string,
  name: string,
  names: Place['names'] = {},
  native: Place['native'] = {},
): Place {
  return { id, kind: 'town', country: 'AZ', name, names, native, lat: 0, lon: 0, sources: ['s'] };
}

const lachin = place('lachin', 'Lachin', { hy: 'Berdzor', az: 'Lachin' });
const shusha = place(
  'shusha',
  'Shusha',
  { hy: 'Shushi', az: 'Shusha' },
  { hy: 'Շուշի', az: 'Şuşa' },
);
const sus = place('sus', 'Sus', {}, { hy: 'Սուս' });
const stepanakert = place('stepanakert', 'Stepanakert', { az: 'Khankendi' }, { az: 'Xankəndi' });
const places = [shusha, lachin, sus, stepanakert];
const events = [
  { id: 'lachin-1992', title: 'Lachin comes under Armenian control', place: 'lachin' },
  {
    id: 'lachin-handover-2020',
    title: 'Lachin district handed over to Azerbaijan',
    place: 'lachin',
  },
  { id: 'zabukh-2022', title: 'Villages of the corridor change hands', place: 'lachin' },
  { id: 'shusha-2020', title: 'Shusha comes under Azerbaijani control', place: 'shusha' },
];

describe('placeName', () => {
  it('uses each convention and falls back to the international name', () => {
    expect(placeName(lachin, 'intl')).toBe('Lachin');
    expect(placeName(lachin, 'hy')).toBe('Berdzor');
    expect(placeName(shusha, 'az')).toBe('Shusha');
    expect(placeName(sus, 'hy')).toBe('Sus');
  });
});

describe('normalizeText', () => {
  it('drops case and diacritics and folds ə and ı', () => {
    expect(normalizeText('Xankəndi')).toBe('xankendi');
    expect(normalizeText('Qubadlı')).toBe('qubadli');
    expect(normalizeText('Füzuli')).toBe('fuzuli');
    expect(normalizeText('  Şuşa! ')).toBe('susa');
    expect(normalizeText('Washington, D.C.')).toBe('washington d c');
  });
});

describe('searchEntries', () => {
  it('finds the Lachin place first, then the Lachin events', () => {
    const results = searchEntries('Lachin', places, events);
    expect(results[0]).toMatchObject({ kind: 'place', id: 'lachin', rank: 0 });
    expect(results.slice(1).map((r) => r.id)).toEqual([
      'lachin-1992',
      'lachin-handover-2020',
      'zabukh-2022',
    ]);
  });
  it('finds Lachin by its Armenian name, and the events there after it', () => {
    const results = searchEntries('berdzor', places, events);
    expect(results[0]).toMatchObject({ kind: 'place', id: 'lachin', matched: 'Berdzor' });
    expect(results.filter((r) => r.kind === 'event').every((r) => r.rank === 4)).toBe(true);
  });
  it('ranks an exact match before prefixes', () => {
    const results = searchEntries('sus', places, events);
    expect(results[0]).toMatchObject({ id: 'sus', rank: 0 });
    expect(results.map((r) => r.id)).not.toContain('lachin');
  });
  it('matches without diacritics and in native scripts', () => {
    expect(searchEntries('xankendi', places, events)[0]?.id).toBe('stepanakert');
    expect(searchEntries('Շուշի', places, events)[0]?.id).toBe('shusha');
  });
  it('finds nothing for an empty query and honours the limit', () => {
    expect(searchEntries('  ', places, events)).toEqual([]);
    expect(searchEntries('a', places, events, 2)).toHaveLength(2);
  });
});
