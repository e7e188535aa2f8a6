import { area, curveStepAfter } from 'd3-shape';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDay } from '../../time/days';
import type { ControlSummary } from '../../domain/control';
import {
  bandAt,
  chartSeries,
  kmMarks,
  kmToY,
  landHeld,
  stackBands,
  stepAreaPath,
  valuesOn,
  windowPoints,
  yToKm,
} from './chart';

const summary: ControlSummary = {
  changeDates: ['1992-05-08', '1990-01-01', '1994-05-12'],
  rows: [
    { date: '1992-05-08', km2: { AZ: 70, NKR: 30 } },
    { date: '1990-01-01', km2: { AZ: 100 } },
    { date: '1994-05-12', km2: { AZ: 60, NKR: 40, XX: 5 } },
  ],
};

describe('the control summary as a chart series', () => {
  const series = chartSeries(summary, ['AM', 'NKR', 'AZ'])!;

  it('sorts the rows by day and stacks in colour order, unknown controllers last', () => {
    expect(series.points.map((p) => p.day)).toEqual([
      toDay('1990-01-01'),
      toDay('1992-05-08'),
      toDay('1994-05-12'),
    ]);
    expect(series.keys).toEqual(['NKR', 'AZ', 'XX']);
    expect(series.max).toBe(105);
  });

  it('has no series without rows', () => {
    expect(chartSeries({ changeDates: [], rows: [] }, [])).toBeNull();
  });

  it('reads the row in force on a day: from its date until the next row', () => {
    expect(valuesOn(series.points, toDay('1989-12-31'))).toEqual({});
    expect(valuesOn(series.points, toDay('1990-01-01'))).toEqual({ AZ: 100 });
    expect(valuesOn(series.points, toDay('1992-05-07'))).toEqual({ AZ: 100 });
    expect(valuesOn(series.points, toDay('1992-05-08'))).toEqual({ AZ: 70, NKR: 30 });
    expect(valuesOn(series.points, toDay('2020-01-01'))).toEqual({ AZ: 60, NKR: 40, XX: 5 });
  });

  it('draws a window from the row in force on its first day to its last day', () => {
    const window = { from: toDay('1991-01-01'), to: toDay('1993-01-01') };
    expect(windowPoints(series.points, window)).toEqual([
      { day: toDay('1990-01-01'), values: { AZ: 100 } },
      { day: toDay('1992-05-08'), values: { AZ: 70, NKR: 30 } },
      { day: toDay('1992-12-31'), values: { AZ: 70, NKR: 30 } },
    ]);
  });

  it('stacks the bands bottom first, a missing value counting as none', () => {
    const bands = stackBands(series.points.slice(0, 2), ['NKR', 'AZ']);
    expect(bands.map((b) => b.key)).toEqual(['NKR', 'AZ']);
    expect(bands[0]!.points.map((p) => [p.bottom, p.top])).toEqual([
      [0, 0],
      [0, 30],
    ]);
    expect(bands[1]!.points.map((p) => [p.bottom, p.top])).toEqual([
      [0, 100],
      [30, 100],
    ]);
  });
});

describe('hit tests', () => {
  const values = { NKR: 30, AZ: 70, GE: 0 };
  const keys = ['NKR', 'GE', 'AZ'];

  it('finds the band under a value, bottom inclusive and top exclusive', () => {
    expect(bandAt(values, keys, 0)).toBe('NKR');
    expect(bandAt(values, keys, 29.9)).toBe('NKR');
    expect(bandAt(values, keys, 30)).toBe('AZ');
    expect(bandAt(values, keys, 99.9)).toBe('AZ');
    expect(bandAt(values, keys, 100)).toBeNull();
  });

  it('maps km² to the chart height and back: 0 at the bottom, the maximum 2 px from the top', () => {
    expect(kmToY(0, 200, 52)).toBe(52);
    expect(kmToY(200, 200, 52)).toBe(2);
    expect(kmToY(100, 200, 52)).toBe(27);
    expect(yToKm(27, 200, 52)).toBe(100);
    expect(yToKm(2, 200, 52)).toBe(200);
  });
});

