import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { FEATURE_STATE } from './feature-state';
import { AtlasPainters } from './painters';
import { FakeMap, type Write } from './test/fake-map';
import { fixtureData } from './test/fixture';
import { CLAIM_FEATURES, CLAIMS_COLLECTION } from './test/claims-fixture';

const day = toDay;

function painted() {
  const map = new FakeMap();
  const painters = new AtlasPainters(map, fixtureData(), 'intl');
  return { map, painters };
}

const states = (writes: Write[]) =>
  writes.flatMap((w) => (w.kind === 'state' ? [{ source: w.source, id: w.id, ...w.state }] : []));

describe('AtlasPainters: the date', () => {
  it('paints every piece on the first day, and no fronts where nobody meets', () => {
    const { map, painters } = painted();
    painters.setDay(day('1990-01-01'));
    expect(states(map.take())).toEqual([
      { source: 'control', id: 0, controller: 'AZ', low: false, transition: false, dotted: false },
      { source: 'control', id: 1, controller: 'AZ', low: false, transition: false, dotted: false },
      { source: 'control', id: 2, controller: 'AM', low: false, transition: false, dotted: false },
    ]);
  });

  it('writes nothing when nothing changed', () => {
    const { map, painters } = painted();
    painters.setDay(day('1990-01-01'));
    map.take();
    painters.setDay(day('1990-01-01'));
    expect(map.take()).toEqual([]);
    // Another day with the same controllers, confidence and events.
    painters.setDay(day('1991-06-01'));
    expect(map.take()).toEqual([]);
  });

  it('a change of controller writes that piece and the fronts it opens, and nothing else', () => {
    const { map, painters } = painted();
    painters.setDay(day('1992-05-07'));
    map.take();
    painters.setDay(day('1992-05-08'));
    const writes = map.take();
    // Feature-state only: no source data replaced, no layer switched, so one frame draws it.
    expect(writes.every((w) => w.kind === 'state')).toBe(true);
    expect(states(writes)).toEqual([
      { source: 'control', id: 1, controller: 'NKR', low: true, transition: false, dotted: true },
      { source: 'fronts', id: 0, active: true },
      { source: 'fronts', id: 1, active: true },
    ]);
  });

  it('a change of confidence alone repaints the piece but no front', () => {
    const { map, painters } = painted();
    painters.setDay(day('1993-01-01'));
    map.take();
    painters.setDay(day('1994-05-12'));
    expect(states(map.take())).toEqual([
      { source: 'control', id: 1, controller: 'NKR', low: false, transition: false, dotted: true },
    ]);
  });

  it('front rule: two states each holding their own land meet at a border, not a front', () => {
    const { map, painters } = painted();
    painters.setDay(day('2000-06-01'));
    painters.setDay(day('2021-01-01'));
    const fronts = states(map.take()).filter((w) => w.source === 'fronts');
    // Front 2 (rest-AZ | rest-AM) is never written active; fronts 0 and 1 close again in 2020.
    expect(fronts).toEqual([
      { source: 'fronts', id: 0, active: true },
      { source: 'fronts', id: 1, active: true },
      { source: 'fronts', id: 0, active: false },
      { source: 'fronts', id: 1, active: false },
    ]);
  });

  it('shows an event marker from its day for 31 days, then hides it', () => {
    const { map, painters } = painted();
    painters.setDay(day('2000-01-09'));
    expect(states(map.take()).filter((w) => w.source === 'events')).toEqual([]);
    painters.setDay(day('2000-01-10'));
    expect(states(map.take())).toEqual([{ source: 'events', id: 7, near: true }]);
    painters.setDay(day('2000-02-09'));
    expect(map.take()).toEqual([]);
    painters.setDay(day('2000-02-10'));
    expect(states(map.take())).toEqual([{ source: 'events', id: 7, near: false }]);
  });
});

