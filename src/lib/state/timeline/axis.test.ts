import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../time/days';
import { axisTicks, dayTicks, monthTicks, yearTicks } from './axis';

const FULL = { from: toDay('1988-01-01'), to: toDay('2025-10-01') };
const YEAR_2020 = { from: toDay('2020-01-01'), to: toDay('2021-01-01') };
/** 27 September to 11 November 2020, both included. */
const WAR = { from: toDay('2020-09-27'), to: toDay('2020-11-12') };
const labels = (ticks: { label: string | null }[]) =>
  ticks.map((t) => t.label).filter((l) => l !== null);

describe('axis ticks', () => {
  it('marks 1 January of every year, labelling every 5th year on a 1200 px track', () => {
    const ticks = yearTicks(FULL, 1200);
    expect(ticks).toHaveLength(38);
    expect(toIso(ticks[0]!.day)).toBe('1988-01-01');
    expect(toIso(ticks[37]!.day)).toBe('2025-01-01');
    expect(labels(ticks)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
  });

  it('labels every year when the track is wide and every 10th when it is very narrow', () => {
    expect(labels(yearTicks(FULL, 2000))).toHaveLength(38);
    expect(labels(yearTicks(FULL, 150))).toEqual(['1990', '2000', '2010', '2020']);
  });

  it('marks months in a zoomed year, thinning labels on a phone', () => {
    const wide = monthTicks(YEAR_2020, 1200);
    expect(wide).toHaveLength(12);
    expect(labels(wide)).toEqual([
      '2020',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(labels(monthTicks(YEAR_2020, 390))).toEqual(['2020', 'Mar', 'May', 'Jul', 'Sep', 'Nov']);
  });

  it('marks days in the war window, naming the 1st of each month', () => {
    const ticks = dayTicks(WAR, 1200);
    expect(ticks).toHaveLength(46);
    const byIso = new Map(ticks.map((t) => [toIso(t.day), t.label]));
    expect(byIso.get('2020-09-27')).toBeNull();
    expect(byIso.get('2020-09-28')).toBe('28');
    // 30 September is dropped: it would collide with "1 Oct".
    expect(byIso.get('2020-09-30')).toBeNull();
    expect(byIso.get('2020-10-01')).toBe('1 Oct');
    // 2 October is dropped too: "1 Oct" is wider than one day.
    expect(byIso.get('2020-10-02')).toBeNull();
    expect(byIso.get('2020-10-04')).toBe('4');
    expect(byIso.get('2020-10-30')).toBe('30');
    expect(byIso.get('2020-11-01')).toBe('1 Nov');
    expect(byIso.get('2020-11-10')).toBe('10');
  });

  it('chooses years, months or days by the length of the window', () => {
    expect(labels(axisTicks(FULL, 1200))[0]).toBe('1990');
    expect(labels(axisTicks(YEAR_2020, 1200))[1]).toBe('Feb');
    expect(labels(axisTicks(WAR, 1200))).toContain('1 Nov');
  });
});
