/**
 * Checks the content of the events and places against what the cited reports say: the events
 * the atlas must have exist, happen where they happened, and keep both readings where the
 * reports disagree.
 */
import { describe, expect, it } from 'vitest';
import { build as buildEvents } from './build';
import { build as buildPlaces } from '../places/build';
import { events, places, testContext } from './testdata';

const byId = new Map(events.map((e) => [e.id, e]));
const place = new Map(places.map((p) => [p.id, p]));

describe('events from the seeds', () => {
  it.each([
    ['pakistan-recognises-azerbaijan', '1991-12-12', 'islamabad'],
    ['armenia-blocks-pakistan-csto-2016', '2016-11-24', 'saint-petersburg'],
    ['pakistan-statement-2023', '2023-09-21', 'islamabad'],
    ['tehran-3plus3-2023', '2023-10-23', 'tehran'],
    ['washington-summit-2025', '2025-08-08', 'washington'],
    ['tianjin-communique-2025', '2025-08-31', 'tianjin'],
  ])('%s is dated %s at %s', (id, date, at) => {
    expect(byId.get(id)?.date).toBe(date);
    expect(byId.get(id)?.place).toBe(at);
  });

  it('keeps both readings where the sources disagree', () => {
    const recognition = byId.get('pakistan-recognises-azerbaijan')!.readings!;
    expect(
      recognition.some((r) => r.sources.includes('dip-orbeli-2021') && /third/.test(r.text)),
    ).toBe(true);
    expect(
      recognition.some((r) => r.sources.includes('ev-tdi-pk-az-30') && /second/.test(r.text)),
    ).toBe(true);
  });

  it('cites no seed document for the diplomatic record', () => {
    const diplomatic = events.filter((e) => e.kind !== 'control' && e.kind !== 'conflict');
    const cited = diplomatic.flatMap((e) => [
      ...e.sources,
      ...(e.readings ?? []).flatMap((r) => r.sources),
    ]);
    expect(cited.filter((id) => id.startsWith('seed-'))).toEqual([]);
  });

  it("dates the JF-17 sale to Pakistan's announcement of 26 September 2024, not 2022", () => {
    // Radio Azadlıq (dip-azadliq-jf17-2024): the military's statement of 26 September 2024;
    // the February 2024 press reports stay in the summary (dip-pakistanintheworld-jf17-2024).
    expect(byId.has('jf17-deal-2022')).toBe(false);
    expect(byId.get('jf17-deal-2024')).toMatchObject({
      date: '2024-09-26',
      datePrecision: 'day',
    });
    expect(byId.get('jf17-deal-2024')!.summary).toMatch(/February 2024/);
  });
});

describe('days found in the second fact-check (docs/verification/facts-2.md)', () => {
  it.each([
    // dip-smh-turkey-1993: Moscow dispatch of Sunday 4 April, "Turkey responded firmly yesterday".
    ['turkey-closes-border-1993', '1993-04-03'],
    // war-independent-armenia-mobilises-1992 (AFP, paper of 11 August): seized "two days earlier".
    ['artsvashen-1992', '1992-08-08'],
    // dip-rbc-csto-2016: the CSTO assembly met in St Petersburg "в четверг, 24 ноября".
    ['armenia-blocks-pakistan-csto-2016', '2016-11-24'],
    // dip-mirrorspectator-brussels-2022, dip-ocmedia-sochi-2021: the meetings' own days.
    ['brussels-meeting-2022', '2022-04-06'],
    ['sochi-summit-2021', '2021-11-26'],
  ])('%s on %s, to the day', (id, date) => {
    expect(byId.get(id)).toMatchObject({ date, datePrecision: 'day' });
  });
  it('keeps the 1990 dating of Karki as a reading, with low confidence', () => {
    const karki = byId.get('karki-1992')!;
    expect(karki.confidence).toBe('low');
    expect(karki.readings?.some((r) => r.sources.includes('war-adalet-karki-2025'))).toBe(true);
  });
});

