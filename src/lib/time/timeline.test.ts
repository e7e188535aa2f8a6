import { describe, expect, it } from 'vitest';
import { toDay, toIso } from './days';
import {
  DAYS_PER_YEAR,
  MAX_FRAME_MS,
  PLAY_SPEEDS,
  WAR_2020_WINDOW,
  advancePlay,
  axisTicks,
  dayTicks,
  dayToX,
  monthTicks,
  nearestTick,
  nextChange,
  parseDateInput,
  previousChange,
  readDateInput,
  stepDay,
  valueText,
  xToDay,
  yearTicks,
  yearWindow,
} from './timeline';

const FULL = { from: toDay('1988-01-01'), to: toDay('2025-09-30') };
const YEAR_2020 = { from: toDay('2020-01-01'), to: toDay('2020-12-31') };
const labels = (ticks: { label: string | null }[]) =>
  ticks.map((t) => t.label).filter((l) => l !== null);

describe('track scale (closed window: from at x=0, to at x=width)', () => {
  const window = { from: 0, to: 100 };

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

  it('reaches every single day of the zoomed 2020 war window', () => {
    for (let day = WAR_2020_WINDOW.from; day <= WAR_2020_WINDOW.to; day++) {
      expect(xToDay(dayToX(day, WAR_2020_WINDOW, 1200), WAR_2020_WINDOW, 1200)).toBe(day);
    }
  });
});

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
    const ticks = dayTicks(WAR_2020_WINDOW, 1200);
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
    expect(labels(axisTicks(WAR_2020_WINDOW, 1200))).toContain('1 Nov');
  });
});

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

describe('play', () => {
  it('advances by speed times elapsed time and keeps the fraction', () => {
    const step = advancePlay({
      position: 1000,
      daysPerSecond: DAYS_PER_YEAR,
      elapsedMs: 100,
      end: 5000,
    });
    expect(step.day).toBe(1036);
    expect(step.position).toBeCloseTo(1036.52425, 6);
    expect(step.stop).toBeNull();
  });

  it('stays on the day while 1 month/s has not covered a whole day', () => {
    const monthly = PLAY_SPEEDS[0]!.daysPerSecond;
    const step = advancePlay({ position: 1000, daysPerSecond: monthly, elapsedMs: 16, end: 5000 });
    expect(step.day).toBe(1000);
    expect(step.position).toBeGreaterThan(1000);
  });

  it('stops exactly on the end, never past it', () => {
    const step = advancePlay({ position: 2000, daysPerSecond: 1826, elapsedMs: 100, end: 2010 });
    expect(step).toEqual({ position: 2010, day: 2010, stop: 'end' });
  });

  it('stops on the first key day crossed, and resumes from it', () => {
    const keyDays = [1010, 1020];
    const input = { daysPerSecond: DAYS_PER_YEAR, elapsedMs: 100, end: 5000, keyDays };
    const first = advancePlay({ ...input, position: 1000 });
    expect(first).toEqual({ position: 1010, day: 1010, stop: 'key' });
    const second = advancePlay({ ...input, position: first.position });
    expect(second).toEqual({ position: 1020, day: 1020, stop: 'key' });
    const third = advancePlay({ ...input, position: second.position });
    expect(third.stop).toBeNull();
    expect(third.day).toBe(1056);
  });

  it('counts a late frame as at most MAX_FRAME_MS', () => {
    const step = advancePlay({ position: 0, daysPerSecond: 1000, elapsedMs: 60_000, end: 1e6 });
    expect(step.day).toBe(MAX_FRAME_MS);
  });

  it('plays 1988 to 30 September 2025 at 1 year/s in about 38 s and ends on the last day', () => {
    const end = FULL.to;
    let position = FULL.from;
    let previous = FULL.from;
    let frames = 0;
    let stop: string | null = null;
    while (stop === null && frames < 10_000) {
      const step = advancePlay({
        position,
        daysPerSecond: DAYS_PER_YEAR,
        elapsedMs: 1000 / 60,
        end,
      });
      expect(step.day).toBeGreaterThanOrEqual(previous);
      expect(step.day).toBeLessThanOrEqual(end);
      previous = step.day;
      position = step.position;
      stop = step.stop;
      frames++;
    }
    expect(stop).toBe('end');
    expect(toIso(previous)).toBe('2025-09-30');
    const seconds = frames / 60;
    expect(seconds).toBeGreaterThan(37);
    expect(seconds).toBeLessThan(39);
  });
});

describe('spoken value', () => {
  const ticks = [
    { day: toDay('1994-05-12'), label: 'Bishkek ceasefire in force' },
    { day: toDay('1994-05-05'), label: 'Bishkek Protocol signed' },
  ];

  it('names the nearest event at or before the day within 30 days', () => {
    expect(valueText(toDay('1994-05-12'), ticks)).toBe('12 May 1994, Bishkek ceasefire in force');
    expect(valueText(toDay('1994-05-11'), ticks)).toBe('11 May 1994, Bishkek Protocol signed');
    expect(valueText(toDay('1994-06-11'), ticks)).toBe('11 June 1994, Bishkek ceasefire in force');
  });

  it('reads only the date when no event is close enough before it', () => {
    expect(valueText(toDay('1994-06-12'), ticks)).toBe('12 June 1994');
    expect(valueText(toDay('1994-05-04'), ticks)).toBe('4 May 1994');
    expect(nearestTick(toDay('1994-05-04'), ticks)).toBeNull();
  });
});

describe('zoom windows', () => {
  it('zooms to the whole calendar year of the day', () => {
    const w = yearWindow(toDay('2020-11-09'), FULL);
    expect([toIso(w.from), toIso(w.to)]).toEqual(['2020-01-01', '2020-12-31']);
  });

  it('cuts the year window to the range', () => {
    const w = yearWindow(toDay('2025-06-01'), FULL);
    expect([toIso(w.from), toIso(w.to)]).toEqual(['2025-01-01', '2025-09-30']);
  });

  it('spans the 44 days of the 2020 war and the day after the ceasefire', () => {
    expect(toIso(WAR_2020_WINDOW.from)).toBe('2020-09-27');
    expect(toIso(WAR_2020_WINDOW.to)).toBe('2020-11-11');
  });
});

describe('typed dates', () => {
  it.each([
    ['1994-05-12', '1994-05-12'],
    [' 1994-5-2 ', '1994-05-02'],
    ['12 May 1994', '1994-05-12'],
    ['12 may 1994', '1994-05-12'],
    ['12 Sept. 1994', '1994-09-12'],
    ['May 12, 1994', '1994-05-12'],
    ['9 November 2020', '2020-11-09'],
  ])('reads %j', (text, iso) => {
    const day = parseDateInput(text);
    expect(day === null ? null : toIso(day)).toBe(iso);
  });

  it.each(['1994-02-30', '31 Apr 1994', '12 Ma 1994', 'yesterday', '', '12/05/1994', '1994'])(
    'rejects %j',
    (text) => {
      expect(parseDateInput(text)).toBeNull();
    },
  );

  it('explains a date outside the range', () => {
    expect(readDateInput('1987-12-31', FULL)).toEqual({
      ok: false,
      message: 'Choose a date from 1 January 1988 to 30 September 2025.',
    });
    expect(readDateInput('2 Sep 1991', FULL)).toEqual({ ok: true, day: toDay('1991-09-02') });
  });
});
