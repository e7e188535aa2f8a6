import { describe, expect, it } from 'vitest';
import { toDay } from './days';
import { contains, intervalOf } from './interval';

describe('contains', () => {
  it('includes the first day and excludes the day after the last', () => {
    const ceasefire = { from: toDay('1994-05-12'), to: toDay('2020-09-27') };
    expect(contains(ceasefire, toDay('1994-05-11'))).toBe(false);
    expect(contains(ceasefire, toDay('1994-05-12'))).toBe(true);
    expect(contains(ceasefire, toDay('2020-09-26'))).toBe(true);
    expect(contains(ceasefire, toDay('2020-09-27'))).toBe(false);
  });

  it('treats a null end as not yet ended', () => {
    const open = { from: toDay('2023-09-20'), to: null };
    expect(contains(open, toDay('2030-01-01'))).toBe(true);
    expect(contains(open, toDay('2023-09-19'))).toBe(false);
  });

  it('gives two intervals that meet no common day', () => {
    const before = { from: toDay('2020-09-27'), to: toDay('2020-11-10') };
    const after = { from: toDay('2020-11-10'), to: null };
    const day = toDay('2020-11-10');
    expect([contains(before, day), contains(after, day)]).toEqual([false, true]);
  });
});

describe('intervalOf', () => {
  it('turns a published period into day numbers, an open end staying open', () => {
    expect(intervalOf({ from: '1970-01-02', to: '1970-02-01' })).toEqual({ from: 1, to: 31 });
    expect(intervalOf({ from: '1969-12-31', to: null })).toEqual({ from: -1, to: null });
  });
});
