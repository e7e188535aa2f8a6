/**
 * The three readings of a day (`view=`): de facto control, internationally recognised borders,
 * and claims. What each view is called, what its caption says, and the pure rules of the
 * recognised view: which state an area is recognised as part of on a day (the Soviet republics
 * before the Soviet Union ended), and which breakaway entity a zone's panel reports on.
 */
import type { DayNumber } from '../time/days';
import { formatDay, toDay } from '../time/days';
import type { ClaimAreaProperties } from './claims';
import { type ControlPiece, type PieceState, controllerAt } from './control';
import { STATE_NAMES } from './labels';
import { type EntityId, isEntityId } from './recognition';

export const VIEW_IDS = ['control', 'recognised', 'claims'] as const;
export type View = (typeof VIEW_IDS)[number];

/** The switch's labels. */
export const VIEW_LABELS: Record<View, string> = {
  control: 'De facto control',
  recognised: 'Recognised borders',
  claims: 'Claims',
};

/** What the map shows, as the caption's first words (followed by the day). */
export function viewCaption(view: View): string {
  if (view === 'recognised') return 'Internationally recognised borders on';
  if (view === 'claims') return 'What each party claimed, over who held what, on';
  return 'Who controlled what on';
}

/** The Soviet Union's record in claims.json (claimant `SU`): its end is the republics' end. */
export function sovietUnion(
  claims: readonly ClaimAreaProperties[],
): ClaimAreaProperties | undefined {
  return claims.find((c) => c.claimant === 'SU');
}

/** One entry of the recognised view's legend: a state (or republic) and its name on the day. */
export interface RecognisedEntry {
  state: PieceState;
  label: string;
}

/**
 * The states the recognised view fills with, named as on `day`: before the Soviet Union's end
 * (`sovietEnd`, exclusive) the republics, as parts of the union; from then on the states, their
 * breakaway regions included.
 */
export function recognisedEntries(day: DayNumber, sovietEnd: DayNumber | null): RecognisedEntry[] {
  const soviet = sovietEnd !== null && day < sovietEnd;
  const within: Record<PieceState, string> = {
    AZ: 'Nagorno-Karabakh included',
    AM: '',
    GE: 'Abkhazia and South Ossetia included',
  };
  return (['AZ', 'AM', 'GE'] as const).map((state) => {
    const names = STATE_NAMES[state];
    if (soviet) {
      return {
        state,
        label: `${names.soviet}, a republic of the Soviet Union (until ${formatDay(sovietEnd!)})`,
      };
    }
    const note = within[state];
    return { state, label: note ? `${names.state} (${note})` : names.state };
  });
}

/** The day the Soviet Union ended (exclusive), from its claim record; null if not loaded. */
export function sovietEndDay(claims: readonly ClaimAreaProperties[]): DayNumber | null {
  const su = sovietUnion(claims);
  return su?.to ? toDay(su.to) : null;
}

/**
 * The breakaway entity a zone's panel reports the recognition of in the recognised view: the
 * entity holding the zone on the day, if one does.
 */
export function zoneEntityOn(
  piece: Pick<ControlPiece, 'timeline'>,
  day: DayNumber,
): EntityId | null {
  const controller = controllerAt(piece, day).controller;
  return isEntityId(controller) ? controller : null;
}
