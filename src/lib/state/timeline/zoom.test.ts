import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../time/days';
import { WAR_2020_WINDOW, followDay, yearWindow, zoomWindow } from './zoom';

const FULL = { from: toDay('1988-01-01'), to: toDay('2025-10-01') };

describe('zoom windows', () => {
  it('zooms to the whole calendar year of the day', () => {
    const w = yearWindow(toDay('2020-11-09'), FULL);
    expect([toIso(w.from), toIso(w.to)]).toEqual(['2020-01-01', '2021-01-01']);
  });

  it('cuts the year window to the range', () => {
    const w = yearWindow(toDay('2025-06-01'), FULL);
    expect([toIso(w.from), toIso(w.to)]).toEqual(['2025-01-01', '2025-10-01']);
  });

  it('shows the 44 days of the 2020 war and the first day after the ceasefire', () => {
    // Fighting from 27 September; the ceasefire took effect on 10 November; 11 November is shown.
    expect(WAR_2020_WINDOW).toEqual({ from: toDay('2020-09-27'), to: toDay('2020-11-12') });
  });

  it('has no war zoom on a range that ends before the war', () => {
    const early = { from: toDay('1988-01-01'), to: toDay('2019-01-01') };
    expect(zoomWindow('war', toDay('2000-01-01'), early)).toBeNull();
  });
});

describe('a zoom follows the day', () => {
  const year2020 = { kind: 'year' as const, from: toDay('2020-01-01'), to: toDay('2021-01-01') };
  const war = { kind: 'war' as const, from: toDay('2020-09-27'), to: toDay('2020-11-12') };

  it('keeps the zoom while the day is in it', () => {
    expect(followDay(year2020, toDay('2020-12-31'), FULL)).toBe(year2020);
    expect(followDay(war, toDay('2020-11-11'), FULL)).toBe(war);
  });

  it('moves a year zoom to the year the day moved to', () => {
    expect(followDay(year2020, toDay('2021-01-01'), FULL)).toEqual({
      kind: 'year',
      from: toDay('2021-01-01'),
      to: toDay('2022-01-01'),
    });
  });

  it('ends the war zoom when the day leaves the war', () => {
    expect(followDay(war, toDay('2020-11-12'), FULL)).toBeNull();
    expect(followDay(null, toDay('2020-11-12'), FULL)).toBeNull();
  });
});
