/**
 * "Pause at key events" on the real data: play stops on the days of events the data marks key,
 * and on no other day. Expected days are read from public/data/events.geojson here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../domain/events';
import { toDay } from '../../time/days';
import { keyDaysOf, ticksOfEvents } from './ticks';
import { WAR_2020_WINDOW } from './zoom';

const FILE = join(__dirname, '..', '..', '..', '..', 'public', 'data', 'events.geojson');
const events = (JSON.parse(readFileSync(FILE, 'utf8')) as { features: EventFeature[] }).features;

describe('key days of the published events', () => {
  const keyDays = keyDaysOf(ticksOfEvents(events));
  const expected = [
    ...new Set(
      events
        .filter((e) => (e.properties as { key?: unknown }).key === true)
        .map((e) => toDay(e.properties.date)),
    ),
  ].sort((a, b) => a - b);

  it('are exactly the days of events flagged key', () => {
    expect(keyDays).toEqual(expected);
  });

  it('are a curated few: about a fifth to a third of the events', () => {
    const keyEvents = events.filter((e) => e.properties.key === true).length;
    expect(keyEvents).toBeGreaterThanOrEqual(20);
    expect(keyEvents).toBeLessThanOrEqual(events.length / 3);
  });

  it('do not stop the 2020 war on every day that has an event', () => {
    const inWar = (day: number) => day >= WAR_2020_WINDOW.from && day < WAR_2020_WINDOW.to;
    const eventDays = new Set(events.map((e) => toDay(e.properties.date)).filter(inWar));
    const pauses = keyDays.filter(inWar);
    expect(pauses.length).toBeGreaterThan(0);
    expect(pauses.length).toBeLessThan(eventDays.size);
    for (const day of pauses) expect(eventDays.has(day)).toBe(true);
  });
});
