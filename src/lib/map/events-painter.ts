/**
 * Shows event markers around their date by feature-state: a date change flips only the markers
 * that appear or disappear (see eventsNear for the window).
 */
import {
  type EventFeature,
  eventEndDay,
  eventStartDay,
  EVENT_VISIBLE_DAYS,
} from '../domain/events';
import type { DayNumber } from '../time/days';
import { type FeatureStateTarget, writeState } from './feature-state';

export class EventsPainter {
  readonly #map: FeatureStateTarget;
  readonly #spans: { id: number; from: DayNumber; to: DayNumber }[];
  #visible: boolean[];

  constructor(map: FeatureStateTarget, events: readonly EventFeature[]) {
    this.#map = map;
    this.#spans = events.map((e) => ({
      id: e.id,
      from: eventStartDay(e.properties),
      to: eventEndDay(e.properties) + EVENT_VISIBLE_DAYS,
    }));
    this.#visible = this.#spans.map(() => false);
  }

  paint(day: DayNumber): void {
    this.#spans.forEach((span, i) => {
      const visible = day >= span.from && day < span.to;
      if (visible === this.#visible[i]) return;
      this.#visible[i] = visible;
      writeState(this.#map, 'events', span.id, { near: visible });
    });
  }
}