describe('recognitions of Abkhazia and South Ossetia', () => {
  it.each([
    ['russia-recognises-abkhazia-south-ossetia', '2008-08-26', 'RU'],
    ['nicaragua-recognises-abkhazia-south-ossetia', '2008-09-05', 'NI'],
    ['venezuela-recognises-abkhazia-south-ossetia', '2009-09-10', 'VE'],
    ['nauru-recognises-abkhazia', '2009-12-15', 'NR'],
    ['nauru-recognises-south-ossetia', '2009-12-16', 'NR'],
    ['vanuatu-recognises-abkhazia', '2011-05-23', 'VU'],
    ['tuvalu-recognises-abkhazia', '2011-09-18', 'TV'],
    ['tuvalu-recognises-south-ossetia', '2011-09-19', 'TV'],
    ['vanuatu-withdraws-recognition-2013', '2013-07-12', 'VU'],
    ['tuvalu-withdraws-recognition-2014', '2014-03-31', 'TV'],
    ['syria-recognises-abkhazia-south-ossetia', '2018-05-29', 'SY'],
  ])('%s on %s names %s', (id, date, state) => {
    const e = byId.get(id);
    expect(e?.date).toBe(date);
    expect(e?.datePrecision).toBe('day');
    expect(e?.concerns.countries).toContain(state);
  });
});

describe('turning points of the control timeline', () => {
  it.each([
    ['khojaly-1992', '1992-02-25'],
    ['shusha-1992', '1992-05-08'],
    ['lachin-1992', '1992-05-18'],
    ['martakert-1993', '1993-06-27'],
    ['kalbajar-1993', '1993-04-03'],
    ['agdam-1993', '1993-07-23'],
    ['qubadli-1993', '1993-08-31'],
    ['zangilan-1993', '1993-10-29'],
    ['horadiz-1994', '1994-01-06'],
    ['ceasefire-1994', '1994-05-12'],
    ['shusha-2020', '2020-11-08'],
    ['ceasefire-statement-2020', '2020-11-10'],
    ['agdam-handover-2020', '2020-11-20'],
    ['kalbajar-handover-2020', '2020-11-25'],
    ['lachin-handover-2020', '2020-12-01'],
    ['lachin-2022', '2022-08-26'],
    ['offensive-2023', '2023-09-19'],
    ['gazakh-villages-handover', '2024-05-24'],
    ['sukhumi-falls-1993', '1993-09-27'],
    ['sochi-agreement-1992', '1992-06-24'],
    ['russia-recognises-abkhazia-south-ossetia', '2008-08-26'],
  ])('%s on %s', (id, date) => {
    expect(byId.get(id)?.date).toBe(date);
  });
});

describe('places', () => {
  it('carry the fact-sheet coordinates to within 0.001°', () => {
    expect(place.get('shusha')!.lat).toBeCloseTo(39.758, 3);
    expect(place.get('shusha')!.lon).toBeCloseTo(46.748, 3);
    expect(place.get('stepanakert')!.lat).toBeCloseTo(39.815, 3);
    expect(place.get('islamabad')!.lon).toBeCloseTo(73.048, 3);
  });
  it('name each convention', () => {
    expect(place.get('lachin')!.names).toMatchObject({ hy: 'Berdzor', az: 'Lachin' });
    expect(place.get('stepanakert')!.names).toMatchObject({ hy: 'Stepanakert', az: 'Khankendi' });
    expect(place.get('sukhumi')!.names).toMatchObject({ ka: 'Sokhumi' });
  });
  it('include a capital for each country of the atlas', () => {
    const capitals = places.filter((p) => p.kind === 'capital').map((p) => p.capitalOf);
    for (const c of ['AM', 'AZ', 'GE', 'PK', 'TR', 'IR', 'RU', 'IN', 'CN', 'US'])
      expect(capitals).toContain(c);
  });
});

describe('build output', () => {
  it('is deterministic and ordered by date', async () => {
    const a = await buildEvents(testContext());
    const b = await buildEvents(testContext());
    expect(a.files['events.geojson']).toBe(b.files['events.geojson']);
    const parsed = JSON.parse(a.files['events.geojson']!) as {
      features: {
        id: number;
        geometry: { coordinates: number[] };
        properties: { date: string; place: string };
      }[];
    };
    const dates = parsed.features.map((f) => f.properties.date);
    expect([...dates].sort()).toEqual(dates);
    const tianjin = parsed.features.find((f) => f.properties.place === 'tianjin')!;
    expect(tianjin.geometry.coordinates).toEqual([117.177, 39.142]);
    expect(Number.isInteger(tianjin.id)).toBe(true);
  });
  it('rejects events dated after the verified day', async () => {
    const out = await buildEvents(testContext('2025-08-30'));
    expect(out.problems.join('\n')).toMatch(/outside/);
    expect(out.files).toEqual({});
  });
  it('writes places.json sorted by id', async () => {
    const out = await buildPlaces(testContext());
    const ids = (JSON.parse(out.files['places.json']!) as { id: string }[]).map((p) => p.id);
    expect([...ids].sort()).toEqual(ids);
  });
});
