/**
 * The 2020 districts by parts: the table's rules fail on broken fixtures, and the published
 * pieces change at each located village on the day the sources give for it.
 */
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../lib/bibliography';
import { loadAuthoredZones } from './authored';
import {
  advanceParts,
  checkAdvances,
  loadAdvances,
  partPeriods,
  type AdvancesTable,
} from './advances';
import { PERIODS } from './periods';
import { pocketPeriods, pocketRing } from './pockets';
import { loadPieces, ROOT } from './testdata';
import { addDays } from '../../src/lib/time/days';

const table = loadAdvances(ROOT);
const zones = loadAuthoredZones(ROOT).zones;
const sources = new Set(loadBibliography(ROOT).keys());
const pieces = loadPieces();

function copyOf(t: AdvancesTable): AdvancesTable {
  return JSON.parse(JSON.stringify(t)) as AdvancesTable;
}

describe('the advances table', () => {
  it('holds its rules', () => {
    expect(checkAdvances(table, zones, sources)).toEqual([]);
  });
  it('finds an unknown district, a day outside the war, a missing source and an unknown id', () => {
    const broken = copyOf(table);
    broken.villages[1]!.district = 'atlantis';
    broken.villages[2]!.announced = '2021-03-01';
    broken.villages[3]!.sources = [];
    broken.villages[4]!.coordSource = 'no-such-page';
    const text = checkAdvances(broken, zones, sources).join('\n');
    expect(text).toMatch(/district not in the table/);
    expect(text).toMatch(/no zone atlantis/);
    expect(text).toMatch(/outside \[2020-09-27, 2020-12-31\]/);
    expect(text).toMatch(/no source for the date/);
    expect(text).toMatch(/unknown source id "no-such-page"/);
    const precision = copyOf(table);
    (precision.villages[5] as { precision: string }).precision = 'rumoured';
    expect(checkAdvances(precision, zones, sources).join()).toMatch(
      /precision must be announced or day/,
    );
  });
  it('dates a part whose villages were all reported taken (not only announced) to the day', () => {
    const part = advanceParts(table, zones).find((p) => p.zone.id === 'hadrut-2020-10-14')!;
    const reported = {
      ...part,
      villages: part.villages.map((v) => ({ ...v, precision: 'day' as const })),
    };
    const periods = partPeriods(PERIODS.hadrut!, reported);
    expect(periods.at(-1)!.precision.from).toBe('day');
    expect(periods.at(-2)!.precision.to).toBe('day');
  });
  it('makes one part per district and day other than the district day, dated as announced', () => {
    const parts = advanceParts(table, zones);
    const part = parts.find((p) => p.zone.id === 'jabrayil-2020-10-19')!;
    expect(part.villages.map((v) => v.name)).toEqual(['Soltanli']);
    const periods = partPeriods(PERIODS.jabrayil!, part);
    const last = periods.at(-1)!;
    expect([last.from, last.controller, last.precision.from]).toEqual([
      '2020-10-19',
      'AZ',
      'announced',
    ]);
    expect(periods.at(-2)!.to).toBe('2020-10-19');
    expect(parts.some((p) => p.announced === '2020-10-04' && p.district === 'jabrayil')).toBe(
      false,
    );
  });
  it('splits the Fuzuli zone: parts before and after the town (17 Oct), none on its day', () => {
    const days = advanceParts(table, zones)
      .filter((p) => p.district === 'fuzuli')
      .map((p) => p.announced);
    expect(days).toEqual([
      '2020-09-27',
      '2020-10-09',
      '2020-10-14',
      '2020-10-20',
      '2020-11-07',
      '2020-11-09',
    ]);
  });
});

/**
 * Villages inside the drawn district zones, with the day the cited reports give for the
 * announcement of their capture (read from the sources, not from the code): the piece at the
 * village is NKR-held the day before and AZ-held on that day.
 */
