import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { AtlasPainters } from './painters';
import { CLAIM_FEATURES, CLAIMS_COLLECTION } from './test/claims-fixture';
import { FakeMap, type Write } from './test/fake-map';
import { fixtureData } from './test/fixture';
import { ViewPainter } from './view-painter';

const day = toDay;
const states = (writes: Write[]): Record<string, unknown>[] =>
  writes.flatMap((w) => (w.kind === 'state' ? [{ source: w.source, id: w.id, ...w.state }] : []));

function viewPainter() {
  const map = new FakeMap();
  const painter = new ViewPainter(map, fixtureData().control.pieces);
  return { map, painter };
}

describe('ViewPainter: the recognised-borders view', () => {
  it('gives each piece the state it lies in, and takes it back in the control view', () => {
    const { map, painter } = viewPainter();
    expect(painter.paint('control', day('2000-01-01'))).toBe(0);
    painter.paint('recognised', day('2000-01-01'));
    // The zone held by the NKR in 2000 is filled as part of Azerbaijan (fixture: state AZ).
    expect(states(map.take())).toEqual([
      { source: 'control', id: 0, recognised: 'AZ' },
      { source: 'control', id: 1, recognised: 'AZ' },
      { source: 'control', id: 2, recognised: 'AM' },
    ]);
    painter.paint('control', day('2000-01-01'));
    expect(states(map.take()).map((s) => s['recognised'])).toEqual(['', '', '']);
  });

  it('writes nothing on a date change within the recognised view', () => {
    const { map, painter } = viewPainter();
    painter.paint('recognised', day('2000-01-01'));
    map.take();
    expect(painter.paint('recognised', day('2021-01-01'))).toBe(0);
    expect(map.take()).toEqual([]);
  });
});

describe('ViewPainter: the claims view', () => {
  it('puts the claims in their source once, and shows nothing before the claims view', () => {
    const { map, painter } = viewPainter();
    painter.setClaims(CLAIMS_COLLECTION, CLAIM_FEATURES);
    painter.setClaims(CLAIMS_COLLECTION, CLAIM_FEATURES);
    expect(map.take().map((w) => w.kind)).toEqual(['data']);
    expect(painter.paint('control', day('2000-01-01'))).toBe(0);
  });

  it('outlines the claims in force and hatches what a claimant claims but does not hold', () => {
    const { map, painter } = viewPainter();
    painter.setClaims(CLAIMS_COLLECTION, CLAIM_FEATURES);
    map.take();
    painter.paint('claims', day('2000-01-01'));
    // 2000: the zone is held by the NKR: Azerbaijan's part of it is contested, the NKR's is not;
    // Pakistan claims an area India holds.
    expect(states(map.take())).toEqual([
      { source: 'claims', id: 0, shown: true },
      { source: 'claims', id: 1, shown: true },
      { source: 'claims', id: 2, shown: true },
      { source: 'claims', id: 4, contested: true },
      { source: 'claims', id: 6, contested: true },
    ]);
    // 2021: Azerbaijan holds the zone again; the NKR still claims it.
    painter.paint('claims', day('2021-01-01'));
    expect(states(map.take())).toEqual([
      { source: 'claims', id: 4, contested: false },
      { source: 'claims', id: 5, contested: true },
    ]);
    // 2024: the NKR's claim has ended.
    painter.paint('claims', day('2024-06-01'));
    expect(states(map.take())).toEqual([
      { source: 'claims', id: 1, shown: false },
      { source: 'claims', id: 5, contested: false },
    ]);
  });

  it('before a claim begins it is neither outlined nor hatched', () => {
    const { map, painter } = viewPainter();
    painter.setClaims(CLAIMS_COLLECTION, CLAIM_FEATURES);
    map.take();
    painter.paint('claims', day('1990-01-01'));
    expect(states(map.take())).toEqual([
      { source: 'claims', id: 2, shown: true },
      { source: 'claims', id: 6, contested: true },
    ]);
  });

  it('leaving the claims view clears every mark it wrote', () => {
    const { map, painter } = viewPainter();
    painter.setClaims(CLAIMS_COLLECTION, CLAIM_FEATURES);
    painter.paint('claims', day('2000-01-01'));
    map.take();
    painter.paint('recognised', day('2000-01-01'));
    const claimWrites = states(map.take()).filter((s) => s.source === 'claims');
    expect(claimWrites.every((s) => s['shown'] === false || s['contested'] === false)).toBe(true);
    expect(claimWrites).toHaveLength(5);
  });
});

describe('AtlasPainters: the view', () => {
  it('paints the view with the day, and a switch writes feature-state only', () => {
    const map = new FakeMap();
    const painters = new AtlasPainters(map, fixtureData(), 'intl');
    painters.setDay(day('2000-01-01'));
    painters.setClaims(CLAIMS_COLLECTION, CLAIM_FEATURES);
    map.take();
    painters.setView('recognised');
    painters.setView('claims');
    painters.setView('control');
    const writes = map.take();
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.kind === 'state')).toBe(true);
  });
});

describe('ViewPainter: a map opening in the recognised view', () => {
  it('writes nothing for the view its sources already carry, and clears it on leaving', () => {
    const map = new FakeMap();
    const painter = new ViewPainter(map, fixtureData().control.pieces, 'recognised');
    expect(painter.paint('recognised', day('2000-01-01'))).toBe(0);
    expect(painter.paint('control', day('2000-01-01'))).toBe(3);
  });
});
