import { describe, expect, it } from 'vitest';
import { toDay } from '../../time/days';
import type { ControlSummary } from '../../domain/control';
import { bandAt, chartSeries, kmToY, stackBands, valuesOn, windowPoints, yToKm } from './chart';

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