const CASES: [string, number, number, string, string[]][] = [
  ['Jabrayil (town)', 39.4, 47.02611, '2020-10-04', ['ctl-azernews-jabrayil-2020']],
  ['Horovlu', 39.4, 47.09472, '2020-10-04', ['adv-todayaz-jabrayil-2021']],
  ['Mehdili', 39.38083, 47.27528, '2020-10-03', ['adv-todayaz-jabrayil-2021']],
  ['Soltanli', 39.25833, 47.04667, '2020-10-19', ['adv-perceptio-soltanli']],
  ['Imambaghi', 39.34833, 47.08556, '2020-10-20', ['adv-azernews-villages-2020-10-20']],
  ['Fughanli', 39.35778, 47.08722, '2020-10-20', ['ctl-anews-zangilan-2020']],
  ['Khalafli', 39.34583, 47.02972, '2020-10-23', ['adv-perceptio-khalafli']],
  ['Hovuslu', 39.37444, 46.91667, '2020-10-25', ['adv-az24saat-gubadli-2021']],
  ['Sofulu', 39.3725, 46.815, '2020-10-25', ['adv-az24saat-gubadli-2021']],
  ['Chalabilar', 39.38833, 46.82861, '2020-10-25', ['adv-azernews-gubadli-2020']],
  ['Qubadli (town)', 39.34389, 46.57972, '2020-10-25', ['adv-az24saat-gubadli-2021']],
  ['Qarakishilar', 39.43778, 46.62806, '2020-11-04', ['adv-wikimirror-qarakishilar']],
  ['Zangilan (town)', 39.08333, 46.65, '2020-10-20', ['ctl-anews-zangilan-2020']],
  ['Mughanli', 39.15722, 46.65444, '2020-10-20', ['adv-azernews-villages-2020-10-20']],
  ['Aghband', 38.9, 46.56667, '2020-10-22', ['adv-azernews-aghband-2024']],
  ['Agkend', 39.18917, 46.45417, '2020-10-22', ['adv-obastan-agkend']],
  ['Ikinji Agali', 39.18028, 46.75917, '2020-10-28', ['adv-perceptio-agali-2']],
  ['Hadrut (town)', 39.51667, 47.03, '2020-10-09', ['adv-ictimaixeber-2020-10-09']],
  ['Tagaser', 39.51889, 47.01167, '2020-10-14', ['adv-todayaz-2020-10-14']],
  ['Edilli', 39.56083, 47.06917, '2020-10-15', ['adv-timeturk-2020-11-07']],
  ['Vank', 39.50694, 47.01694, '2020-10-20', ['adv-azernews-villages-2020-10-20']],
  ['Azokh', 39.62056, 46.97833, '2020-11-09', ['adv-azernews-villages-2020-11-09']],
  ['Bulutan', 39.53722, 47.08028, '2020-10-14', ['adv-todayaz-2020-10-14']],
  ['Dudukchu', 39.57444, 47.05139, '2020-10-15', ['adv-timeturk-2020-11-07']],
  ['Aghjakend', 39.49694, 46.87833, '2020-10-20', ['vil-todayaz-2020-10-20']],
  ['Gunashli', 39.49607, 47.08324, '2020-10-20', ['vil-todayaz-2020-10-20']],
  ['Atagut', 39.56972, 46.96194, '2020-11-07', ['adv-sputnikbr-2020-11-07']],
  ['Akaku', 39.55139, 46.95222, '2020-11-09', ['adv-azernews-villages-2020-11-09']],
  ['Susanlyg', 39.56944, 46.92972, '2020-11-09', ['adv-azernews-villages-2020-11-09']],
  ['Togh', 39.585, 46.96528, '2020-11-09', ['adv-azernews-villages-2020-11-09']],
  ['Juvarli', 39.56639, 47.10528, '2020-10-17', ['adv-metbuat-fuzuli-2021']],
  ['Yukhari Veysalli', 39.73556, 47.12778, '2020-11-07', ['adv-timeturk-2020-11-07']],
  ['Dilagarda', 39.67389, 47.14222, '2020-11-09', ['adv-anews-villages-2020-11-09']],
  ['Fuzuli (town)', 39.60028, 47.14306, '2020-10-17', ['war-zefer-fuzuli-2020']],
  ['Dedeli', 39.58361, 47.16361, '2020-10-17', ['adv-metbuat-fuzuli-2021']],
  ['Gochahmedli', 39.53444, 47.12694, '2020-10-17', ['adv-metbuat-fuzuli-2021']],
  ['Garakhanbeyli', 39.59944, 47.26722, '2020-09-27', ['adv-azernews-2020-09-27']],
  ['Kend Horadiz', 39.45139, 47.24028, '2020-09-27', ['adv-azernews-2020-09-27']],
  ['Garajally', 39.47028, 47.09111, '2020-10-09', ['adv-ictimaixeber-2020-10-09']],
  ['Garakollu', 39.48861, 47.11778, '2020-10-14', ['adv-todayaz-2020-10-14']],
  ['Garghabazar', 39.53972, 47.15639, '2020-10-20', ['vil-todayaz-2020-10-20']],
  ['Kurdlar', 39.54139, 47.20111, '2020-10-20', ['vil-todayaz-2020-10-20']],
  ['Yukhari Seyidahmadli', 39.57778, 47.26083, '2020-11-07', ['adv-timeturk-2020-11-07']],
];

