import { describe, expect, it } from 'vitest';
import { toDay } from '../../time/days';
import { eventTicks, keyDaysOf, nearestTick, valueText } from './ticks';

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

describe('ticks from events', () => {
  const events = [
    { id: 'b', title: 'Later', day: 20 },
    { id: 'a', title: 'Earlier', day: 10 },
    { id: 'c', title: 'Same day', day: 20 },
  ];

  it('makes one event tick per event, in day order', () => {
    expect(eventTicks(events)).toEqual([
      { day: 10, id: 'a', label: 'Earlier', kind: 'event' },
      { day: 20, id: 'b', label: 'Later', kind: 'event' },
      { day: 20, id: 'c', label: 'Same day', kind: 'event' },
    ]);
  });

  it('carries the key flag and a span end only when set', () => {
    const ticks = eventTicks([
      { id: 'k', title: 'Key', day: 5, key: true },
      { id: 'm', title: 'A month', day: 7, end: 37 },
    ]);
    expect(ticks).toEqual([
      { day: 5, id: 'k', label: 'Key', kind: 'event', key: true },
      { day: 7, id: 'm', label: 'A month', kind: 'event', end: 37 },
    ]);
  });

  it('pauses play once per day that has a key event, and never on other days', () => {
    const ticks = eventTicks([
      ...events,
      { id: 'k1', title: 'Key', day: 30, key: true },
      { id: 'k2', title: 'Key too', day: 30, key: true },
      { id: 'k3', title: 'Key again', day: 10, key: true },
    ]);
    expect(keyDaysOf(ticks)).toEqual([10, 30]);
    expect(keyDaysOf(eventTicks(events))).toEqual([]);
  });
});
