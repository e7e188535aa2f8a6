/**
 * Queries over public/data/control-pieces.geojson for the app: which controller held each piece
 * on a given day, and on which days anything changes. (Which pieces changed between two frames
 * is tracked by the map's ControlPainter, which also follows confidence.) Pure: no fetching, no
 * map library.
 *
 * Every timeline entry is a half-open interval of days: `from` inclusive, `to` exclusive, `to:
 * null` for "still so". A piece's timeline runs contiguously from the first day of the atlas.
 */
import type { DayNumber, IsoDate } from '../time/days';
import { toDay } from '../time/days';
import type { Confidence, ControlPhase, Controller, OtherNames } from './types';

/** One entry of a piece's timeline. */
export interface TimelineEntry {
  from: IsoDate;
  to: IsoDate | null;
  controller: Controller;
  confidence: Confidence;
  sources: string[];
  /**
   * The control.geojson feature id of this period (`periodId`), or null for the states' rest
   * pieces. Not published in control-pieces.geojson (it is derived, and the first load is
   * smaller without it): the app fills it in when it indexes the pieces.
   */
  period?: string | null;
  /** A transitional phase of the period (ceasefire and disarmament under way); absent otherwise. */
  phase?: ControlPhase;
}

/** The internationally recognised state a piece lies in. */
export type PieceState = 'AZ' | 'AM' | 'GE';

/** Properties of one feature of control-pieces.geojson. */
export interface ControlPieceProperties {
  /** Stable id: the zone id, or `rest-AZ`, `rest-AM`, `rest-GE`. */
  piece: string;
  state: PieceState;
  name: string;
  names: OtherNames;
  native: OtherNames;
  timeline: TimelineEntry[];
  areaKm2: number;
}

/** A piece as the app holds it: the feature's integer id and its properties. */
export interface ControlPiece extends ControlPieceProperties {
  id: number;
}

/** A boundary between two pieces (control-fronts.geojson): a front line when holders differ. */
export interface Front {
  id: number;
  /** Piece ids, a < b. */
  a: number;
  b: number;
}

/** public/data/control-summary.json: km² held by each controller code on each change date. */
export interface ControlSummary {
  changeDates: IsoDate[];
  /** Each row's values hold from its date until the next row's date. */
  rows: { date: IsoDate; km2: Record<string, number> }[];
}

/** The control.geojson id of a zone's period: `${zone}@${from}`; rest pieces have none. */
export function periodId(piece: string, from: IsoDate): string | null {
  return piece.startsWith('rest-') ? null : `${piece}@${from}`;
}

/** Day numbers of a timeline, computed once per piece for binary search. */
const startsCache = new WeakMap<TimelineEntry[], DayNumber[]>();

function starts(timeline: TimelineEntry[]): DayNumber[] {
  let s = startsCache.get(timeline);
  if (!s) {
    s = timeline.map((e) => toDay(e.from));
    startsCache.set(timeline, s);
  }
  return s;
}

/**
 * The timeline entry in force on `day`: the last entry whose `from` is on or before `day`.
 * Days before the first entry get the first entry (the atlas starts there).
 */
export function controllerAt(piece: Pick<ControlPiece, 'timeline'>, day: DayNumber): TimelineEntry {
  const s = starts(piece.timeline);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid] ?? Infinity) <= day) lo = mid;
    else hi = mid - 1;
  }
  const entry = piece.timeline[lo];
  if (!entry) throw new Error('controllerAt: empty timeline');
  return entry;
}

/**
 * Sorted unique days on which the controller of at least one piece changes (the `from` of every
 * entry after the first whose controller differs from the previous one).
 */
export function changeDays(pieces: readonly Pick<ControlPiece, 'timeline'>[]): DayNumber[] {
  const days = new Set<DayNumber>();
  for (const p of pieces)
    p.timeline.forEach((e, i) => {
      const prev = p.timeline[i - 1];
      if (prev && e.controller !== prev.controller) days.add(toDay(e.from));
    });
  return [...days].sort((a, b) => a - b);
}
