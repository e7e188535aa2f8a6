/**
 * Each validation rule holds on the published data and fails on a deliberately broken fixture.
 */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { FIRST_DAY, VERIFIED_THROUGH } from '../config';
import { loadBibliography as loadSources } from '../lib/bibliography';
import { loadControl, loadPieces, ROOT } from './testdata';
import {
  checkAreas,
  checkCoverage,
  checkGeometry,
  checkNoOverlap,
  checkPeriods,
  checkSources,
  seededDates,
  type PeriodFeature,
} from './validate';

const features = loadControl();
const zones = [...new Set(features.map((f) => f.properties.zone))];
const changeDates = [...new Set(features.map((f) => f.properties.from))].sort();
const dates = [...changeDates, ...seededDates(7, 25, FIRST_DAY, VERIFIED_THROUGH)];

/** The i-th element (negative from the end), failing loudly when absent. */
function nth<T>(list: readonly T[], i: number): T {
  const v = list.at(i);
  if (v === undefined) throw new Error(`no element ${i}`);
  return v;
}

/** A deep copy whose properties can be broken without touching the shared data. */
function copy(fs: PeriodFeature[]): PeriodFeature[] {
  return fs.map((f) => ({ ...f, properties: { ...f.properties } }));
}

function zoneFeatures(zone: string): PeriodFeature[] {
  return copy(features.filter((f) => f.properties.zone === zone));
}

