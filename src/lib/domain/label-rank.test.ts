import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelRanks } from './label-rank';
import type { Place } from './places';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8'));
const places = read('places.json') as Place[];
const eventPlaces = (
  read('events.geojson') as { features: { properties: { place: string } }[] }
).features.map((f) => f.properties.place);
const ranks = labelRanks(places, eventPlaces);
const rank = (id: string) => {
  const r = ranks.get(id);
  if (r === undefined) throw new Error(`no place ${id}`);
  return r;
};
const ofKind = (kind: Place['kind']) => places.filter((p) => p.kind === kind).map((p) => p.id);
const eventless = (kind: Place['kind']) => ofKind(kind).filter((id) => !eventPlaces.includes(id));

describe('labelRanks on the published data', () => {
  it('ranks every place', () => {
    expect(ranks.size).toBe(places.length);
  });

  it('puts the de facto capitals before every town and village, and after the capitals', () => {
    const defacto = ofKind('de-facto-capital');
    expect(defacto.sort()).toEqual(['stepanakert', 'sukhumi', 'tskhinvali']);
    for (const capital of defacto) {
      for (const id of [...ofKind('town'), ...ofKind('village')]) {
        expect(rank(capital), `${capital} before ${id}`).toBeLessThan(rank(id));
      }
      for (const id of ofKind('capital')) expect(rank(id)).toBeLessThan(rank(capital));
    }
  });

  it('puts the towns and villages events happen at before the others', () => {
    const withEvents = [...ofKind('town'), ...ofKind('village')].filter((id) =>
      eventPlaces.includes(id),
    );
    // Shusha, Martakert, Lachin … (events.geojson, `place`).
    expect(withEvents).toContain('shusha');
    expect(withEvents).toContain('martakert');
    for (const id of withEvents) {
      for (const other of [...eventless('town'), ...eventless('village')]) {
        expect(rank(id), `${id} before ${other}`).toBeLessThan(rank(other));
      }
    }
    for (const town of eventless('town')) {
      for (const village of eventless('village')) {
        expect(rank(town)).toBeLessThan(rank(village));
      }
    }
  });
});

describe('labelRanks', () => {
  const place = (id: string, kind: Place['kind']): Place => ({
    id,
    kind,
    country: 'AZ',
    name: id,
    names: {},
    native: {},
    lat: 0,
    lon: 0,
    sources: [],
  });

  it('orders places of one tier by how many events they have', () => {
    const r = labelRanks(
      [place('a', 'village'), place('b', 'town'), place('c', 'village')],
      ['a', 'a', 'b', null, undefined],
    );
    expect(r.get('a')!).toBeLessThan(r.get('b')!);
    expect(r.get('b')!).toBeLessThan(r.get('c')!);
  });
});
