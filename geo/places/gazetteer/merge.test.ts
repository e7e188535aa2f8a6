import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place, Town } from '../../../src/lib/domain/places';
import type { GazetteerTown } from './extract';
import {
  MATCH_KM,
  type TownRecord,
  VILLAGE_MATCH_KM,
  classOf,
  distanceKm,
  mergeGazetteer,
  villagesBesideRegistry,
} from './merge';

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

  it('leaves out a gazetteer town that is a checked village, by name within 3 km or 1 km away', () => {
    const village = {
      id: 'village-karmir-shuka',
      class: 'village' as const,
      country: 'AZ' as const,
      lat: 39.67583,
      lon: 46.94861,
      name: 'Karmir Shuka / Girmizi Bazar',
      names: { hy: 'Karmir Shuka' },
      native: { az: 'Qırmızı Bazar' },
      district: 'Khojavend',
      sources: ['vil-karmir-shuka'],
    };
    const merged = mergeGazetteer(
      [],
      [town('Qırmızı Bazar', 39.69, 46.95), town('Other', 39.676, 46.949), town('Far', 39.7, 46.9)],
      [village],
    );
    expect(merged.matched.map((m) => [m.town.name, m.place, m.by])).toEqual([
      ['Qırmızı Bazar', 'village-karmir-shuka', 'name'],
      ['Other', 'village-karmir-shuka', 'distance'],
    ]);
    expect(merged.towns.map((t) => t.geonamesName)).toEqual(['Far']);
    // A checked village that is a registry place is left to the registry.
    const registry = [{ ...place('chocuq-marjanli', 39.39111, 47.29806), name: 'Chocuq Marjanli' }];
    const beside = villagesBesideRegistry(registry, [
      { ...village, id: 'village-cocuq', lat: 39.3925, lon: 47.29667 },
      village,
    ]);
    expect(beside.matched).toEqual([{ village: 'village-cocuq', place: 'chocuq-marjanli' }]);
    expect(beside.villages.map((v) => v.id)).toEqual(['village-karmir-shuka']);
  });

  it('publishes no town that duplicates a registry place', () => {
    const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
    const places = read('public/data/places.json') as Place[];
    const records = read('public/data/towns.json') as Town[];
    const towns = records.filter((t): t is TownRecord => t.class !== 'village');
    expect(towns.length).toBeGreaterThan(500);
    const close = towns.filter((t) => places.some((p) => distanceKm(p, t) <= MATCH_KM));
    expect(close).toEqual([]);
    // The checked villages lie closer together: Dashalty is 1.9 km from Shusha's centre.
    const villages = records.filter((t) => t.class === 'village');
    const twice = villages.filter((v) => places.some((p) => distanceKm(p, v) <= VILLAGE_MATCH_KM));
    expect(twice).toEqual([]);
    expect(new Set(records.map((t) => t.id)).size).toBe(records.length);
  });
});
