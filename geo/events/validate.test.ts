import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../../src/lib/domain/events';
import type { Place } from '../../src/lib/domain/places';
import { DataError } from '../lib/context';
import {
  checkCoordinates,
  checkCountries,
  checkEventDates,
  checkEventFields,
  checkEventRefs,
  checkNumericIds,
  checkPlaceFields,
  checkSourcesResolve,
  checkUniqueIds,
  validateEvents,
  validatePlaces,
} from './validate';
import { ZONES } from '../control/zones';
import { events, places, sources } from './testdata';

const VERIFIED = '2025-09-30';
const placeIds = new Set(places.map((p) => p.id));

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function anEvent(patch: Partial<EventProperties> = {}): EventProperties {
  return { ...clone(events.find((e) => e.id === 'shusha-1992')!), ...patch };
}

function aPlace(patch: Partial<Place> = {}): Place {
  return { ...clone(places.find((p) => p.id === 'shusha')!), ...patch };
}

describe('the real data passes every rule', () => {
  it('validatePlaces and validateEvents accept geo/places and geo/events', () => {
    expect(() => validatePlaces(places, sources)).not.toThrow();
    expect(() => validateEvents(events, places, sources, VERIFIED)).not.toThrow();
    expect(places.length).toBeGreaterThan(40);
    expect(events.length).toBeGreaterThan(50);
  });
});

describe('checkUniqueIds', () => {
  it('passes on the real ids', () => {
    expect(() => checkUniqueIds(events, 'event')).not.toThrow();
    expect(() => checkUniqueIds(places, 'place')).not.toThrow();
  });
  it('rejects a duplicate id', () => {
    expect(() => checkUniqueIds([anEvent(), anEvent()], 'event')).toThrow(/duplicate id/);
  });
  it('rejects an id that is not a slug', () => {
    expect(() => checkUniqueIds([anEvent({ id: 'Shusha 1992' })], 'event')).toThrow(DataError);
  });
});

describe('checkSourcesResolve', () => {
  it('passes on the real data', () => {
    expect(() => checkSourcesResolve(events, sources, 'event')).not.toThrow();
    expect(() => checkSourcesResolve(places, sources, 'place')).not.toThrow();
  });
  it('rejects an unknown source id', () => {
    expect(() =>
      checkSourcesResolve([anEvent({ sources: ['no-such-page'] })], sources, 'event'),
    ).toThrow(/unknown source "no-such-page"/);
  });
  it('rejects an unknown source inside a reading', () => {
    const broken = anEvent({
      readings: [
        { text: 'a', sources: ['seed-000'] },
        { text: 'b', sources: ['invented'] },
      ],
    });
    expect(() => checkSourcesResolve([broken], sources, 'event')).toThrow(/invented/);
  });
  it('rejects an entry without sources', () => {
    expect(() => checkSourcesResolve([aPlace({ sources: [] })], sources, 'place')).toThrow(
      /at least one/,
    );
  });
});

describe('checkEventDates', () => {
  it('passes on the real data', () => {
    expect(() => checkEventDates(events, VERIFIED)).not.toThrow();
  });
  it('rejects a day that does not exist', () => {
    expect(() => checkEventDates([anEvent({ date: '1993-02-30' })], VERIFIED)).toThrow(
      /not a valid/,
    );
  });
  it('rejects dates before 1988 or after the verified day', () => {
    expect(() => checkEventDates([anEvent({ date: '1987-12-31' })], VERIFIED)).toThrow(/outside/);
    expect(() =>
      checkEventDates([anEvent({ date: '2025-10-01', endDate: undefined })], VERIFIED),
    ).toThrow(/outside/);
  });
  it('rejects an endDate that is not after the date', () => {
    expect(() => checkEventDates([anEvent({ endDate: '1992-05-08' })], VERIFIED)).toThrow(
      /after date/,
    );
  });
  it('rejects a month-precise date that is not the first of the month', () => {
    expect(() => checkEventDates([anEvent({ datePrecision: 'month' })], VERIFIED)).toThrow(
      /first of the month/,
    );
  });
});

describe('checkEventRefs', () => {
  it('passes on the real data, against the real control zones', () => {
    expect(() => checkEventRefs(events, placeIds, new Set(ZONES.map((z) => z.id)))).not.toThrow();
  });
  it('rejects an unknown place', () => {
    expect(() => checkEventRefs([anEvent({ place: 'atlantis' })], placeIds)).toThrow(
      /unknown place/,
    );
  });
  it('checks zone ids against the control zones when given', () => {
    const zones = new Set(['shusha', 'lachin']);
    expect(() => checkEventRefs([anEvent()], placeIds, zones)).not.toThrow();
    const broken = anEvent({ concerns: { countries: ['AZ'], zones: ['shushi'], places: [] } });
    expect(() => checkEventRefs([broken], placeIds, zones)).toThrow(
      /unknown control zone "shushi"/,
    );
  });
  it('rejects an unknown country in concerns', () => {
    const broken = anEvent({ concerns: { countries: ['XX'], zones: [], places: [] } });
    expect(() => checkEventRefs([broken], placeIds)).toThrow(/"XX"/);
  });
});

describe('checkEventFields', () => {
  it('passes on the real data', () => {
    expect(() => checkEventFields(events)).not.toThrow();
  });
  it('rejects an unknown kind and a single reading', () => {
    expect(() => checkEventFields([anEvent({ kind: 'battle' as never })])).toThrow(/kind/);
    expect(() =>
      checkEventFields([anEvent({ readings: [{ text: 'x', sources: ['seed-000'] }] })]),
    ).toThrow(/at least two/);
  });
});

describe('checkNumericIds', () => {
  it('gives every real event its own numeric id', () => {
    expect(() => checkNumericIds(events)).not.toThrow();
  });
  it('rejects two events with the same slug-derived id', () => {
    expect(() => checkNumericIds([anEvent(), anEvent()])).toThrow(/collision/);
  });
});

describe('checkCountries', () => {
  it('accepts the atlas countries and rejects others', () => {
    expect(() =>
      checkCountries(['AM', 'AZ', 'GE', 'PK', 'TR', 'IR', 'RU', 'IN', 'CN', 'US'], 'x'),
    ).not.toThrow();
    expect(() => checkCountries(['am'], 'x')).toThrow(DataError);
    expect(() => checkCountries(['NKR'], 'x')).toThrow(DataError);
  });
});

describe('checkCoordinates', () => {
  it('passes on the real places', () => {
    expect(() => checkCoordinates(places)).not.toThrow();
  });
  it('rejects out-of-range and over-precise coordinates', () => {
    expect(() => checkCoordinates([aPlace({ lat: 95 })])).toThrow(/out of range/);
    expect(() => checkCoordinates([aPlace({ lon: 46.7483333 })])).toThrow(/5 decimals/);
  });
});

describe('checkPlaceFields', () => {
  it('passes on the real places', () => {
    expect(() => checkPlaceFields(places)).not.toThrow();
  });
  it('rejects a capital without capitalOf and an unknown name key', () => {
    expect(() => checkPlaceFields([aPlace({ kind: 'capital' })])).toThrow(/capitalOf/);
    expect(() => checkPlaceFields([aPlace({ names: { fr: 'Chouchi' } })])).toThrow(/"fr"/);
  });
});
