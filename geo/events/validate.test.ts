import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../../src/lib/domain/events';
import type { Place } from '../../src/lib/domain/places';
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
import { loadAuthoredZones } from '../control/authored';
import { REPO_ROOT } from '../lib/bibliography';
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
    expect(validatePlaces(places, sources)).toEqual([]);
    expect(validateEvents(events, places, sources, VERIFIED)).toEqual([]);
    expect(places.length).toBeGreaterThan(40);
    expect(events.length).toBeGreaterThan(50);
  });
});

describe('checkUniqueIds', () => {
  it('passes on the real ids', () => {
    expect(checkUniqueIds(events, 'event')).toEqual([]);
    expect(checkUniqueIds(places, 'place')).toEqual([]);
  });
  it('rejects a duplicate id', () => {
    expect(checkUniqueIds([anEvent(), anEvent()], 'event').join('\n')).toMatch(/duplicate id/);
  });
  it('rejects an id that is not a slug', () => {
    expect(checkUniqueIds([anEvent({ id: 'Shusha 1992' })], 'event')).not.toEqual([]);
  });
});

describe('checkSourcesResolve', () => {
  it('passes on the real data', () => {
    expect(checkSourcesResolve(events, sources, 'event')).toEqual([]);
    expect(checkSourcesResolve(places, sources, 'place')).toEqual([]);
  });
  it('rejects an unknown source id', () => {
    expect(
      checkSourcesResolve([anEvent({ sources: ['no-such-page'] })], sources, 'event').join('\n'),
    ).toMatch(/unknown source "no-such-page"/);
  });
  it('rejects an unknown source inside a reading', () => {
    const broken = anEvent({
      readings: [
        { text: 'a', sources: ['ev-academic-nkao'] },
        { text: 'b', sources: ['invented'] },
      ],
    });
    expect(checkSourcesResolve([broken], sources, 'event').join('\n')).toMatch(/invented/);
  });
  it('rejects an entry without sources', () => {
    expect(checkSourcesResolve([aPlace({ sources: [] })], sources, 'place').join('\n')).toMatch(
      /at least one/,
    );
  });
});

describe('checkEventDates', () => {
  it('passes on the real data', () => {
    expect(checkEventDates(events, VERIFIED)).toEqual([]);
  });
  it('rejects a day that does not exist', () => {
    expect(checkEventDates([anEvent({ date: '1993-02-30' })], VERIFIED).join('\n')).toMatch(
      /not a valid/,
    );
  });
  it('rejects dates before 1988 or after the verified day', () => {
    expect(checkEventDates([anEvent({ date: '1987-12-31' })], VERIFIED).join('\n')).toMatch(
      /outside/,
    );
    expect(
      checkEventDates([anEvent({ date: '2025-10-01', endDate: undefined })], VERIFIED).join('\n'),
    ).toMatch(/outside/);
  });
  it('rejects an endDate that is not after the date', () => {
    expect(checkEventDates([anEvent({ endDate: '1992-05-08' })], VERIFIED).join('\n')).toMatch(
      /after date/,
    );
  });
  it('rejects a month-precise date that is not the first of the month', () => {
    expect(checkEventDates([anEvent({ datePrecision: 'month' })], VERIFIED).join('\n')).toMatch(
      /first of the month/,
    );
  });
});

describe('checkEventRefs', () => {
  it('passes on the real data, against the real control zones', () => {
    expect(
      checkEventRefs(
        events,
        placeIds,
        new Set(loadAuthoredZones(REPO_ROOT).zones.map((z) => z.id)),
      ),
    ).toEqual([]);
  });
  it('rejects an unknown place', () => {
    expect(checkEventRefs([anEvent({ place: 'atlantis' })], placeIds).join('\n')).toMatch(
      /unknown place/,
    );
  });
  it('checks zone ids against the control zones when given', () => {
    const zones = new Set(['shusha', 'corridor-shusha', 'corridor-shusha-west', 'lachin']);
    expect(checkEventRefs([anEvent()], placeIds, zones)).toEqual([]);
    const broken = anEvent({ concerns: { countries: ['AZ'], zones: ['shushi'], places: [] } });
    expect(checkEventRefs([broken], placeIds, zones).join('\n')).toMatch(
      /unknown control zone "shushi"/,
    );
  });
  it('rejects an unknown country in concerns', () => {
    const broken = anEvent({ concerns: { countries: ['XX'], zones: [], places: [] } });
    expect(checkEventRefs([broken], placeIds).join('\n')).toMatch(/"XX"/);
  });
});

describe('checkEventFields', () => {
  it('passes on the real data', () => {
    expect(checkEventFields(events)).toEqual([]);
  });
  it('rejects an unknown kind and a single reading', () => {
    expect(checkEventFields([anEvent({ kind: 'battle' as never })]).join('\n')).toMatch(/kind/);
    expect(
      checkEventFields([
        anEvent({ readings: [{ text: 'x', sources: ['ev-academic-nkao'] }] }),
      ]).join('\n'),
    ).toMatch(/at least two/);
  });
  it('accepts key true or false and rejects any other value', () => {
    expect(checkEventFields([anEvent({ key: true }), anEvent({ key: false })])).toEqual([]);
    for (const bad of ['true', 1, null, 'yes']) {
      expect(checkEventFields([anEvent({ key: bad as never })]).join('\n')).toMatch(/key must be/);
    }
  });
});

describe('checkNumericIds', () => {
  it('gives every real event its own numeric id', () => {
    expect(checkNumericIds(events)).toEqual([]);
  });
  it('rejects two events with the same slug-derived id', () => {
    expect(checkNumericIds([anEvent(), anEvent()]).join('\n')).toMatch(/collision/);
  });
});

describe('checkCountries', () => {
  it('accepts the atlas countries and rejects others', () => {
    expect(
      checkCountries(['AM', 'AZ', 'GE', 'PK', 'TR', 'IR', 'RU', 'IN', 'CN', 'US'], 'x'),
    ).toEqual([]);
    expect(checkCountries(['am'], 'x')).not.toEqual([]);
    expect(checkCountries(['NKR'], 'x')).not.toEqual([]);
  });
});

describe('checkCoordinates', () => {
  it('passes on the real places', () => {
    expect(checkCoordinates(places)).toEqual([]);
  });
  it('rejects out-of-range and over-precise coordinates', () => {
    expect(checkCoordinates([aPlace({ lat: 95 })]).join('\n')).toMatch(/out of range/);
    expect(checkCoordinates([aPlace({ lon: 46.7483333 })]).join('\n')).toMatch(/5 decimals/);
  });
});

describe('checkPlaceFields', () => {
  it('passes on the real places', () => {
    expect(checkPlaceFields(places)).toEqual([]);
  });
  it('rejects a capital without capitalOf and an unknown name key', () => {
    expect(checkPlaceFields([aPlace({ kind: 'capital' })]).join('\n')).toMatch(/capitalOf/);
    expect(checkPlaceFields([aPlace({ names: { fr: 'Chouchi' } })]).join('\n')).toMatch(/"fr"/);
  });
});
