import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { contains } from '../time/interval';
import { type EventProperties, eventSpan, markerDays, numericEventId } from './events';

function ev(id: string, date: string, patch: Partial<EventProperties> = {}): EventProperties {
  return {
    id,
    date,
    datePrecision: 'day',
    title: id,
    summary: id,
    kind: 'control',
    concerns: { countries: ['AZ'], zones: [], places: [] },
    place: 'baku',
    sources: ['s'],
    confidence: 'high',
    ...patch,
  };
}

const shusha = ev('shusha', '2020-11-08', {
  place: 'shusha',
  concerns: { countries: ['AZ', 'AM'], zones: ['nkao-shusha'], places: ['shusha'] },
});
const blockade = ev('blockade', '2022-12-12', { endDate: '2023-10-01', place: 'shusha' });
const visit = ev('visit', '2024-07-01', { datePrecision: 'month' });

describe('markerDays', () => {
  it('shows a one-day event from its date for 31 days', () => {
    const day = toDay('2020-11-08');
    const shown = markerDays(shusha);
    expect(contains(shown, day - 1)).toBe(false);
    expect(contains(shown, day)).toBe(true);
    expect(contains(shown, day + 30)).toBe(true);
    expect(contains(shown, day + 31)).toBe(false);
  });
  it('shows a multi-day event until 30 days after its exclusive end', () => {
    const shown = markerDays(blockade);
    expect(contains(shown, toDay('2023-06-01'))).toBe(true);
    expect(contains(shown, toDay('2023-10-30'))).toBe(true);
    expect(contains(shown, toDay('2023-10-31'))).toBe(false);
  });
  it('spans the whole month of a month-precise event', () => {
    expect(eventSpan(visit)).toEqual({ from: toDay('2024-07-01'), to: toDay('2024-08-01') });
    expect(contains(markerDays(visit), toDay('2024-08-30'))).toBe(true);
    expect(contains(markerDays(visit), toDay('2024-08-31'))).toBe(false);
  });
  it('spans the whole year of a year-precise event', () => {
    const year = ev('year', '2002-01-01', { datePrecision: 'year' });
    expect(eventSpan(year)).toEqual({ from: toDay('2002-01-01'), to: toDay('2003-01-01') });
  });
});

describe('numericEventId', () => {
  it('is a stable non-negative 31-bit integer', () => {
    const n = numericEventId('shusha-2020');
    expect(n).toBe(numericEventId('shusha-2020'));
    expect(Number.isInteger(n) && n >= 0 && n < 2 ** 31).toBe(true);
    expect(numericEventId('shusha-1992')).not.toBe(n);
  });
});
