import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import type { ControlPiece, TimelineEntry } from './control';
import { compareDays, compareMark } from './compare';

function entry(from: string, controller: TimelineEntry['controller']): TimelineEntry {
  return { from, to: null, controller, confidence: 'high', sources: ['s'], period: null };
}

function piece(id: number, areaKm2: number, timeline: TimelineEntry[]): ControlPiece {
  const name = `p${id}`;
  return { id, piece: name, state: 'AZ', name, names: {}, native: {}, timeline, areaKm2 };
}

// Shaped like Shusha, a corridor that passed to peacekeepers, Kalbajar and a rest piece.
const shusha = piece(0, 200, [
  entry('1988-01-01', 'AZ'),
  entry('1992-05-09', 'NKR'),
  entry('2020-11-08', 'AZ'),
]);
const corridor = piece(1, 10.24, [
  entry('1988-01-01', 'AZ'),
  entry('1992-05-18', 'NKR'),
  entry('2020-11-10', 'RU-PKF'),
]);
const kalbajar = piece(2, 1900, [
  entry('1988-01-01', 'AZ'),
  entry('1993-04-03', 'NKR'),
  entry('2020-11-25', 'AZ'),
]);
const rest = piece(3, 70000, [entry('1988-01-01', 'AZ')]);
const pieces = [shusha, corridor, kalbajar, rest];
const before = toDay('2020-09-26');
const after = toDay('2020-11-10');

describe('compareDays', () => {
  it('lists the pieces whose controller differs, from the earlier day to the later', () => {
    const { changes, earlier, later } = compareDays(pieces, after, before);
    expect([earlier, later]).toEqual([before, after]);
    expect(changes.map((c) => [c.piece, c.before, c.after])).toEqual([
      ['p0', 'NKR', 'AZ'],
      ['p1', 'NKR', 'RU-PKF'],
    ]);
  });

  it('sums km² gained and lost by each controller, the same in either order', () => {
    const expected = [
      { controller: 'AZ', gainedKm2: 200, lostKm2: 0, netKm2: 200 },
      { controller: 'RU-PKF', gainedKm2: 10.2, lostKm2: 0, netKm2: 10.2 },
      { controller: 'NKR', gainedKm2: 0, lostKm2: 210.2, netKm2: -210.2 },
    ];
    expect(compareDays(pieces, before, after).balances).toEqual(expected);
    expect(compareDays(pieces, after, before).balances).toEqual(expected);
  });

  it('finds nothing between a day and itself, or days with the same holders', () => {
    expect(compareDays(pieces, after, after).changes).toEqual([]);
    expect(compareDays(pieces, toDay('1994-05-12'), toDay('2020-09-26')).balances).toEqual([]);
  });

  it('nets a piece taken and taken back between the days to nothing', () => {
    const { balances } = compareDays(pieces, toDay('1990-01-01'), toDay('2021-01-01'));
    // Shusha and Kalbajar are Azerbaijan's on both days; only the corridor changed.
    expect(balances.map((b) => [b.controller, b.netKm2])).toEqual([
      ['RU-PKF', 10.2],
      ['AZ', -10.2],
    ]);
  });
});

describe('compareMark', () => {
  it('marks a changed piece gained on the later day and lost on the earlier day', () => {
    expect(compareMark(shusha, after, before)).toBe('gained');
    expect(compareMark(shusha, before, after)).toBe('lost');
  });

  it('marks nothing where the holder is the same, or nothing is compared', () => {
    expect(compareMark(rest, after, before)).toBeNull();
    expect(compareMark(kalbajar, after, before)).toBeNull();
    expect(compareMark(shusha, after, null)).toBeNull();
    expect(compareMark(shusha, after, after)).toBeNull();
  });
});
