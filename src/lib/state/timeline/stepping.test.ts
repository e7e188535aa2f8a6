import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../time/days';
import { nextChange, previousChange, sliderKeyTarget, stepDay } from './stepping';

const FULL = { from: toDay('1988-01-01'), to: toDay('2025-10-01') };

describe('stepping', () => {
  const step = (iso: string, unit: 'day' | 'month' | 'year', n: number) =>
    toIso(stepDay(toDay(iso), unit, n, FULL));

  it('steps by calendar days, months and years', () => {
    expect(step('1994-05-12', 'day', 1)).toBe('1994-05-13');
    expect(step('1994-05-12', 'day', -1)).toBe('1994-05-11');
    expect(step('2024-01-31', 'month', 1)).toBe('2024-02-29');
    expect(step('1994-05-12', 'year', -1)).toBe('1993-05-12');
    expect(step('2024-02-29', 'year', 1)).toBe('2025-02-28');
  });

  it('stops at the ends of the range', () => {
    expect(step('1988-01-01', 'day', -1)).toBe('1988-01-01');
    expect(step('2025-06-01', 'year', 1)).toBe('2025-09-30');
  });
});

describe('previous and next change', () => {
  const changes = [10, 20, 30];

  it('finds the change strictly before a day', () => {
    expect(previousChange(20, changes)).toBe(10);
    expect(previousChange(21, changes)).toBe(20);
    expect(previousChange(100, changes)).toBe(30);
    expect(previousChange(10, changes)).toBeNull();
  });

  it('finds the change strictly after a day', () => {
    expect(nextChange(20, changes)).toBe(30);
    expect(nextChange(19, changes)).toBe(20);
    expect(nextChange(0, changes)).toBe(10);
    expect(nextChange(30, changes)).toBeNull();
    expect(nextChange(5, [])).toBeNull();
  });
});

describe('slider keys', () => {
  const key = (name: string, shift = false) => {
    const day = sliderKeyTarget(name, shift, toDay('2020-11-07'), FULL);
    return day === null ? null : toIso(day);
  };

  it('steps a day with the arrows and a month with Shift', () => {
    expect(key('ArrowRight')).toBe('2020-11-08');
    expect(key('ArrowUp')).toBe('2020-11-08');
    expect(key('ArrowLeft')).toBe('2020-11-06');
    expect(key('ArrowDown', true)).toBe('2020-10-07');
  });

  it('steps a year with Page Up and Down, and goes to the ends with Home and End', () => {
    expect(key('PageUp')).toBe('2021-11-07');
    expect(key('PageDown')).toBe('2019-11-07');
    expect(key('Home')).toBe('1988-01-01');
    expect(key('End')).toBe('2025-09-30');
  });

  it('leaves other keys alone', () => {
    expect(key('Enter')).toBeNull();
    expect(key('a')).toBeNull();
  });
});