describe('the land each controller held', () => {
  const entry = (from: string, controller: string) => ({
    from,
    to: null,
    controller: controller as 'AZ',
    confidence: 'high' as const,
    sources: [],
    period: null,
  });
  // A state's rest and two zones of it, one taken by another holder and taken back.
  const pieces = [
    { areaKm2: 80000, timeline: [entry('1988-01-01', 'AZ')] },
    {
      areaKm2: 4000.1,
      timeline: [entry('1988-01-01', 'AZ'), entry('1992-01-06', 'NKR'), entry('2023-09-20', 'AZ')],
    },
    { areaKm2: 300.2, timeline: [entry('1988-01-01', 'AZ'), entry('1993-04-03', 'NKR')] },
  ];
  const land = landHeld(pieces);

  it('counts the whole land: the rest of the state as well as its zones', () => {
    expect(land.rows).toEqual([
      { date: '1988-01-01', km2: { AZ: 84300.3 } },
      { date: '1992-01-06', km2: { AZ: 80300.2, NKR: 4000.1 } },
      { date: '1993-04-03', km2: { AZ: 80000, NKR: 4300.3 } },
      { date: '2023-09-20', km2: { AZ: 84000.1, NKR: 300.2 } },
    ]);
  });

  it('adds up to the same total on every row', () => {
    for (const row of land.rows) {
      const total = Object.values(row.km2).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(84300.3, 6);
    }
  });

  it('marks the axis in round steps that stay apart', () => {
    // 185,000 km² on a 52 px chart: 50,000 km² is 13.9 px, the first step 12 px apart.
    expect(kmMarks(185_000, 52, 12)).toEqual([0, 50_000, 100_000, 150_000]);
    // Lower, the lines need a wider step.
    expect(kmMarks(185_000, 36, 12)).toEqual([0, 100_000]);
    expect(kmMarks(0, 52, 12)).toEqual([0]);
  });
});

describe('the land held, from the published data', () => {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../../../public/data/${file}`, import.meta.url), 'utf8'));
  const pieces = (
    read('control-pieces.geojson') as {
      features: { properties: Parameters<typeof landHeld>[0][number] }[];
    }
  ).features.map((f) => f.properties);
  const base = read('base.json') as {
    objects: { countries: { geometries: { properties: { iso: string; areaKm2: number } }[] } };
  };
  const stateArea = (iso: string) =>
    base.objects.countries.geometries.find((g) => g.properties.iso === iso)!.properties.areaKm2;
  const land = landHeld(pieces);
  const on = (iso: string) => valuesOn(chartSeries(land, [])!.points, toDay(iso));

  it('adds up, every day, to the base map areas of Armenia, Azerbaijan and Georgia', () => {
    const whole = stateArea('AM') + stateArea('AZ') + stateArea('GE');
    for (const row of land.rows) {
      const total = Object.values(row.km2).reduce((a, b) => a + b, 0);
      // The pieces are cut from the same outlines; allow 0.1% for the cutting.
      expect(Math.abs(total - whole) / whole).toBeLessThan(0.001);
    }
  });

  it('shows each state with its whole land, not only the drawn zones', () => {
    const before = on('1988-06-01');
    expect(before.AZ! / stateArea('AZ')).toBeGreaterThan(0.99);
    // After 2008 Georgia still held most of its land; Abkhazia and South Ossetia held the rest.
    const after2008 = on('2010-01-01');
    expect(after2008.GE! / stateArea('GE')).toBeGreaterThan(0.7);
    expect(after2008.ABK! + after2008.OSS! + after2008.GE!).toBeCloseTo(
      before.GE! + (before.ABK ?? 0) + (before.OSS ?? 0),
      0,
    );
    // Between the wars the Karabakh authorities held less land than Azerbaijan.
    const between = on('2000-01-01');
    expect(between.NKR!).toBeLessThan(between.AZ! / 4);
  });
});

describe('step areas', () => {
  const points = [
    { x: 0, bottom: 20, top: 10 },
    { x: 5, bottom: 20, top: 8 },
    { x: 9, bottom: 15, top: 6 },
  ];

  it('draws steps along the top, left to right, then back along the bottom, closed', () => {
    // Each value holds until the next point's x, on the top as on the bottom.
    expect(stepAreaPath(points)).toBe(
      'M0,10L5,10L5,8L9,8L9,6' + 'L9,15' + 'L9,20L5,20' + 'L5,20L0,20' + 'Z',
    );
  });

  it('is the step-after area d3-shape draws for the same points', () => {
    const shape = area<(typeof points)[number]>()
      .x((p) => p.x)
      .y0((p) => p.bottom)
      .y1((p) => p.top)
      .curve(curveStepAfter);
    expect(stepAreaPath(points)).toBe(shape(points));
  });

  it('draws nothing without points', () => {
    expect(stepAreaPath([])).toBe('');
  });
});