const square = (x: number, y: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

describe('checkPeriods', () => {
  it('holds for the published periods', () => {
    expect(checkPeriods(features, FIRST_DAY, VERIFIED_THROUGH)).toEqual([]);
  });
  it('finds a gap between two periods', () => {
    const broken = zoneFeatures('shusha');
    nth(broken, 1).properties.from = '1992-05-10';
    expect(checkPeriods(broken, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/gap or overlap/);
  });
  it('finds a zone that does not start on the first day', () => {
    const broken = zoneFeatures('kalbajar');
    nth(broken, 0).properties.from = '1988-01-02';
    expect(checkPeriods(broken, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/expected 1988-01-01/);
  });
  it('finds a last period that is not open-ended', () => {
    const broken = zoneFeatures('agdam');
    nth(broken, -1).properties.to = '2021-01-01';
    expect(checkPeriods(broken, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/to: null/);
  });
  it('finds an impossible date, a date out of range and reversed dates', () => {
    const bad = zoneFeatures('agdam');
    nth(bad, 1).properties.from = '1993-02-30';
    expect(checkPeriods(bad, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/not an ISO date/);
    const late = zoneFeatures('agdam');
    nth(late, 2).properties.from = '2030-01-01';
    expect(checkPeriods(late, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/outside/);
    const reversed = zoneFeatures('agdam');
    nth(reversed, 1).properties.to = '1990-01-01';
    expect(checkPeriods(reversed, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/not after/);
  });
  it('finds an unknown controller, a bad confidence and a period without source', () => {
    const broken = zoneFeatures('lachin');
    (nth(broken, 1).properties as { controller: string }).controller = 'ARM';
    (nth(broken, 1).properties as { confidence: string }).confidence = 'sure';
    nth(broken, 2).properties.sources = [];
    const text = checkPeriods(broken, FIRST_DAY, VERIFIED_THROUGH).join();
    expect(text).toMatch(/unknown controller ARM/);
    expect(text).toMatch(/bad confidence/);
    expect(text).toMatch(/no source/);
  });
});

describe('checkPeriods: announced dates and transitional phases', () => {
  it('publishes the 2020 district changes as announced, and a disarmament phase in 2023', () => {
    const jabrayil = zoneFeatures('jabrayil');
    expect(nth(jabrayil, -1).properties.datePrecision.from).toBe('announced');
    expect(nth(jabrayil, -2).properties.datePrecision.to).toBe('announced');
    const core = zoneFeatures('nkao-core');
    const phase = core.find((f) => f.properties.phase === 'disarmament');
    expect(phase?.properties.from).toBe('2023-09-20');
    expect(phase?.properties.to).toBe('2023-10-01');
  });
  it('finds an unknown precision', () => {
    const broken = zoneFeatures('jabrayil');
    (nth(broken, -1).properties as { datePrecision: unknown }).datePrecision = {
      from: 'rumoured',
      to: null,
    };
    expect(checkPeriods(broken, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/bad date precision/);
  });
  it('finds an announced start where nothing changes, and one the previous end disagrees with', () => {
    const first = zoneFeatures('jabrayil');
    nth(first, 0).properties.datePrecision = { from: 'announced', to: 'day' };
    expect(checkPeriods(first, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(
      /first period cannot start on an announced day/,
    );
    const same = zoneFeatures('nkao-core');
    const phase = same.findIndex((f) => f.properties.phase === 'disarmament');
    nth(same, phase).properties.datePrecision = { from: 'announced', to: 'day' };
    nth(same, phase - 1).properties.datePrecision = { from: 'month', to: 'announced' };
    expect(checkPeriods(same, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(
      /announced start, but the controller does not change/,
    );
    const disagree = zoneFeatures('jabrayil');
    nth(disagree, -2).properties.datePrecision = { from: 'day', to: 'day' };
    expect(checkPeriods(disagree, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(
      /announced start and the previous period's end disagree/,
    );
  });
  it('finds an unknown phase, a phase that never ends or leads nowhere, and one without a note', () => {
    const core = zoneFeatures('nkao-core');
    const at = core.findIndex((f) => f.properties.phase === 'disarmament');
    const unknown = copy(core);
    (nth(unknown, at).properties as { phase: string }).phase = 'truce';
    expect(checkPeriods(unknown, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(
      /unknown phase truce/,
    );
    const open = copy(core).slice(0, at + 1);
    nth(open, at).properties.to = null;
    expect(checkPeriods(open, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(
      /a transitional phase must end/,
    );
    const nowhere = copy(core);
    nth(nowhere, at + 1).properties.controller = 'NKR';
    expect(checkPeriods(nowhere, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(
      /must lead to a change of controller/,
    );
    const silent = copy(core);
    delete nth(silent, at).properties.note;
    expect(checkPeriods(silent, FIRST_DAY, VERIFIED_THROUGH).join()).toMatch(/needs a note/);
  });
});

describe('checkSources', () => {
  const sources = loadSources(ROOT);
  it('resolves every source id of the published periods', () => {
    expect(
      checkSources(
        features.map((f) => f.properties),
        sources,
      ),
    ).toEqual([]);
  });
  it('finds an unknown source id', () => {
    const broken = zoneFeatures('horadiz');
    nth(broken, 1).properties.sources = ['no-such-source'];
    expect(
      checkSources(
        broken.map((f) => f.properties),
        sources,
      ),
    ).toEqual(['horadiz@1993-10-24: unknown source id "no-such-source"']);
  });
});

describe('checkGeometry', () => {
  it('holds for every published piece and period geometry', () => {
    const problems = [
      ...loadPieces().flatMap((p) => checkGeometry(p.properties.piece, p.geometry)),
      ...features.flatMap((f) => checkGeometry(f.properties.id, f.geometry)),
    ];
    expect(problems).toEqual([]);
  });
  it('finds a self-intersecting ring (a bow tie)', () => {
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [46, 40],
          [47, 41],
          [47, 40],
          [46, 41],
          [46, 40],
        ],
      ],
    };
    // The bow tie is also clockwise in parts; give it the right winding so only the crossing shows.
    const problems = checkGeometry('bow', bowTie);
    expect(problems.join()).toMatch(/self-intersection at 46\.50000,40\.50000|clockwise/);
    const ccwBowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [46, 40],
          [47, 40],
          [46, 41],
          [47, 41],
          [46, 40],
        ],
      ],
    };
    expect(checkGeometry('bow', ccwBowTie).join()).toMatch(
      /self-intersection at 46\.50000,40\.50000/,
    );
  });
  it('finds a clockwise outer ring and an unclosed ring', () => {
    const cw = square(46, 40, 1);
    nth(cw.coordinates, 0).reverse();
    expect(checkGeometry('cw', cw)).toEqual(['cw polygon 0 ring 0: outer ring is clockwise']);
    const open = square(46, 40, 1);
    nth(open.coordinates, 0).pop();
    expect(checkGeometry('open', open).join()).toMatch(/not closed/);
  });
});

describe('checkNoOverlap', () => {
  it('holds on every change date and on seeded random dates', () => {
    expect(checkNoOverlap(features, dates)).toEqual([]);
  });
  it('finds two features valid on the same day that overlap', () => {
    const shusha = nth(zoneFeatures('shusha'), 0);
    const intruder: PeriodFeature = {
      ...shusha,
      properties: { ...shusha.properties, id: 'intruder@1988-01-01', zone: 'intruder' },
    };
    const problems = checkNoOverlap([...features, intruder], ['1990-01-01']);
    expect(problems.length).toBe(1);
    expect(problems[0]).toMatch(/shusha@1988-01-01 and intruder@1988-01-01 overlap/);
  });
  it('ignores a touching neighbour and an overlap under 0.1 km²', () => {
    const a: PeriodFeature = { ...nth(zoneFeatures('shusha'), 0), geometry: square(40, 40, 0.1) };
    const b: PeriodFeature = { ...nth(zoneFeatures('agdam'), 0), geometry: square(40.1, 40, 0.1) };
    const tiny: PeriodFeature = {
      ...nth(zoneFeatures('lachin'), 0),
      geometry: square(40.0999, 40.0999, 0.001),
    };
    expect(checkNoOverlap([a, b, tiny], ['1990-01-01'])).toEqual([]);
  });
});

describe('checkCoverage', () => {
  it('covers every zone exactly once on every checked date', () => {
    expect(checkCoverage(features, zones, dates)).toEqual([]);
  });
  it('finds a zone left uncovered and a zone covered twice', () => {
    const missing = features.filter((f) => f.properties.id !== 'kalbajar@1993-04-03');
    expect(checkCoverage(missing, ['kalbajar'], ['2000-01-01'])).toEqual([
      '2000-01-01: zone kalbajar is covered by 0 periods',
    ]);
    const twice = [...features, ...zoneFeatures('kalbajar').slice(0, 1)];
    expect(checkCoverage(twice, ['kalbajar'], ['1990-01-01'])).toEqual([
      '1990-01-01: zone kalbajar is covered by 2 periods',
    ]);
  });
});

describe('checkAreas', () => {
  it('accepts an area in range and rejects one outside', () => {
    expect(checkAreas([{ label: 'NKAO', km2: 4400, min: 4168.6, max: 4607.4 }])).toEqual([]);
    expect(checkAreas([{ label: 'NKAO', km2: 4031, min: 4168.6, max: 4607.4 }])).toEqual([
      'NKAO: 4031.0 km² is outside [4168.6, 4607.4]',
    ]);
  });
});

describe('seededDates', () => {
  it('is deterministic and stays in range', () => {
    const a = seededDates(42, 50, FIRST_DAY, VERIFIED_THROUGH);
    expect(seededDates(42, 50, FIRST_DAY, VERIFIED_THROUGH)).toEqual(a);
    expect(seededDates(43, 50, FIRST_DAY, VERIFIED_THROUGH)).not.toEqual(a);
    for (const d of a) expect(d >= FIRST_DAY && d <= VERIFIED_THROUGH).toBe(true);
  });
});
