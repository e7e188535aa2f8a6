/**
 * Paints the control layer for a date by feature-state only: pieces never change shape, so a
 * date change touches just the pieces whose controller changed and the front lines between
 * them, and MapLibre repaints in the next frame without re-tiling.
 */
import type { DayNumber } from '../time/days';
import { DOTTED_CONTROLLERS } from '../style/palette';
import { type ControlPiece, type Front, controllerAt } from '../domain/control';
import { type FeatureStateTarget, writeState } from './feature-state';

/** A shared boundary between two pieces (control-fronts.geojson). */

interface PieceLook {
  controller: string;
  low: boolean;
  /** Held by the state it is internationally recognised as part of. */
  own: boolean;
}

export class ControlPainter {
  readonly #map: FeatureStateTarget;
  readonly #pieces: readonly ControlPiece[];
  readonly #fronts: readonly Front[];
  #looks: (PieceLook | null)[];
  #active: boolean[];

  constructor(map: FeatureStateTarget, pieces: readonly ControlPiece[], fronts: readonly Front[]) {
    this.#map = map;
    this.#pieces = pieces;
    this.#fronts = fronts;
    this.#looks = pieces.map(() => null);
    this.#active = fronts.map(() => false);
  }

  /** The map has no feature-state (a rebuilt style): the next paint writes every piece. */
  forget(): void {
    this.#looks = this.#pieces.map(() => null);
    this.#active = this.#fronts.map(() => false);
  }

  /** Updates feature-state for `day`; returns how many features changed. */
  paint(day: DayNumber): number {
    let changed = 0;
    this.#pieces.forEach((piece, i) => {
      const entry = controllerAt(piece, day);
      const controller = entry?.controller ?? '';
      const look = {
        controller,
        low: entry?.confidence === 'low',
        own: controller === piece.state,
      };
      const before = this.#looks[i];
      if (before && before.controller === look.controller && before.low === look.low) return;
      this.#looks[i] = look;
      writeState(this.#map, 'control', piece.id, {
        controller: look.controller,
        low: look.low,
        dotted: (DOTTED_CONTROLLERS as readonly string[]).includes(look.controller),
      });
      changed++;
    });
    this.#fronts.forEach((front, i) => {
      const a = this.#looks[front.a];
      const b = this.#looks[front.b];
      // A line between two areas held by different controllers; an international border with
      // each side held by its own state is drawn by the base map, not as a front.
      const active =
        !!a &&
        !!b &&
        a.controller !== '' &&
        b.controller !== '' &&
        a.controller !== b.controller &&
        !(a.own && b.own);
      if (active === this.#active[i]) return;
      this.#active[i] = active;
      writeState(this.#map, 'fronts', front.id, { active });
      changed++;
    });
    return changed;
  }
}
