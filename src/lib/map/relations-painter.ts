/**
 * Paints every country by its relation to the focus country on a date, and the lines from the
 * focus's capital to the other followed states' capitals. A date change only sets feature-state
 * of the countries and lines whose status changed; a focus change rebuilds the few lines.
 */
import type { FeatureCollection, LineString } from 'geojson';
import {
  type Capital,
  type FocusStatus,
  type RelationsIndex,
  relationsOfFocus,
} from '../domain/relations';
import { followedStates } from '../domain/labels';
import type { CountryCode } from '../domain/types';
import type { DayNumber } from '../time/days';
import { GRIDDED_RELATIONS, HATCHED_RELATIONS } from '../style/palette';
import { writeState } from './feature-state';
import type { PaintTarget } from './paint-target';

export class RelationsPainter {
  readonly #map: PaintTarget;
  readonly #data: RelationsIndex;
  /** Country feature ids by ISO code (a country may have several features). */
  readonly #featuresByCode = new Map<CountryCode, number[]>();
  readonly #codes: CountryCode[];
  readonly #capitals: ReadonlyMap<CountryCode, Capital>;
  /** Followed states, in a fixed order: a line's feature id is its index here. */
  readonly #followed: CountryCode[];
  #focus: CountryCode | null = null;
  /** The lines source may not hold the focus's lines (a rebuilt style): draw them again. */
  #linesStale = false;
  #shown = new Map<CountryCode, FocusStatus>();

  constructor(
    map: PaintTarget,
    data: RelationsIndex,
    countryCodes: readonly string[],
    capitals: readonly Capital[],
  ) {
    this.#map = map;
    this.#data = data;
    countryCodes.forEach((code, id) => {
      if (!code) return;
      const ids = this.#featuresByCode.get(code) ?? [];
      ids.push(id);
      this.#featuresByCode.set(code, ids);
    });
    this.#codes = [...this.#featuresByCode.keys()];
    this.#capitals = new Map(capitals.map((c) => [c.country, c]));
    this.#followed = followedStates(data).map((c) => c.code);
  }

  /** The map has no feature-state (a rebuilt style): the next paint writes everything. */
  forget(): void {
    this.#shown.clear();
    this.#linesStale = true;
  }

  /** Shows relations to `focus` on `day`, or clears them for no focus. */
  paint(focus: CountryCode | null, day: DayNumber): void {
    if (focus !== this.#focus || this.#linesStale) {
      this.#focus = focus;
      this.#linesStale = false;
      this.#drawLines();
    }
    const statuses = focus
      ? relationsOfFocus(this.#data, focus, day, this.#codes)
      : new Map<CountryCode, FocusStatus>();
    for (const code of this.#codes) {
      const status = statuses.get(code);
      if (this.#shown.get(code) === status) continue;
      for (const id of this.#featuresByCode.get(code) ?? []) {
        writeState(this.#map, 'countries', id, {
          relation: status ?? null,
          relationHatch: !!status && HATCHED_RELATIONS.includes(status),
          relationGrid: !!status && GRIDDED_RELATIONS.includes(status),
        });
      }
      const line = this.#followed.indexOf(code);
      if (line >= 0) {
        writeState(this.#map, 'relation-lines', line, { status: status ?? null });
      }
      if (status === undefined) this.#shown.delete(code);
      else this.#shown.set(code, status);
    }
  }

  #drawLines(): void {
    const origin = this.#focus ? this.#capitals.get(this.#focus) : undefined;
    const lines: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [] };
    if (origin) {
      this.#followed.forEach((code, id) => {
        const to = this.#capitals.get(code);
        if (!to || code === this.#focus) return;
        lines.features.push({
          type: 'Feature',
          id,
          properties: { country: code },
          geometry: {
            type: 'LineString',
            coordinates: [
              [origin.lon, origin.lat],
              [to.lon, to.lat],
            ],
          },
        });
      });
    }
    this.#map.setSourceData('relation-lines', lines);
    // New line features start without state: repaint them on the next call.
    for (const code of this.#followed) this.#shown.delete(code);
  }
}
