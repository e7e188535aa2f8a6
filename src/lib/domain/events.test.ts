import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import {
  EVENT_VISIBLE_DAYS,
  type EventProperties,
  eventDays,
  eventEndDay,
  eventsConcerning,
  eventsNear,
  nearestEvent,
  numericEventId,
} from './events';

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
const tianjin = ev('tianjin', '2025-08-31', {
  place: 'tianjin',
  concerns: { countries: ['AM', 'PK'], zones: [], places: [] },
});
const blockade = ev('blockade', '2022-12-12', { endDate: '2023-10-01', place: 'shusha' });
const visit = ev('visit', '2024-07-01', { datePrecision: 'month' });
const all = [tianjin, shusha, blockade, visit];

describe('eventsConcerning', () => {
  it('filters by country, zone and place', () => {
    expect(eventsConcerning(all, { country: 'PK' }).map((e) => e.id)).toEqual(['tianjin']);
    expect(eventsConcerning(all, { zone: 'nkao-shusha' }).map((e) => e.id)).toEqual(['shusha']);
  });
  it('counts an event at a place as concerning it', () => {
    expect(eventsConcerning(all, { place: 'shusha' }).map((e) => e.id)).toEqual([
      'shusha',
      'blockade',
    ]);
  });
  it('requires every given key', () => {
    expect(eventsConcerning(all, { country: 'AM', place: 'tianjin' }).map((e) => e.id)).toEqual([
      'tianjin',
    ]);
    expect(eventsConcerning(all, { country: 'PK', place: 'shusha' })).toEqual([]);
  });
});

describe('eventsNear', () => {
  it('shows a one-day event from its date for 31 days', () => {
    const day = toDay('2020-11-08');
    expect(EVENT_VISIBLE_DAYS).toBe(30);
    expect(eventsNear([shusha], day - 1)).toEqual([]);
    expect(eventsNear([shusha], day)).toEqual([shusha]);
    expect(eventsNear([shusha], day + 30)).toEqual([shusha]);
    expect(eventsNear([shusha], day + 31)).toEqual([]);
  });
  it('shows a multi-day event until 30 days after its exclusive end', () => {
    expect(eventsNear([blockade], toDay('2023-06-01'))).toEqual([blockade]);
    expect(eventsNear([blockade], toDay('2023-10-30'))).toEqual([blockade]);
    expect(eventsNear([blockade], toDay('2023-10-31'))).toEqual([]);
  });
  it('spans the whole month of a month-precise event', () => {
    expect(eventEndDay(visit)).toBe(toDay('2024-08-01'));
    expect(eventsNear([visit], toDay('2024-08-30'))).toEqual([visit]);
    expect(eventsNear([visit], toDay('2024-08-31'))).toEqual([]);
  });
  it('takes another window', () => {
    expect(eventsNear([shusha], toDay('2020-11-09'), 1)).toEqual([shusha]);
    expect(eventsNear([shusha], toDay('2020-11-10'), 1)).toEqual([]);
  });
});

describe('eventDays', () => {
  it('gives sorted distinct start days', () => {
    const twice = ev('again', '2020-11-08');
    expect(eventDays([tianjin, shusha, twice])).toEqual([toDay('2020-11-08'), toDay('2025-08-31')]);
  });
});

describe('nearestEvent', () => {
  it('finds the event starting closest to the day', () => {
    expect(nearestEvent(all, toDay('2021-01-01'))?.id).toBe('shusha');
    expect(nearestEvent(all, toDay('2025-12-01'))?.id).toBe('tianjin');
    expect(nearestEvent([], 0)).toBeUndefined();
  });
  it('prefers the earlier event on a tie, whatever the input order', () => {
    const a = ev('a', '2020-01-01');
    const b = ev('b', '2020-01-03');
    expect(nearestEvent([b, a], toDay('2020-01-02'))?.id).toBe('a');
    expect(nearestEvent([a, b], toDay('2020-01-02'))?.id).toBe('a');
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
