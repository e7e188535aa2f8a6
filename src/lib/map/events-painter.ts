/**
 * Shows event markers around their date by feature-state: a date change flips only the markers
 * that appear or disappear (see markerDays for the window). It also knows which markers stand
 * on the same point (six events at Stepanakert), so a click on a shared marker can offer every
 * event shown there instead of the one drawn on top.
 */
import { type EventFeature, markerDays } from '../domain/events';
import type { DayNumber } from '../time/days';
import { type DayInterval, contains } from '../time/interval';
import { type FeatureStateTarget, writeState } from './feature-state';

/** Markers closer than this (degrees, about 100 m) stand on the same point. */
const SAME_POINT_DEGREES = 0.001;

/** The key of the point a marker stands on: its coordinates rounded to SAME_POINT_DEGREES. */
export function pointKey([lon, lat]: readonly [number, number]): string {
  const round = (v: number) => Math.round(v / SAME_POINT_DEGREES);
  return `${round(lon)},${round(lat)}`;
}

export class EventsPainter {
  readonly #map: FeatureStateTarget;
  readonly #spans: { id: number; slug: string; point: string; days: DayInterval }[];
  readonly #byId: Map<number, number>;
  #visible: boolean[];

  /** `shown`: the day the map's source data already shows (see baked-look.ts), or null. */
  constructor(
    map: FeatureStateTarget,
    events: readonly EventFeature[],
    shown: DayNumber | null = null,
  ) {
    this.#map = map;
    this.#spans = events.map((e) => ({
      id: e.id,
      slug: e.properties.id,
      point: pointKey(e.geometry.coordinates),
      days: markerDays(e.properties),
    }));
    this.#byId = new Map(this.#spans.map((span, i) => [span.id, i]));
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

  /**
   * The slugs of the events whose markers show on the day painted and stand on the same point
   * as the marker with numeric id `id`, in the data's order (by date); empty for an unknown or
   * hidden marker. One slug when the marker stands alone.
   */
  visibleAtPointOf(id: number): string[] {
    const index = this.#byId.get(id);
    if (index === undefined || !this.#visible[index]) return [];
    const point = this.#spans[index]!.point;
    return this.#spans
      .filter((span, i) => this.#visible[i] && span.point === point)
      .map((s) => s.slug);
  }
}