function controllerAt(lat: number, lon: number, day: string): string | undefined {
  const piece = pieces.find((p) => turf.booleanPointInPolygon([lon, lat], p));
  const entry = piece?.properties.timeline.filter((e) => e.from <= day).at(-1);
  return entry?.controller;
}

describe('the pockets: land held after its district fell', () => {
  it('break their rules on broken fixtures', () => {
    const broken = copyOf(table);
    const pocket = broken.pockets![0]!;
    pocket.change.from = '2021-02-01';
    pocket.held.from = '2020-10-01';
    pocket.places[0]!.coordSource = 'no-such-page';
    pocket.change.sources = [];
    const text = checkAdvances(broken, zones, sources).join('\n');
    expect(text).toMatch(/change 2021-02-01 is outside \[2020-09-27, 2020-12-31\]/);
    expect(text).toMatch(/held from 2020-10-01, not after the district's 2020-10-09/);
    expect(text).toMatch(/unknown source id "no-such-page" for Hin Tagher/);
    expect(text).toMatch(/change has no source/);
    const late = copyOf(table);
    late.pockets![0]!.held.from = '2020-12-20';
    expect(checkAdvances(late, zones, sources).join()).toMatch(/not before its change/);
  });
  it('the Hadrut pocket is cut before the village parts and holds its located places', () => {
    const parts = advanceParts(table, zones);
    const at = parts.findIndex((p) => p.zone.id === 'hin-tagher-khtsaberd');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(parts.findIndex((p) => p.zone.id.startsWith('hadrut-2020-')));
    const pocket = table.pockets![0]!;
    const ring = turf.polygon([pocketRing(pocket)]);
    for (const pl of pocket.places)
      expect(turf.booleanPointInPolygon([pl.lon, pl.lat], ring)).toBe(true);
  });
  it('keeps the district until the ceasefire, then its own hold and change', () => {
    const periods = pocketPeriods(PERIODS.hadrut!, table.pockets![0]!);
    expect(periods.map((p) => [p.controller, p.from, p.to])).toEqual([
      ['AZ', '1988-01-01', '1992-10-02'],
      ['NKR', '1992-10-02', '1994-05-12'],
      ['NKR', '1994-05-12', '2020-11-10'],
      ['NKR', '2020-11-10', '2020-12-12'],
      ['AZ', '2020-12-12', null],
    ]);
    expect(periods.at(-1)!.precision.from).toBe('day');
  });
});

/**
 * The pocket's located places (coordinates from the pages in advances-2020.json), with the days
 * the reports give: held by Armenian forces after the ceasefire, under Azerbaijani control from
 * 12 Dec 2020 (ctl-newsam-pashinyan-2020-12-14, ctl-azatutyun-hadrut-map-2020).
 */
const POCKET: [string, number, number][] = [
  ['Hin Tagher', 39.5075, 46.82361],
  ['Khtsaberd', 39.54583, 46.77083],
  ['Katarovank', 39.52614, 46.85612],
];

describe('the published pieces change village by village', () => {
  for (const [name, lat, lon] of POCKET)
    it(`${name}: NKR through the war and after the ceasefire, AZ from 2020-12-12`, () => {
      for (const day of ['2020-10-20', '2020-11-09', '2020-11-10', '2020-12-01', '2020-12-11'])
        expect(controllerAt(lat, lon, day), day).toBe('NKR');
      expect(controllerAt(lat, lon, '2020-12-12')).toBe('AZ');
      expect(controllerAt(lat, lon, '2021-06-01')).toBe('AZ');
    });
  for (const [name, lat, lon, day, cited] of CASES)
    it(`${name}: NKR until ${day}, AZ from it (${cited.join(', ')})`, () => {
      for (const s of cited) expect(sources.has(s)).toBe(true);
      expect(controllerAt(lat, lon, addDays(day, -1))).toBe('NKR');
      expect(controllerAt(lat, lon, day)).toBe('AZ');
    });
});
