/**
 * Comparing the day shown with another day (`compare=` in the URL). The comparison keeps only
 * the other day; the day shown stays the app's own, so every date control keeps working while
 * comparing, and swapping the two is a single change of both.
 */
import type { DayNumber } from '../time/days';

/** What the comparison needs of the app: the day shown, and the rule that clamps a day. */
export interface ShownDay {
  day(): DayNumber;
  setDay(day: DayNumber): void;
  clamp(day: DayNumber): DayNumber;
}

export class Comparison {
  readonly #shown: ShownDay;
  #other: DayNumber | null = $state(null);

  constructor(shown: ShownDay) {
    this.#shown = shown;
  }

  /** The day compared with the day shown; null when not comparing. */
  get day(): DayNumber | null {
    return this.#other;
  }

  get active(): boolean {
    return this.#other !== null;
  }

  /** Compares the day shown with `day` (clamped to the covered range). */
  compareWith(day: DayNumber): void {
    this.#other = this.#shown.clamp(day);
  }

  stopComparing(): void {
    this.#other = null;
  }

  /** Shows the compared day, and compares it with the day that was shown. */
  toggleShownDay(): void {
    const other = this.#other;
    if (other === null) return;
    this.#other = this.#shown.day();
    this.#shown.setDay(other);
  }

  /** What a link says: the compared day, or none. */
  restore(day: DayNumber | null): void {
    this.#other = day === null ? null : this.#shown.clamp(day);
  }
}
