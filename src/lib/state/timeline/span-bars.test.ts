import { describe, expect, it } from 'vitest';
import { toDay } from '../../time/days';
import { barCentre, spanBars } from './span-bars';

const year1992 = { from: toDay('1992-01-01'), to: toDay('1993-01-01') };
const may = { id: 'may', day: toDay('1992-05-01'), end: toDay('1992-06-01') };
const whole = { id: 'year', day: toDay('1992-01-01'), end: toDay('1993-01-01') };
const later = { id: 'later', day: toDay('2003-01-01'), end: toDay('2004-01-01') };

describe('span bars', () => {
  it('covers the month or year on the track, widest first', () => {
    const bars = spanBars([may, whole, later], year1992, 365, 6);
    expect(bars.map((b) => b.tick.id)).toEqual(['year', 'may']);
    // 1 May is day 121 of 1992; May has 31 days; the track's 365 px span the year's 365 steps.
    expect(bars[1]!.left).toBeCloseTo(121);
    expect(bars[1]!.width).toBeCloseTo(31);
    expect(bars[0]).toMatchObject({ left: 0, width: 365 });
    expect(barCentre(bars[1]!)).toBeCloseTo(136.5);
  });

  it('keeps a short span at least the minimum width, on the track', () => {
    const full = { from: toDay('1988-01-01'), to: toDay('2025-10-01') };
    const bar = spanBars([may], full, 1000, 8)[0]!;
    expect(bar.width).toBe(8);
    const atEnd = { id: 'end', day: toDay('2025-09-01'), end: toDay('2025-10-01') };
    const last = spanBars([atEnd], full, 1000, 8)[0]!;
    expect(last.left + last.width).toBeLessThanOrEqual(1000);
  });
});
