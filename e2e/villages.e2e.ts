/**
 * Issue 11 point 7 (the lines): the rendered map read at two located villages a few km apart
 * on either side of a line of contact. Each point shows the fill of the holder that
 * geo/control/villages.json gives for that day (its sources), and the two differ. The
 * villages' coordinates and holders come from that table, not from this file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';

interface Village {
  id: string;
  name: string;
  lon: number;
  lat: number;
  cases: [string, string, string[]][];
}

const villages = (
  JSON.parse(
    readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), '..', 'geo', 'control', 'villages.json'),
      'utf8',
    ),
  ) as { villages: Village[] }
).villages;

function village(id: string): Village {
  const found = villages.find((v) => v.id === id);
  if (!found) throw new Error(`no village "${id}" in geo/control/villages.json`);
  return found;
}

/** The holder the table's sources give for the village on `date` (a case on that day). */
function holderOn(v: Village, date: string): string {
  const found = v.cases.find(([day]) => day === date);
  if (!found) throw new Error(`${v.id} has no case on ${date}`);
  return found[1];
}

const PAIRS: { date: string; zoom: number; ids: [string, string]; line: string }[] = [
  // The 1994-2020 line east of Fuzuli: Garakhanbeyli held by Artsakh, Alkhanly by Azerbaijan.
  { date: '1995-06-01', zoom: 11, ids: ['qaraxanbeyli', 'alxanli'], line: 'the 1994 line' },
  // The 2020-2023 line north of Hadrut: Karmir Shuka held by Artsakh, Shekher by Azerbaijan.
  { date: '2021-06-01', zoom: 11, ids: ['karmir-shuka', 'shekher'], line: 'the 2020 line' },
];

export const tests: E2ETest[] = PAIRS.map(({ date, zoom, ids, line }) => {
  const [a, b] = ids.map(village) as [Village, Village];
  const lat = ((a.lat + b.lat) / 2).toFixed(4);
  const lon = ((a.lon + b.lon) / 2).toFixed(4);
  const hash = `#map=${zoom}/${lat}/${lon}&date=${date}`;
  return {
    name: `${a.name} and ${b.name}, either side of ${line}, show their holders at ${hash}`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, hash);
      await mapIdle(watched.page);
      await showOverlays(watched.page, false);
      const expected = { [a.name]: holderOn(a, date), [b.name]: holderOn(b, date) };
      check(
        expected[a.name] !== expected[b.name],
        `${a.name} and ${b.name} should be on either side on ${date}`,
      );
      const seen = {
        [a.name]: await controllerShownAt(watched.page, a.lon, a.lat),
        [b.name]: await controllerShownAt(watched.page, b.lon, b.lat),
      };
      checkEqual(seen, expected, `controllers shown on ${date}`);
      check(seen[a.name] !== seen[b.name], `the two villages read the same colour on ${date}`);
      checkNoProblems(watched.problems);
    },
  };
});