describe('AtlasPainters: focus, layers, selection, names, pointer', () => {
  it('colours countries by their relation to the focus and draws its lines', () => {
    const { map, painters } = painted();
    painters.setDay(day('2000-01-01'));
    map.take();
    painters.setFocus('AM');
    const writes = map.take();
    const lines = writes.find((w) => w.kind === 'data');
    expect(lines?.kind === 'data' && lines.data.features.map((f) => f.properties?.country)).toEqual(
      ['AZ'],
    );
    expect(states(writes)).toEqual([
      { source: 'countries', id: 0, relation: 'focus', relationHatch: false, relationGrid: false },
      { source: 'relation-lines', id: 0, status: 'focus' },
      {
        source: 'countries',
        id: 1,
        relation: 'no-relations',
        relationHatch: false,
        relationGrid: false,
      },
      { source: 'relation-lines', id: 1, status: 'no-relations' },
    ]);
    painters.setFocus('AM');
    expect(map.take()).toEqual([]);
  });

  it('with an entity in focus, colours the states recognising it on the day and draws no lines', () => {
    const { map, painters } = painted();
    painters.setDay(day('2006-01-01'));
    map.take();
    painters.setFocus('ABK');
    const writes = map.take();
    const lines = writes.find((w) => w.kind === 'data');
    expect(lines?.kind === 'data' && lines.data.features).toEqual([]);
    expect(states(writes).filter((w) => w.source === 'countries')).toEqual([
      {
        source: 'countries',
        id: 0,
        relation: 'recognises',
        relationHatch: false,
        relationGrid: false,
      },
      {
        source: 'countries',
        id: 1,
        relation: 'does-not-recognise',
        relationHatch: false,
        relationGrid: false,
      },
    ]);
    // The recognition is withdrawn on 2010-01-01 (exclusive end): only Armenia changes.
    painters.setDay(day('2010-01-01'));
    expect(states(map.take()).filter((w) => w.source === 'countries')).toEqual([
      {
        source: 'countries',
        id: 0,
        relation: 'does-not-recognise',
        relationHatch: false,
        relationGrid: false,
      },
    ]);
  });

  it('before the focus was independent, every country is hatched as not yet independent', () => {
    const { map, painters } = painted();
    painters.setDay(day('1990-01-01'));
    painters.setFocus('AM');
    const countries = states(map.take()).filter((w) => w.source === 'countries');
    expect(countries).toEqual([
      {
        source: 'countries',
        id: 0,
        relation: 'not-independent',
        relationHatch: true,
        relationGrid: false,
      },
      {
        source: 'countries',
        id: 1,
        relation: 'not-independent',
        relationHatch: true,
        relationGrid: false,
      },
    ]);
  });

  it('switches only the map layers of app layers whose visibility changed', () => {
    const { map, painters } = painted();
    painters.setDay(day('2000-01-01'));
    painters.setFocus('AM');
    map.take();
    painters.setLayers(['control', 'events']);
    expect(map.take()).toEqual([
      { kind: 'visible', layer: 'relations-fill', visible: false },
      { kind: 'visible', layer: 'relations-hatch', visible: false },
      { kind: 'visible', layer: 'relations-alliance', visible: false },
      { kind: 'visible', layer: 'relation-lines', visible: false },
    ]);
    painters.setLayers(['control', 'events']);
    expect(map.take()).toEqual([]);
    painters.setLayers(['control']);
    expect(map.take()).toEqual([{ kind: 'visible', layer: 'event-markers', visible: false }]);
  });

  it('keeps the relations layer hidden until there is a focus, and hides it again without', () => {
    const { map, painters } = painted();
    painters.setDay(day('2000-01-01'));
    painters.setLayers(['control', 'relations', 'events']);
    painters.setFocus(null);
    expect(map.take().filter((w) => w.kind === 'visible')).toEqual([]);
    painters.setFocus('AM');
    expect(map.take().filter((w) => w.kind === 'visible')).toEqual([
      { kind: 'visible', layer: 'relations-fill', visible: true },
      { kind: 'visible', layer: 'relations-hatch', visible: true },
      { kind: 'visible', layer: 'relations-alliance', visible: true },
      { kind: 'visible', layer: 'relation-lines', visible: true },
    ]);
    painters.setFocus(null);
    expect(map.take().filter((w) => w.kind === 'visible')).toEqual([
      { kind: 'visible', layer: 'relations-fill', visible: false },
      { kind: 'visible', layer: 'relations-hatch', visible: false },
      { kind: 'visible', layer: 'relations-alliance', visible: false },
      { kind: 'visible', layer: 'relation-lines', visible: false },
    ]);
  });

  it('shows the hover outlines from the first hover on, and the control one only with control', () => {
    const { map, painters } = painted();
    painters.setLayers(['relations', 'events']);
    map.take();
    painters.setHover({ kind: 'country', id: 'AZ' });
    expect(map.take()).toEqual([
      { kind: 'visible', layer: 'country-hover', visible: true },
      { kind: 'state', source: 'countries', id: 1, state: { hover: true } },
    ]);
    painters.setHover(null);
    painters.setLayers(['control', 'relations', 'events']);
    expect(map.take().filter((w) => w.kind === 'visible')).toEqual([
      { kind: 'visible', layer: 'control-fill', visible: true },
      { kind: 'visible', layer: 'control-dots', visible: true },
      { kind: 'visible', layer: 'control-low-confidence', visible: true },
      { kind: 'visible', layer: 'control-transition', visible: true },
      { kind: 'visible', layer: 'control-fronts', visible: true },
      { kind: 'visible', layer: 'control-hover', visible: true },
    ]);
  });

  it('outlines a selected zone once, and nothing for a selection without an area', () => {
    const { map, painters } = painted();
    // The outline layer starts hidden; a selection without an area does not show it.
    painters.setSelection({ kind: 'event', id: 'an-event' });
    expect(map.take()).toEqual([
      { kind: 'data', source: 'selection', data: { type: 'FeatureCollection', features: [] } },
    ]);
    painters.setSelection({ kind: 'zone', id: 'zone' });
    const [write, ...rest] = map.take();
    expect(rest).toEqual([{ kind: 'visible', layer: 'selection-outline', visible: true }]);
    expect(write?.kind === 'data' && write.source).toBe('selection');
    expect(write?.kind === 'data' && write.data.features.map((f) => f.id)).toEqual([1]);
    painters.setSelection({ kind: 'zone', id: 'zone' });
    expect(map.take()).toEqual([]);
    // From then on the layer stays shown; only its data changes.
    painters.setSelection({ kind: 'event', id: 'an-event' });
    expect(map.take()).toEqual([
      { kind: 'data', source: 'selection', data: { type: 'FeatureCollection', features: [] } },
    ]);
  });

  it('relabels places only when the naming convention changes', () => {
    const { map, painters } = painted();
    painters.setConvention('intl');
    expect(map.take()).toEqual([]);
    painters.setConvention('az');
    const [write] = map.take();
    expect(write?.kind === 'data' && write.data.features.map((f) => f.properties?.label)).toEqual([
      'Yerevan-az',
      'Baku-az',
    ]);
  });

  it('moves the hover outline from a zone to a country, clearing the zone first', () => {
    const { map, painters } = painted();
    painters.setHover({ kind: 'zone', id: 'zone' });
    painters.setHover({ kind: 'zone', id: 'zone' });
    painters.setHover({ kind: 'country', id: 'AZ' });
    painters.setHover({ kind: 'place', id: 'baku' });
    expect(states(map.take())).toEqual([
      { source: 'control', id: 1, hover: true },
      { source: 'control', id: 1, hover: false },
      { source: 'countries', id: 1, hover: true },
      { source: 'countries', id: 1, hover: false },
    ]);
  });

  it('between them, the painters write every feature-state key of the contract and no other', () => {
    const { map, painters } = painted();
    painters.setDay(day('1990-01-01'));
    painters.setFocus('AM');
    painters.setComparison(day('1990-01-01'));
    for (const d of ['1992-05-08', '2000-01-10', '2021-01-01']) painters.setDay(day(d));
    painters.setHover({ kind: 'zone', id: 'zone' });
    painters.setHover({ kind: 'country', id: 'AM' });
    painters.setClaims(CLAIMS_COLLECTION, CLAIM_FEATURES);
    painters.setView('recognised');
    painters.setView('claims');
    const written: Record<string, Set<string>> = {};
    for (const w of map.take()) {
      if (w.kind !== 'state') continue;
      for (const key of Object.keys(w.state)) (written[w.source] ??= new Set()).add(key);
    }
    const contract = Object.fromEntries(
      Object.entries(FEATURE_STATE).map(([source, keys]) => [source, Object.keys(keys).sort()]),
    );
    expect(
      Object.fromEntries(Object.entries(written).map(([s, keys]) => [s, [...keys].sort()])),
    ).toEqual(contract);
  });
});
