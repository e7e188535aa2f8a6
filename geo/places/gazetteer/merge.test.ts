import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/lib/domain/places';
import type { GazetteerTown } from './extract';
import { MATCH_KM, type TownRecord, classOf, distanceKm, mergeGazetteer } from './merge';

const root = join(__dirname, '..', '..', '..');

function place(id: string, lat: number, lon: number, names: Place['names'] = {}): Place {
  return { id, kind: 'town', country: 'AZ', name: id, names, native: {}, lat, lon, sources: [] };
}

function town(name: string, lat: number, lon: number, featureCode = 'PPL'): GazetteerTown {
  return { geonamesId: Math.round(lat * 1000), name, country: 'AM', featureCode, lat, lon };
}

describe('merging the gazetteer into the place registry', () => {
  it('leaves out a town within 2 km of a registry place, whatever GeoNames calls it', () => {
    const merged = mergeGazetteer(
      [place('stepanakert', 39.8153, 46.7519)],
      [town('Xankandi', 39.8177, 46.7528)],
    );
    expect(merged.towns).toEqual([]);
    expect(merged.matched.map((m) => [m.place, m.by])).toEqual([['stepanakert', 'distance']]);
  });

  it('takes the nearest of two registry places within 2 km', () => {
    const registry = [place('a', 39.65, 46.56), place('b', 39.6405, 46.547)];
    const merged = mergeGazetteer(registry, [town('C', 39.6392, 46.5461)]);
    expect(merged.matched.map((m) => m.place)).toEqual(['b']);
  });

  it('takes a registry place of the same name within 10 km before a nearer other one', () => {
    const registry = [
      place('zabukh', 39.58972, 46.54333),
      { ...place('lachin', 39.64083, 46.54694), native: { az: 'Laçın' } },
    ];
    const merged = mergeGazetteer(registry, [town('Laçın', 39.59881, 46.55045)]);
    expect(merged.matched.map((m) => [m.place, m.by])).toEqual([['lachin', 'name']]);
  });

  it('matches a registry name a few km off, but not a namesake far away', () => {
    const registry = [place('khojavend', 39.795, 47.113, { hy: 'Martuni' })];
    const merged = mergeGazetteer(registry, [
      town('Martuni', 39.83, 47.16),
      town('Martuni', 40.139, 45.305),
    ]);
    expect(merged.matched.map((m) => m.by)).toEqual(['name']);
    expect(merged.towns.map((t) => t.lat)).toEqual([40.139]);
  });

  it('ranks by the administrative class, not by population', () => {
    expect(['PPLC', 'PPLA', 'PPLA2', 'PPL'].map(classOf)).toEqual([
      'capital',
      'regional-centre',
      'regional-centre',
      'town',
    ]);
  });

  it('publishes no town that duplicates a registry place', () => {
    const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
    const places = read('public/data/places.json') as Place[];
    const towns = read('public/data/towns.json') as TownRecord[];
    expect(towns.length).toBeGreaterThan(500);
    const close = towns.filter((t) => places.some((p) => distanceKm(p, t) <= MATCH_KM));
    expect(close).toEqual([]);
    expect(new Set(towns.map((t) => t.id)).size).toBe(towns.length);
  });
});
