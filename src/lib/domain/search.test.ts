import { describe, expect, it } from 'vitest';
import type { ControlPieceProperties } from './control';
import type { EventProperties } from './events';
import type { Place } from './places';
import { type SearchEntry, buildSearchEntries, rankEntries } from './search';

const entries: SearchEntry[] = [
  { kind: 'zone', id: 'lachin-corridor-2020', label: 'Lachin corridor (2020)', keywords: [] },
  { kind: 'zone', id: 'lachin', label: 'Lachin', keywords: ['Berdzor', 'Laçın', 'Բերձոր'] },
  {
    kind: 'event',
    id: 'lachin-returned',
    label: 'Return of the Lachin district',
    keywords: [],
    context: ['Lachin'],
  },
  { kind: 'event', id: 'battle', label: 'Battle at the pass', keywords: [], context: ['Lachin'] },
  { kind: 'place', id: 'shusha', label: 'Shusha', keywords: ['Shushi', 'Şuşa', 'Շուշի'] },
  { kind: 'country', id: 'AZ', label: 'Azerbaijan', keywords: ['AZ'] },
];

const ids = (query: string, limit?: number) =>
  rankEntries(query, entries, limit).map((r) => r.entry.id);

describe('rankEntries', () => {
  it('ranks the exact name first, then prefixes, then word matches, then context', () => {
    expect(ids('Lachin')).toEqual(['lachin', 'lachin-corridor-2020', 'lachin-returned', 'battle']);
  });

  it('ignores case and diacritics', () => {
    expect(ids('LACIN')).toEqual(['lachin']);
    expect(ids('susa')).toEqual(['shusha']);
    expect(ids('Şuşa')).toEqual(['shusha']);
  });

  it('matches every convention and script', () => {
    expect(ids('berdz')).toEqual(['lachin']);
    expect(ids('Բերձ')).toEqual(['lachin']);
    expect(rankEntries('shushi', entries)[0]?.matched).toBe('Shushi');
  });

  it('prefers a label match over an equal keyword match', () => {
    const list: SearchEntry[] = [
      { kind: 'place', id: 'b', label: 'Other', keywords: ['Ganja'] },
      { kind: 'place', id: 'a', label: 'Ganja', keywords: [] },
    ];
    expect(rankEntries('ganja', list).map((r) => r.entry.id)).toEqual(['a', 'b']);
  });

  it('finds nothing for an empty query and caps the list', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ')).toEqual([]);
    expect(ids('a', 2)).toHaveLength(2);
    const many = Array.from({ length: 20 }, (_, i): SearchEntry => ({
      kind: 'place',
      id: `p${i}`,
      label: `Place ${i}`,
      keywords: [],
    }));
    expect(rankEntries('place', many)).toHaveLength(8);
  });
});

describe('buildSearchEntries', () => {
  const piece = (id: string, name: string, names = {}): ControlPieceProperties => ({
    piece: id,
    state: 'AZ',
    name,
    names,
    native: {},
    timeline: [],
    areaKm2: 1,
  });
  const byId = <T>(key: (value: T) => string, values: T[]) =>
    new Map(values.map((v) => [key(v), v]));
  const place: Place = {
    id: 'lachin',
    kind: 'town',
    country: 'AZ',
    name: 'Lachin',
    names: { hy: 'Berdzor' },
    native: { hy: 'Բերձոր' },
    lat: 39.64,
    lon: 46.55,
    sources: ['s'],
  };
  const event: EventProperties = {
    id: 'ev',
    date: '2022-08-26',
    datePrecision: 'day',
    title: 'Handover of the town',
    summary: '…',
    kind: 'control',
    concerns: { countries: [], zones: [], places: [] },
    place: 'lachin',
    sources: ['s'],
    confidence: 'high',
  };
  const built = buildSearchEntries(
    {
      countries: byId((c) => c.iso, [{ iso: 'AZ', name: 'Azerbaijan' }]),
      pieces: byId(
        (p) => p.piece,
        [piece('rest-AZ', 'Rest of Azerbaijan'), piece('lachin', 'Lachin', { hy: 'Berdzor' })],
      ),
      places: byId((p) => p.id, [place]),
      events: byId((e) => e.id, [event]),
    },
    'hy',
  );

  it('lists countries, zones, places and events but not the rest-of-state pieces', () => {
    expect(built.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'country:AZ',
      'zone:lachin',
      'place:lachin',
      'event:ev',
    ]);
  });

  it('labels in the naming convention and finds by the others', () => {
    expect(built.find((e) => e.kind === 'place')?.label).toBe('Berdzor');
    expect(built.find((e) => e.kind === 'place')?.keywords).toContain('Lachin');
    expect(built.find((e) => e.kind === 'event')?.sublabel).toBe('Event, 26 August 2022, Berdzor');
    expect(rankEntries('Lachin', built).map((r) => `${r.entry.kind}:${r.entry.id}`)).toEqual([
      'zone:lachin',
      'place:lachin',
      'event:ev',
    ]);
  });
});
