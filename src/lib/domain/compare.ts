/**
 * What changed between two days: the pieces whose controller differs, and the km² each
 * controller gained and lost. Areas are the pieces' `areaKm2`, computed once in the data build
 * (geo/build), never in the browser. Pure: the two days may be given in either order; the
 * result always reads from the earlier day to the later one.
 */
import type { DayNumber } from '../time/days';
import { type ControlPiece, controllerAt } from './control';
import type { Controller } from './types';

/** One piece whose controller differs between the two days. */
export interface PieceChange {
  /** The piece's feature id. */
  id: number;
  piece: string;
  /** Holder on the earlier day, and on the later day. */
  before: Controller;
  after: Controller;
  areaKm2: number;
}

/** What one controller gained and lost from the earlier day to the later one. */
export interface ControllerBalance {
  controller: Controller;
  gainedKm2: number;
  lostKm2: number;
  /** gained − lost. */
  netKm2: number;
}

export interface DayComparison {
  earlier: DayNumber;
  later: DayNumber;
  changes: PieceChange[];
  /** Controllers that gained or lost anything, those that gained most first, then lost most. */
  balances: ControllerBalance[];
}

/** Rounded to 0.1 km², as the data build publishes areas. */
const tenth = (km2: number) => Math.round(km2 * 10) / 10;

export function compareDays(
  pieces: readonly ControlPiece[],
  a: DayNumber,
  b: DayNumber,
): DayComparison {
  const earlier = Math.min(a, b);
  const later = Math.max(a, b);
  const changes: PieceChange[] = [];
  for (const piece of pieces) {
    const before = controllerAt(piece, earlier).controller;
    const after = controllerAt(piece, later).controller;
    if (before === after || !before || !after) continue;
    changes.push({ id: piece.id, piece: piece.piece, before, after, areaKm2: piece.areaKm2 });
  }
  const byController = new Map<Controller, { gained: number; lost: number }>();
  const entry = (c: Controller) => {
    let e = byController.get(c);
    if (!e) byController.set(c, (e = { gained: 0, lost: 0 }));
    return e;
  };
  for (const change of changes) {
    entry(change.after).gained += change.areaKm2;
    entry(change.before).lost += change.areaKm2;
  }
  const balances = [...byController].map(([controller, { gained, lost }]) => ({
    controller,
    gainedKm2: tenth(gained),
    lostKm2: tenth(lost),
    netKm2: tenth(gained - lost),
  }));
  balances.sort((x, y) => y.netKm2 - x.netKm2 || x.controller.localeCompare(y.controller));
  return { earlier, later, changes, balances };
}

/**
 * How a piece reads while comparing, from the day shown: `gained` when its holder on the day
 * shown took it after the other day, `lost` when that holder no longer held it on the other
 * (later) day, null when the holder is the same on both days or nothing is compared.
 */
export type CompareMark = 'gained' | 'lost' | null;

export function compareMark(
  piece: Pick<ControlPiece, 'timeline'>,
  shown: DayNumber,
  other: DayNumber | null,
): CompareMark {
  if (other === null || other === shown) return null;
  const here = controllerAt(piece, shown).controller;
  const there = controllerAt(piece, other).controller;
  if (here === there || !here || !there) return null;
  return shown > other ? 'gained' : 'lost';
}
