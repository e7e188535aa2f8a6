/**
 * Who held a piece: on the day (and since when the holder's unbroken run began), and over the
 * whole atlas, as sourced statements on the covered range.
 */
import type { AtlasIndex, IndexedPiece } from '../domain/atlas-index';
import type { TimelineEntry } from '../domain/control';
import { controllerLabel } from '../domain/controllers';
import { PHASE_LABELS } from '../domain/phases';
import { STATE_NAMES } from '../domain/labels';
import type { Dated } from '../domain/relations';
import type { PieceState } from '../domain/control';
import { type DatePrecision, type DayNumber, formatDay } from '../time/days';
import { contains } from '../time/interval';
import { present, statement } from './sourcing';
import type { ControlNow, HistorySegment, Statement } from './types';
import { barSpan, periodLabel } from './wording';

type Entry = Dated<TimelineEntry>;

/** The timeline entry holding on `day`, or undefined outside the timeline. */
export function entryOn(piece: IndexedPiece, day: DayNumber): Entry | undefined {
  return piece.periods.find((e) => contains(e.days, day));
}

function precisionOf(
  entry: Entry,
  index: AtlasIndex,
): { from: DatePrecision; to: DatePrecision | null } {
  const period = entry.period ? index.controlPeriods.get(entry.period) : undefined;
  return period?.datePrecision ?? { from: 'day', to: entry.to === null ? null : 'day' };
}

function noteOf(entry: Entry, index: AtlasIndex): string | undefined {
  return entry.period ? index.controlPeriods.get(entry.period)?.note : undefined;
}

/** Who held the piece on `day`, and since when: the start of the unbroken run of that holder. */
export function controlNow(
  piece: IndexedPiece,
  day: DayNumber,
  subject: string,
  index: AtlasIndex,
): ControlNow | null {
  const timeline = piece.periods;
  const at = timeline.findIndex((e) => contains(e.days, day));
  const entry = timeline[at];
  // The claim is about this period: without its own sources there is nothing to say.
  if (!entry || entry.sources.length === 0) return null;
  let start = at;
  while (start > 0 && timeline[start - 1]!.controller === entry.controller) start--;
  const first = timeline[start]!;
  const sinceText = formatDay(first.days.from, precisionOf(first, index).from);
  const label = controllerLabel(entry.controller, day, index.relations.countries);
  const sources = timeline.slice(start, at + 1).flatMap((e) => e.sources);
  const text =
    start === 0 && at === 0
      ? `On this day ${subject} was held by ${label}, as it was from the start of the atlas (${sinceText}).`
      : `On this day ${subject} was held by ${label}, without interruption since ${sinceText}.`;
  const s = statement(text, sources, entry.confidence);
  const sinceLabel =
    start === 0 ? `since at least ${sinceText} (start of the atlas)` : `since ${sinceText}`;
  return s
    ? {
        controller: entry.controller,
        label,
        since: first.from,
        sinceLabel,
        statement: s,
        transition: transitionOf(entry, index),
      }
    : null;
}

/** "Ceasefire and disarmament under way since 20 September 2023: <the period's note>" */
function transitionOf(entry: Entry, index: AtlasIndex): Statement | null {
  if (!entry.phase) return null;
  const since = formatDay(entry.days.from, precisionOf(entry, index).from);
  const note = noteOf(entry, index);
  return statement(
    `${PHASE_LABELS[entry.phase]} since ${since}${note ? `: ${note}` : '.'}`,
    entry.sources,
    entry.confidence,
  );
}

/** Every sourced period of the piece, placed on the covered range; the day's one is current. */
export function controlHistory(
  piece: IndexedPiece,
  day: DayNumber,
  index: AtlasIndex,
): HistorySegment[] {
  const names = index.relations.countries;
  return piece.periods
    .map((entry): HistorySegment | null => {
      // A period across independence names both: "Azerbaijan SSR, then Azerbaijan".
      const first = controllerLabel(entry.controller, entry.days.from, names);
      const lastDay = entry.days.to === null ? day : entry.days.to - 1;
      const last = controllerLabel(entry.controller, lastDay, names);
      const label = first === last ? first : `${first}, then ${last}`;
      const period = periodLabel(entry.days, precisionOf(entry, index));
      const note = noteOf(entry, index);
      const phase = entry.phase ? ` (${PHASE_LABELS[entry.phase].toLowerCase()})` : '';
      const s = statement(
        `Held by ${label}, ${period}${phase}.${note ? ` ${note}` : ''}`,
        entry.sources,
        entry.confidence,
      );
      if (!s) return null;
      return {
        from: entry.from,
        to: entry.to,
        controller: entry.controller,
        label,
        period,
        ...barSpan(entry.days, index.covered),
        current: contains(entry.days, day),
        statement: s,
      };
    })
    .filter(present);
}

/** "<subject> is internationally recognised as part of <state>.", cited from the data. */
export function recognisedIn(
  state: PieceState,
  subject: string,
  index: AtlasIndex,
): Statement | null {
  return statement(
    `${subject} is internationally recognised as part of ${STATE_NAMES[state].state}.`,
    index.relations.countries.get(state)?.recognisedTerritorySources ?? [],
  );
}
