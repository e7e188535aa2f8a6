import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  formatDate,
  formatDay,
  parseIsoDate,
  toDay,
  toIso,
} from './days';

describe('calendar days', () => {
  it('numbers days from 1970-01-01', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('1969-12-31')).toBe(-1);
    // 30 years of 365 days, 7 leap days (1972-1996), then January and a leap February of 2000.
    expect(toDay('2000-03-01')).toBe(30 * 365 + 7 + 31 + 29);
  });

  it('round-trips every day from 1988 to 2030', () => {
    for (let d = toDay('1988-01-01'); d <= toDay('2030-12-31'); d++) {
      expect(toDay(toIso(d))).toBe(d);
    }
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '1994-02-29',
      '2023-13-01',
      '2023-00-10',
      '2023-1-1',
      'x',
      '2020-02-30',
      '',
    ]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => toDay('1994-02-29')).toThrow(/1994-02-29/);
  });

  it('steps by days, months and years without skipping short months', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('formats by precision', () => {
    expect(formatDate('1994-05-12')).toBe('12 May 1994');
    expect(formatDate('1994-05-12', 'month')).toBe('May 1994');
    expect(formatDate('1994-05-12', 'year')).toBe('1994');
    // A day known only as the day a change was announced says so.
    expect(formatDate('2020-10-04', 'announced')).toBe('4 October 2020 (as announced)');
    expect(formatDate('1994-02-30')).toBe('1994-02-30');
  });

  it('formats a day number as its calendar day', () => {
    // Day 0 is 1 January 1970; day 8897 is 12 May 1994 (24 years and 6 leap days, then 131 days).
    expect(formatDay(0)).toBe('1 January 1970');
    expect(formatDay(8897)).toBe('12 May 1994');
    expect(formatDay(8897, 'month')).toBe('May 1994');
  });
});
