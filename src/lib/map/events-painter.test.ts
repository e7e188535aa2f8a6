import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../domain/events';
import { toDay } from '../time/days';
import { EventsPainter, pointKey } from './events-painter';
import { FakeMap } from './test/fake-map';

function event(id: number, slug: string, date: string, at: [number, number]): EventFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: at },
    properties: {
      id: slug,
      date,
      datePrecision: 'day',
      title: slug,
      summary: '',
      kind: 'other',
      concerns: { countries: [], zones: [], places: [] },
      place: 'p',
      sources: ['s'],
      confidence: 'high',
    },
  };
}

const HERE: [number, number] = [46.75, 39.81];
const events = [
  event(1, 'first-here', '2023-09-19', HERE),
  event(2, 'elsewhere', '2023-09-20', [44.5, 40.18]),
  event(3, 'second-here', '2023-09-20', [46.75, 39.81]),
  event(4, 'long-before-here', '2000-01-01', HERE),
];

describe('events sharing a point', () => {
  it('rounds coordinates to one point key', () => {
    expect(pointKey([46.75, 39.81])).toBe(pointKey([46.7502, 39.8099]));
    expect(pointKey([46.75, 39.81])).not.toBe(pointKey([46.76, 39.81]));
  });

  it('lists the events shown on the day at the point of a marker, by date', () => {
    const painter = new EventsPainter(new FakeMap(), events);
    painter.paint(toDay('2023-09-21'));
    expect(painter.visibleAtPointOf(3)).toEqual(['first-here', 'second-here']);
    expect(painter.visibleAtPointOf(1)).toEqual(['first-here', 'second-here']);
    expect(painter.visibleAtPointOf(2)).toEqual(['elsewhere']);
    // A marker not shown on the day offers nothing; unknown ids neither.
    expect(painter.visibleAtPointOf(4)).toEqual([]);
    expect(painter.visibleAtPointOf(99)).toEqual([]);
  });

  it('follows the day painted', () => {
    const painter = new EventsPainter(new FakeMap(), events);
    painter.paint(toDay('2023-09-19'));
    expect(painter.visibleAtPointOf(1)).toEqual(['first-here']);
    painter.paint(toDay('2000-01-05'));
    expect(painter.visibleAtPointOf(4)).toEqual(['long-before-here']);
    expect(painter.visibleAtPointOf(1)).toEqual([]);
  });
});
