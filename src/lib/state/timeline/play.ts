/**
 * The arithmetic of play: how far one animation frame moves the day at a given speed, and where
 * play stops (the end of the window, or a key event when asked to pause there).
 */
import type { DayNumber } from '../../time/days';
import { upperBound } from './stepping';

/** Mean length of a Gregorian year and month, so "1 year/s" covers a year of days per second. */
export const DAYS_PER_YEAR = 365.2425;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export interface PlaySpeed {
  id: string;
  label: string;
  daysPerSecond: number;
}

/**
 * Slowest first. A day and a week per second are for wars, where control changed from one day
 * to the next (the 44 days of 2020 take 44 s at the slowest speed, not under 2 s).
 */
export const PLAY_SPEEDS: readonly PlaySpeed[] = [
  { id: 'day', label: '1 day/s', daysPerSecond: 1 },
  { id: 'week', label: '1 week/s', daysPerSecond: 7 },
  { id: 'month', label: '1 month/s', daysPerSecond: DAYS_PER_MONTH },
  { id: 'year', label: '1 year/s', daysPerSecond: DAYS_PER_YEAR },
  { id: 'five-years', label: '5 years/s', daysPerSecond: 5 * DAYS_PER_YEAR },
];

/** A year per second: the whole range in under a minute, pausing at key events. */
export const DEFAULT_SPEED: PlaySpeed = PLAY_SPEEDS.find((s) => s.id === 'year')!;

/** A day per second: the default inside the 2020 war window (WAR_SPEED_WINDOW in zoom.ts). */
export const WAR_SPEED: PlaySpeed = PLAY_SPEEDS.find((s) => s.id === 'day')!;

/**
 * A frame that arrives late (a hidden tab, a long task) counts as at most this long, so play
 * never leaps years at once.
 */
export const MAX_FRAME_MS = 250;

export interface PlayInput {
  /** Fractional day reached so far; play keeps the fraction so slow speeds still advance. */
  position: number;
  daysPerSecond: number;
  /** Time since the previous frame. */
  elapsedMs: number;
  /** The last day play shows: it stops on it. */
  end: DayNumber;
  /** Sorted days where play pauses; empty or absent when "pause at key events" is off. */
  keyDays?: readonly DayNumber[];
}

export interface PlayStep {
  position: number;
  /** The whole day to show: floor of the position. */
  day: DayNumber;
  /** Why play stopped on this frame, or null to keep going. */
  stop: 'end' | 'key' | null;
}

/**
 * One frame of play. Advances by speed × elapsed time, never past `end` (it stops exactly on
 * it); when a key day lies after the current day and no later than the new day, it stops on
 * that key day instead. A key day equal to the starting day does not stop play again, so
 * pressing play on a key day resumes.
 */
export function advancePlay(input: PlayInput): PlayStep {
  const elapsed = Math.min(Math.max(0, input.elapsedMs), MAX_FRAME_MS);
  const current = Math.floor(input.position);
  const target = Math.min(input.position + (input.daysPerSecond * elapsed) / 1000, input.end);
  const reached = Math.floor(target);
  const keys = input.keyDays ?? [];
  const key = keys[upperBound(keys, current)];
  if (key !== undefined && key <= reached && key < input.end) {
    return { position: key, day: key, stop: 'key' };
  }
  if (target >= input.end) return { position: input.end, day: input.end, stop: 'end' };
  return { position: target, day: reached, stop: null };
}
