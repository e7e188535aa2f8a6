/**
 * The checked villages as published in public/data/towns.json: every row of
 * geo/control/villages.json, at its point, named in each convention, citing sources that
 * resolve, and never drawn twice beside a gazetteer town.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type CheckedVillage, type Place, type Town, placeName } from '../../src/lib/domain/places';
import type { NamingConvention } from '../../src/lib/domain/types';
import { REPO_ROOT, loadBibliography } from '../lib/bibliography';
import { VILLAGE_MATCH_KM, distanceKm, villagesBesideRegistry } from './gazetteer/merge';
import {
  type VillageRow,
  internationalName,
  loadVillageRows,
  namedApart,
  publishVillages,
  villageId,
} from './villages';

const read = <T>(path: string) => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as T;
const rows = loadVillageRows(REPO_ROOT);
const sources = loadBibliography(REPO_ROOT);
const towns = read<Town[]>('public/data/towns.json');
const places = read<Place[]>('public/data/places.json');
const published = towns.filter((t): t is CheckedVillage => t.class === 'village');
const pieces = read<FeatureCollection<Polygon | MultiPolygon, { piece: string; state: string }>>(
  'public/data/control-pieces.geojson',
);

/** The label a convention shows (the map's rule, placeName; Azerbaijani from native.az). */
const label = (v: CheckedVillage, c: NamingConvention) => placeName({ ...v, kind: 'village' }, c);

function row(overrides: Partial<VillageRow>): VillageRow {
  return {
    id: 'x',
    name: 'X',
    names: {},
    native: {},
    district: 'Agdam',
    lat: 40,
    lon: 47,
    coordSource: { url: 'https://example.org/x', title: 'X' },
    cases: [],
    ...overrides,
  };
}

describe('the checked villages in towns.json', () => {
  it('publishes every village of the table once, at its point, unless a registry place', () => {
    const all = publishVillages(rows, sources).villages;
    const beside = villagesBesideRegistry(places, all);
    // Chojuk Marjanly is the registry's Chocuq Marjanli, labelled at every zoom already.
    expect(beside.matched).toEqual([
      { village: 'village-cocuq-mercanli', place: 'chocuq-marjanli' },
    ]);
    expect(published.map((v) => v.id).sort()).toEqual(
      rows
        .map(villageId)
        .filter((id) => id !== 'village-cocuq-mercanli')
        .sort(),
    );
    expect(published).toEqual(beside.villages);
    for (const r of rows.filter((r) => r.id !== 'cocuq-mercanli')) {
      const v = published.find((p) => p.id === villageId(r))!;
      expect([v.lat, v.lon], r.id).toEqual([r.lat, r.lon]);
      expect(v.district).toBe(r.district);
    }
  });

  it('cites the page its coordinates come from first, then its cases, all in the bibliography', () => {
    for (const r of rows.filter((r) => r.id !== 'cocuq-mercanli')) {
      const v = published.find((p) => p.id === villageId(r))!;
      for (const id of v.sources) expect(sources.has(id), `${r.id}: ${id}`).toBe(true);
      expect(sources.get(v.sources[0]!)?.url, r.id).toBe(r.coordSource.url);
      for (const [, , ids] of r.cases) for (const id of ids) expect(v.sources).toContain(id);
    }
  });

  it('names each in its conventions: Armenian and Azerbaijani usage, the international both', () => {
    const dashalty = published.find((v) => v.id === 'village-dashalty')!;
    expect(['intl', 'hy', 'az'].map((c) => label(dashalty, c as NamingConvention))).toEqual([
      'Dashalty / Karin Tak',
      'Karin Tak',
      'Daşaltı',
    ]);
    // One name in the table, two in use: the international label gives both.
    const papravand = published.find((v) => v.id === 'village-papravend')!;
    expect(label(papravand, 'intl')).toBe('Papravand / Nor Karmiravan');
    expect(label(papravand, 'hy')).toBe('Nor Karmiravan');
    expect(label(papravand, 'az')).toBe('Papravənd');
    // One name in two spellings stays one; the table's bracket is not a label's.
    expect(
      label(
        published.find((v) => v.id === 'village-shekher')!,
        'intl',
      ),
    ).toBe('Shekher');
    expect(
      label(
        published.find((v) => v.id === 'village-kend-horadiz')!,
        'intl',
      ),
    ).toBe('Horadiz');
    for (const v of published) {
      const parts = label(v, 'intl').split(' / ');
      expect(parts.length, v.id).toBeLessThanOrEqual(2);
      // No convention shows a name the international label leaves out.
      for (const c of ['hy', 'az'] as const) {
        const name = label(v, c);
        expect(
          name === label(v, 'intl') || parts.some((p) => !namedApart(p, name)),
          `${v.id}: ${c} "${name}" against "${label(v, 'intl')}"`,
        ).toBe(true);
      }
    }
  });

  it('tells another name from another spelling of the same one', () => {
    expect(namedApart('Shekher', 'Şexer')).toBe(false);
    expect(namedApart('Dilagarda', 'Dilağarda')).toBe(false);
    expect(namedApart('Chojuk Marjanly', 'Cocuq Mərcanlı')).toBe(false);
    expect(namedApart('Vank', 'Vəngli')).toBe(true);
    expect(namedApart('Gazyan', 'Haykazyan')).toBe(true);
    expect(internationalName(row({ name: 'Togh / Tugh', names: { hy: 'Togh' } }))).toBe(
      'Togh / Tugh',
    );
    expect(
      internationalName(row({ name: 'Aghjakend (Lachin)', names: { hy: 'Drakhtadzor' } })),
    ).toBe('Aghjakend / Drakhtadzor');
  });

  it('leaves out a gazetteer town that is one of them (GeoNames’ Qırmızı Bazar, Vank)', () => {
    const gazetteer = towns.filter((t) => t.class !== 'village');
    for (const v of published)
      for (const t of gazetteer)
        expect(distanceKm(v, t), `${t.id} beside ${v.id}`).toBeGreaterThan(VILLAGE_MATCH_KM);
    expect(gazetteer.some((t) => t.geonamesName === 'Qırmızı Bazar')).toBe(false);
  });

  it('places each in the country it is published with', () => {
    for (const v of published) {
      const own = pieces.features.filter((f) => f.properties.state === v.country);
      const at: [number, number] = [v.lon, v.lat];
      // Three points by the Araz lie up to 0.7 km outside Natural Earth's land (villages.test).
      const km = Math.min(
        ...own.map((f) => turf.pointToPolygonDistance(at, f, { units: 'kilometers' })),
      );
      expect(km, v.id).toBeLessThan(1);
    }
  });

  it('reports a coordinate page or case source that is no bibliography entry', () => {
    const { problems } = publishVillages(
      [row({ id: 'a', cases: [['1995-06-01', 'NKR', ['no-such-source']]] })],
      sources,
    );
    expect(problems).toEqual([
      'village a: its coordinate page https://example.org/x is no bibliography entry',
      'village a: unknown source "no-such-source"',
    ]);
  });
});
