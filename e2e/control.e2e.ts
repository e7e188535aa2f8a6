/** Issue 3's acceptance: the rendered map at known towns shows the controller the sources give. */
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';
import { place } from './places';

const TOWNS = {
  Shusha: place('shusha'),
  Agdam: place('agdam'),
  Tartar: place('tartar'),
  Lachin: place('lachin'),
  Stepanakert: place('stepanakert'),
} as const;

type Town = keyof typeof TOWNS;

const CASES: { date: string; expected: Record<Town, string> }[] = [
  {
    // 1994-2020 line of contact: Shusha, Agdam town, Lachin and Stepanakert held by Artsakh;
    // Tartar always Azerbaijani-held.
    date: '1995-06-01',
    expected: { Shusha: 'NKR', Agdam: 'NKR', Tartar: 'AZ', Lachin: 'NKR', Stepanakert: 'NKR' },
  },
  {
    // After the 2020 war: Shusha taken 8 Nov 2020, Agdam handed over 20 Nov 2020, Lachin town in
    // the peacekeepers' corridor until 26 Aug 2022.
    date: '2021-06-01',
    expected: { Shusha: 'AZ', Agdam: 'AZ', Tartar: 'AZ', Lachin: 'RU-PKF', Stepanakert: 'NKR' },
  },
  {
    // After the September 2023 offensive no territory is held by Artsakh.
    date: '2024-06-01',
    expected: { Shusha: 'AZ', Agdam: 'AZ', Tartar: 'AZ', Lachin: 'AZ', Stepanakert: 'AZ' },
  },
];

export const tests: E2ETest[] = CASES.map(({ date, expected }) => ({
  name: `the map at #map=8/39.8/46.7&date=${date} shows who held the towns`,
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    await openAtlas(watched, origin, `#map=8/39.8/46.7&date=${date}`);
    await mapIdle(watched.page);
    await showOverlays(watched.page, false);
    const seen: Record<string, string> = {};
    for (const [town, [lon, lat]] of Object.entries(TOWNS)) {
      seen[town] = await controllerShownAt(watched.page, lon, lat);
    }
    checkEqual(seen, expected, `controllers shown on ${date}`);
    checkNoProblems(watched.problems);
  },
}));
