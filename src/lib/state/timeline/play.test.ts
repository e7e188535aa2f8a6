import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../time/days';
import { DAYS_PER_YEAR, MAX_FRAME_MS, PLAY_SPEEDS, advancePlay } from './play';

const FIRST = toDay('1988-01-01');
const LAST = toDay('2025-09-30');

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
    const monthly = PLAY_SPEEDS.find((s) => s.id === 'month')!.daysPerSecond;
    const step = advancePlay({ position: 1000, daysPerSecond: monthly, elapsedMs: 16, end: 5000 });
    expect(step.day).toBe(1000);
    expect(step.position).toBeGreaterThan(1000);
  });

  it('offers a day and a week per second, slowest first', () => {
    expect(PLAY_SPEEDS.slice(0, 2).map((s) => [s.label, s.daysPerSecond])).toEqual([
      ['1 day/s', 1],
      ['1 week/s', 7],
    ]);
    const rates = PLAY_SPEEDS.map((s) => s.daysPerSecond);
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
  });

  it('at 1 day/s, 60 frames a second show each day once, one per second', () => {
    let position = 5000;
    const shown: number[] = [];
    for (let frame = 0; frame < 186; frame++) {
      const step = advancePlay({ position, daysPerSecond: 1, elapsedMs: 1000 / 60, end: 9000 });
      position = step.position;
      if (shown[shown.length - 1] !== step.day) shown.push(step.day);
    }
    // Just over three seconds: the start day and the three that follow, none skipped.
    expect(shown).toEqual([5000, 5001, 5002, 5003]);
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
    const end = LAST;
    let position = FIRST;
    let previous = FIRST;
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
