import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { bakedSources } from './baked-look';
import { AtlasPainters } from './painters';
import { FakeMap, type Write } from './test/fake-map';
import { fixtureData } from './test/fixture';

/** Days on which the fixture's zone, fronts and event differ (see test/fixture.ts). */
const DAYS = ['1990-01-01', '1992-05-08', '1995-01-01', '2000-01-10', '2021-01-01'];

type Looks = Map<string, unknown>;

/** What each feature shows: its baked properties, then the feature-state written over them. */
function looksOf(baked: ReturnType<typeof bakedSources>, writes: Write[]): Looks {
  const looks: Looks = new Map();
  const sources = {
    control: baked.controlPieces,
    fronts: baked.controlFronts,
    events: baked.events,
  };
  for (const [source, collection] of Object.entries(sources)) {
    for (const f of collection.features) {
      for (const [key, value] of Object.entries(f.properties ?? {})) {
        looks.set(`${source}/${String(f.id)}/${key}`, value);
      }
    }
  }
  for (const w of writes) {
    if (w.kind !== 'state') continue;
    for (const [key, value] of Object.entries(w.state))
      looks.set(`${w.source}/${w.id}/${key}`, value);
  }
  return looks;
}

/** The map as painted for `day` from nothing: painters with no baked day, over bare features. */
function paintedFromNothing(day: string): Looks {
  const data = fixtureData();
  const map = new FakeMap();
  new AtlasPainters(map, data, 'intl').setDay(toDay(day));
  const looks = looksOf(bakedSources(data.control, data.events.features, toDay(day)), []);
  // Unset flags read as false and unset text as '' in the style (feature-state.ts).
  for (const key of looks.keys()) {
    if (/\/(controller)$/.test(key)) looks.set(key, '');
    else if (/\/(low|dotted|active|near)$/.test(key)) looks.set(key, false);
  }
  for (const [key, value] of looksOf(
    { controlPieces: empty, controlFronts: empty, events: empty },
    map.take(),
  )) {
    looks.set(key, value);
  }
  return looks;
}

const empty = { type: 'FeatureCollection' as const, features: [] };

describe('the look of the opening day, baked into the sources', () => {
  it('keeps only what the map reads', () => {
    const data = fixtureData();
    const baked = bakedSources(data.control, data.events.features, toDay('1995-01-01'));
    expect(baked.controlPieces.features.map((f) => f.properties)).toEqual([
      {
        piece: 'rest-AZ',
        state: 'AZ',
        controller: 'AZ',
        low: false,
        transition: false,
        dotted: false,
      },
      {
        piece: 'zone',
        state: 'AZ',
        controller: 'NKR',
        low: false,
        transition: false,
        dotted: true,
      },
      {
        piece: 'rest-AM',
        state: 'AM',
        controller: 'AM',
        low: false,
        transition: false,
        dotted: false,
      },
    ]);
    expect(baked.controlFronts.features.map((f) => [f.id, f.properties?.active])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
    expect(baked.events.features.map((f) => f.properties)).toEqual([
      { id: 'an-event', near: false },
    ]);
  });

  it('the painters told the baked day write nothing for it', () => {
    for (const day of DAYS) {
      const data = fixtureData();
      const map = new FakeMap();
      const painters = new AtlasPainters(map, data, 'intl', toDay(day));
      painters.setDay(toDay(day));
      expect(map.take(), day).toEqual([]);
    }
  });

  it('from any baked day, a date change shows what painting that date from nothing shows', () => {
    for (const opening of DAYS) {
      for (const next of DAYS) {
        const data = fixtureData();
        const baked = bakedSources(data.control, data.events.features, toDay(opening));
        const map = new FakeMap();
        const painters = new AtlasPainters(map, data, 'intl', toDay(opening));
        painters.setDay(toDay(opening));
        painters.setDay(toDay(next));
        expect(looksOf(baked, map.take()), `${opening} then ${next}`).toEqual(
          paintedFromNothing(next),
        );
      }
    }
  });
});
