/**
 * Shows event markers around their date by feature-state: a date change flips only the markers
 * that appear or disappear (see markerDays for the window).
 */
import { type EventFeature, markerDays } from '../domain/events';
import type { DayNumber } from '../time/days';
import { type DayInterval, contains } from '../time/interval';
import { type FeatureStateTarget, writeState } from './feature-state';

export class EventsPainter {
  readonly #map: FeatureStateTarget;
  readonly #spans: { id: number; days: DayInterval }[];
  #visible: boolean[];

  /** `shown`: the day the map's source data already shows (see baked-look.ts), or null. */
  constructor(
    map: FeatureStateTarget,
    events: readonly EventFeature[],
    shown: DayNumber | null = null,
  ) {
    this.#map = map;
    this.#spans = events.map((e) => ({ id: e.id, days: markerDays(e.properties) }));
    this.#visible = this.#spans.map((span) => shown !== null && contains(span.days, shown));
  }

  /** The map has no feature-state (a rebuilt style): every marker is hidden. */
  forget(): void {
    this.#visible = this.#spans.map(() => false);
  }

  paint(day: DayNumber): void {
    this.#spans.forEach((span, i) => {
      const visible = contains(span.days, day);
      if (visible === this.#visible[i]) return;
      this.#visible[i] = visible;
      writeState(this.#map, 'events', span.id, { near: visible });
    });
  }
}
