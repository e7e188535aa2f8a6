import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { AtlasPainters } from './painters';
import { FakeMap, type Write } from './test/fake-map';
import { fixtureData } from './test/fixture';

const day = toDay;

/** A map showing 2021-01-01 (the zone Azerbaijan's again), with its first writes taken. */
function shown() {
  const map = new FakeMap();
  const painters = new AtlasPainters(map, fixtureData(), 'intl');
  painters.setLayers(['control']);
  painters.setDay(day('2021-01-01'));
  map.take();
  return { map, painters };
}

const compareWrites = (writes: Write[]) =>
  writes.flatMap((w) =>
    w.kind === 'state' && 'compare' in w.state ? [{ id: w.id, compare: w.state.compare }] : [],
  );
const visibility = (writes: Write[]) =>
  writes.flatMap((w) => (w.kind === 'visible' ? [[w.layer, w.visible]] : []));

describe('AtlasPainters: comparing two days', () => {
  it('marks only the piece whose holder changed, and shows the comparison layers', () => {
    const { map, painters } = shown();
    painters.setComparison(day('2000-01-01'));
    const writes = map.take();
    // Feature-state and layer visibility only: no source data replaced.
    expect(writes.some((w) => w.kind === 'data')).toBe(false);
    // Shown 2021 (AZ) against 2000 (NKR): Azerbaijan gained the zone.
    expect(compareWrites(writes)).toEqual([{ id: 1, compare: 'gained' }]);
    expect(visibility(writes)).toEqual([
      ['compare-gained', true],
      ['compare-lost', true],
    ]);
  });

  it('swapping the two days flips the mark to lost, in feature-state only', () => {
    const { map, painters } = shown();
    painters.setComparison(day('2000-01-01'));
    map.take();
    // The toggle: the compared day is shown and the shown day compared.
    painters.setDay(day('2000-01-01'), day('2021-01-01'));
    const writes = map.take();
    expect(writes.every((w) => w.kind === 'state')).toBe(true);
    expect(compareWrites(writes)).toEqual([{ id: 1, compare: 'lost' }]);
  });

  it('a date change while comparing re-marks only what changes; same holders mark nothing', () => {
    const { map, painters } = shown();
    painters.setComparison(day('2000-01-01'));
    map.take();
    // Shown 1995 (NKR) against 2000 (NKR): nothing changed between them.
    painters.setDay(day('1995-01-01'));
    expect(compareWrites(map.take())).toEqual([{ id: 1, compare: null }]);
    painters.setDay(day('1996-01-01'));
    expect(map.take()).toEqual([]);
  });

  it('stopping clears the marks and hides the layers; stopping again writes nothing', () => {
    const { map, painters } = shown();
    painters.setComparison(day('2000-01-01'));
    map.take();
    painters.setComparison(null);
    const writes = map.take();
    expect(compareWrites(writes)).toEqual([{ id: 1, compare: null }]);
    expect(visibility(writes)).toEqual([
      ['compare-gained', false],
      ['compare-lost', false],
    ]);
    painters.setComparison(null);
    expect(map.take()).toEqual([]);
  });

  it('after a restored context, paints the comparison again', () => {
    const { map, painters } = shown();
    painters.setComparison(day('2000-01-01'));
    painters.suspend();
    map.take();
    painters.resume();
    expect(compareWrites(map.take())).toEqual([{ id: 1, compare: 'gained' }]);
  });
});
