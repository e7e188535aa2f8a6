import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { changeDays, controllerAt, type ControlPiece, type TimelineEntry } from './control';

function entry(
  from: string,
  to: string | null,
  controller: TimelineEntry['controller'],
): TimelineEntry {
  return { from, to, controller, confidence: 'high', sources: ['s'], period: `x@${from}` };
}

function piece(id: number, timeline: TimelineEntry[]): ControlPiece {
  return {
    id,
    piece: `p${id}`,
    state: 'AZ',
    name: `Piece ${id}`,
    names: {},
    native: {},
    timeline,
    areaKm2: 1,
  };
}

// Shaped like Shusha, Kalbajar and a rest piece.
const shusha = piece(0, [
  entry('1988-01-01', '1992-05-09', 'AZ'),
  entry('1992-05-09', '2020-11-08', 'NKR'),
  entry('2020-11-08', null, 'AZ'),
]);
const kalbajar = piece(1, [
  entry('1988-01-01', '1993-04-03', 'AZ'),
  entry('1993-04-03', '2020-11-25', 'NKR'),
  entry('2020-11-25', null, 'AZ'),
]);
const rest = piece(2, [entry('1988-01-01', null, 'AZ')]);
// Two periods with the same controller (a new source, say): not a change.
const split = piece(3, [
  entry('1988-01-01', '2000-01-01', 'AM'),
  entry('2000-01-01', '2021-05-12', 'AM'),
  entry('2021-05-12', null, 'AZ'),
]);
const all = [shusha, kalbajar, rest, split];

describe('controllerAt', () => {
  it('uses half-open intervals: from inclusive, to exclusive', () => {
    expect(controllerAt(shusha, toDay('1992-05-08')).controller).toBe('AZ');
    expect(controllerAt(shusha, toDay('1992-05-09')).controller).toBe('NKR');
    expect(controllerAt(shusha, toDay('2020-11-07')).controller).toBe('NKR');
    expect(controllerAt(shusha, toDay('2020-11-08')).controller).toBe('AZ');
  });
  it('handles the first day, open-ended last entries and single-entry timelines', () => {
    expect(controllerAt(kalbajar, toDay('1988-01-01')).from).toBe('1988-01-01');
    expect(controllerAt(kalbajar, toDay('2040-01-01')).from).toBe('2020-11-25');
    expect(controllerAt(rest, toDay('2000-01-01')).controller).toBe('AZ');
  });
  it('gives the first entry for days before the atlas starts', () => {
    expect(controllerAt(shusha, toDay('1980-01-01')).from).toBe('1988-01-01');
  });
  it('returns the entry with its period id', () => {
    expect(controllerAt(kalbajar, toDay('2000-01-01')).period).toBe('x@1993-04-03');
  });
});

describe('changeDays', () => {
  it('lists the sorted unique days on which a controller changes', () => {
    expect(changeDays(all)).toEqual(
      ['1992-05-09', '1993-04-03', '2020-11-08', '2020-11-25', '2021-05-12'].map(toDay),
    );
  });
  it('is empty when nothing ever changes', () => {
    expect(changeDays([rest])).toEqual([]);
  });
});
