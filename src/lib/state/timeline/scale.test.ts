import { describe, expect, it } from 'vitest';
import { toDay } from '../../time/days';
import { dayToX, inWindow, intersectWindows, lastDayOf, windowThrough, xToDay } from './scale';

/** The war zoom's window: 27 September to 11 November 2020, both shown. */
const WAR_FIRST = toDay('2020-09-27');
const WAR_LAST = toDay('2020-11-11');

describe('track scale (first day at x=0, last day at x=width)', () => {
  // Days 0 to 100, both on the track.
  const window = { from: 0, to: 101 };

  it('maps days linearly onto the track', () => {
    expect(dayToX(0, window, 1000)).toBe(0);
    expect(dayToX(25, window, 1000)).toBe(250);
    expect(dayToX(100, window, 1000)).toBe(1000);
  });

  it('reads the nearest day under x and clamps to the window', () => {
    expect(xToDay(254, window, 1000)).toBe(25);
    expect(xToDay(256, window, 1000)).toBe(26);
    expect(xToDay(-50, window, 1000)).toBe(0);
    expect(xToDay(2000, window, 1000)).toBe(100);
  });

  it('reaches every single day of a 46-day window on a 1200 px track', () => {
    const war = windowThrough(WAR_FIRST, WAR_LAST);
    for (let day = WAR_FIRST; day <= WAR_LAST; day++) {
      expect(xToDay(dayToX(day, war, 1200), war, 1200)).toBe(day);
    }
  });

  it('puts a one-day window at the left edge', () => {
    expect(dayToX(7, { from: 7, to: 8 }, 500)).toBe(0);
    expect(xToDay(300, { from: 7, to: 8 }, 500)).toBe(7);
  });
});

describe('windows are half-open', () => {
  it('holds its first day and not its end', () => {
    const window = windowThrough(10, 20);
    expect(window).toEqual({ from: 10, to: 21 });
    expect(lastDayOf(window)).toBe(20);
    expect(inWindow(10, window)).toBe(true);
    expect(inWindow(20, window)).toBe(true);
    expect(inWindow(21, window)).toBe(false);
    expect(inWindow(9, window)).toBe(false);
  });

  it('intersects windows, and finds none when they only meet', () => {
    expect(intersectWindows({ from: 0, to: 10 }, { from: 5, to: 20 })).toEqual({ from: 5, to: 10 });
    expect(intersectWindows({ from: 0, to: 10 }, { from: 10, to: 20 })).toBeNull();
  });
});
