import { describe, expect, it } from 'vitest';
import type { ControlPiece, TimelineEntry } from '../domain/control';
import { toDay } from '../time/days';
import { ControlPainter, pieceLook } from './control-painter';

const entry = (from: string, to: string | null, controller: TimelineEntry['controller']) =>
  ({ from, to, controller, confidence: 'high', sources: ['s'], period: null }) as TimelineEntry;

// A zone held by the NKR, in a typed transition from 20 Sep 2023, then Azerbaijani.
const zone: ControlPiece = {
  id: 1,
  piece: 'zone',
  state: 'AZ',
  name: 'zone',
  names: {},
  native: {},
  areaKm2: 1,
  timeline: [
    entry('1988-01-01', '1992-01-06', 'AZ'),
    entry('1992-01-06', '2023-09-20', 'NKR'),
    { ...entry('2023-09-20', '2023-10-01', 'NKR'), phase: 'disarmament' },
    entry('2023-10-01', null, 'AZ'),
  ],
};
const rest: ControlPiece = {
  ...zone,
  id: 0,
  piece: 'rest-AZ',
  timeline: [entry('1988-01-01', null, 'AZ')],
};

function recorder() {
  const writes: Record<string, unknown>[] = [];
  return {
    writes,
    map: {
      setFeatureState: (f: { source: string; id: string | number }, s: Record<string, unknown>) =>
        writes.push({ source: f.source, id: f.id, ...s }),
    },
  };
}

describe('the transition flag', () => {
  it('is on only inside the transitional period', () => {
    expect(pieceLook(zone, toDay('2023-09-19')).transition).toBe(false);
    expect(pieceLook(zone, toDay('2023-09-20')).transition).toBe(true);
    expect(pieceLook(zone, toDay('2023-09-30')).transition).toBe(true);
    expect(pieceLook(zone, toDay('2023-10-01')).transition).toBe(false);
  });

  it('entering the transition repaints the piece by feature-state, and opens no front', () => {
    const { writes, map } = recorder();
    const painter = new ControlPainter(map, [rest, zone], [{ id: 0, a: 0, b: 1 }]);
    painter.paint(toDay('2023-09-19'));
    writes.length = 0;
    painter.paint(toDay('2023-09-20'));
    expect(writes).toEqual([
      {
        source: 'control',
        id: 1,
        controller: 'NKR',
        low: false,
        transition: true,
        dotted: true,
      },
    ]);
  });
});
