/**
 * Paints a comparison of two days by feature-state only: each control piece whose holder on the
 * day shown differs from its holder on the compared day is marked gained or lost (see
 * compareMark), so starting, swapping or ending a comparison, and a date change while comparing,
 * touch just the pieces whose mark changes and repaint in one frame.
 */
import { type CompareMark, compareMark } from '../domain/compare';
import type { ControlPiece } from '../domain/control';
import type { DayNumber } from '../time/days';
import { type FeatureStateTarget, writeState } from './feature-state';

export class ComparePainter {
  readonly #map: FeatureStateTarget;
  readonly #pieces: readonly ControlPiece[];
  /** The mark each piece has on the map; the style starts with none. */
  #marks: CompareMark[];

  constructor(map: FeatureStateTarget, pieces: readonly ControlPiece[]) {
    this.#map = map;
    this.#pieces = pieces;
    this.#marks = pieces.map(() => null);
  }

  /** The map has no feature-state (a rebuilt style): nothing is marked. */
  forget(): void {
    this.#marks = this.#pieces.map(() => null);
  }

  /** Marks the pieces for `shown` compared with `other` (null: no comparison); returns how many changed. */
  paint(shown: DayNumber, other: DayNumber | null): number {
    let changed = 0;
    this.#pieces.forEach((piece, i) => {
      const mark = compareMark(piece, shown, other);
      if (mark === this.#marks[i]) return;
      this.#marks[i] = mark;
      writeState(this.#map, 'control', piece.id, { compare: mark });
      changed++;
    });
    return changed;
  }
}
