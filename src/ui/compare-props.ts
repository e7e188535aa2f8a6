import type { ControlPiece } from '../lib/domain/control';
import type { Controller } from '../lib/domain/types';
import type { DayNumber } from '../lib/time/days';

/** What the "Compare with…" box hands on to the comparison panel it loads. */
export interface CompareProps {
  day: DayNumber;
  /** The compared day, or null when not comparing. */
  other: DayNumber | null;
  first: DayNumber;
  last: DayNumber;
  pieces: readonly ControlPiece[];
  /** A controller's name on a day, in the naming convention chosen. */
  labelOf: (controller: Controller, day: DayNumber) => string;
  oncompare: (day: DayNumber) => void;
  ontoggle: () => void;
  /** A details panel is open on the right: stand beside it. */
  besidePanel?: boolean;
}
