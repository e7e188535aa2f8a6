import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { areaLabel, coordinates, eventDateLabel, otherNames, periodLabel } from './wording';

const span = (from: string, to: string | null) => ({
  from: toDay(from),
  to: to === null ? null : toDay(to),
});

describe('coordinates', () => {
  it('names the hemispheres', () => {
    expect(coordinates(39.75806, 46.74806)).toBe('39.758° N, 46.748° E');
    expect(coordinates(38.895, -77.0366)).toBe('38.895° N, 77.037° W');
    expect(coordinates(-33.9, 18.4)).toBe('33.900° S, 18.400° E');
  });
});

describe('otherNames', () => {
  it('does not repeat names', () => {
    const names = otherNames(
      { name: 'Lachin', names: { az: 'Lachin', hy: 'Berdzor' }, native: { hy: 'Բերձոր' } },
      'az',
    );
    expect(names).toEqual([
      { usage: 'Armenian usage', name: 'Berdzor', lang: 'hy-Latn' },
      { usage: 'Armenian', name: 'Բերձոր', lang: 'hy' },
    ]);
  });
});

describe('periodLabel', () => {
  it('ends a period on the day before its exclusive end', () => {
    expect(periodLabel(span('1994-05-12', '2020-09-27'))).toBe('12 May 1994 – 26 September 2020');
    expect(periodLabel(span('2023-09-20', null))).toBe('since 20 September 2023');
    expect(periodLabel(span('1993-04-01', null), { from: 'month', to: null })).toBe(
      'since April 1993',
    );
  });
  it('names an announced change at either end as announced, on its own day', () => {
    // Soltanli (Jabrayil district): announced taken on 19 Oct 2020.
    expect(periodLabel(span('1993-08-23', '2020-10-19'), { from: 'day', to: 'announced' })).toBe(
      '23 August 1993 – 18 October 2020 (change announced 19 October 2020)',
    );
    expect(periodLabel(span('2020-10-19', null), { from: 'announced', to: null })).toBe(
      'since 19 October 2020 (as announced)',
    );
  });
});

describe('eventDateLabel', () => {
  it('labels dates by precision', () => {
    expect(eventDateLabel({ datePrecision: 'month' }, span('1993-04-01', '1993-05-01'))).toBe(
      'April 1993',
    );
    expect(eventDateLabel({ datePrecision: 'year' }, span('2002-01-01', '2003-01-01'))).toBe(
      '2002',
    );
    expect(
      eventDateLabel(
        { datePrecision: 'day', endDate: '2020-11-10' },
        span('2020-11-09', '2020-11-10'),
      ),
    ).toBe('9 November 2020');
  });
});

describe('areaLabel', () => {
  it('rounds to tens above 100 km²', () => {
    expect(areaLabel(86_604)).toBe('about 86,600 km²');
    expect(areaLabel(42.4)).toBe('about 42 km²');
  });
});
