/**
 * Paints the control layer for a date by feature-state only: pieces never change shape, so a
 * date change touches just the pieces whose controller changed and the front lines between
 * them, and MapLibre repaints in the next frame without re-tiling.
 */
import type { DayNumber } from '../time/days';
import { DOTTED_CONTROLLERS } from '../style/palette';
import { type ControlPiece, type Front, controllerAt } from '../domain/control';
import { type FeatureStateTarget, writeState } from './feature-state';

export interface PieceLook {
  controller: string;
  low: boolean;
  /** In a typed transitional phase (ceasefire and disarmament under way). */
  transition: boolean;
  /** Held by the state it is internationally recognised as part of. */
  own: boolean;
}

/** How a piece looks on `day`. */
export function pieceLook(piece: ControlPiece, day: DayNumber): PieceLook {
  const entry = controllerAt(piece, day);
  const controller = entry?.controller ?? '';
  return {
    controller,
    low: entry?.confidence === 'low',
    transition: entry?.phase !== undefined,
    own: controller === piece.state,
  };
}

export function isDotted(controller: string): boolean {
  return (DOTTED_CONTROLLERS as readonly string[]).includes(controller);
}

/**
 * A line between two areas held by different controllers; an international border with each
 * side held by its own state is drawn by the base map, not as a front.
 */
export function frontActive(a: PieceLook | null, b: PieceLook | null): boolean {
  return (
    !!a &&
    !!b &&
    a.controller !== '' &&
    b.controller !== '' &&
    a.controller !== b.controller &&
    !(a.own && b.own)
  );
}

export class ControlPainter {
  readonly #map: FeatureStateTarget;
  readonly #pieces: readonly ControlPiece[];
  readonly #fronts: readonly Front[];
  #looks: (PieceLook | null)[];
  #active: boolean[];

  /**
   * `shown`: the day the map's source data already shows (see baked-look.ts), so painting that
   * day writes nothing; null when the map starts with nothing painted.
   */
  constructor(
    map: FeatureStateTarget,
    pieces: readonly ControlPiece[],
    fronts: readonly Front[],
    shown: DayNumber | null = null,
  ) {
    this.#map = map;
    this.#pieces = pieces;
    this.#fronts = fronts;
    this.#looks = pieces.map((piece) => (shown === null ? null : pieceLook(piece, shown)));
    this.#active = fronts.map((front) =>
      frontActive(this.#looks[front.a] ?? null, this.#looks[front.b] ?? null),
    );
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
      const look = pieceLook(piece, day);
      const before = this.#looks[i];
      if (
        before &&
        before.controller === look.controller &&
        before.low === look.low &&
        before.transition === look.transition
      )
        return;
      this.#looks[i] = look;
      writeState(this.#map, 'control', piece.id, {
        controller: look.controller,
        low: look.low,
        transition: look.transition,
        dotted: isDotted(look.controller),
      });
      changed++;
    });
    this.#fronts.forEach((front, i) => {
      const active = frontActive(this.#looks[front.a] ?? null, this.#looks[front.b] ?? null);
      if (active === this.#active[i]) return;
      this.#active[i] = active;
      writeState(this.#map, 'fronts', front.id, { active });
      changed++;
    });
    return changed;
  }
}
