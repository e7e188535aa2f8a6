/**
 * Prints how much of the published fronts dangles (same controller on both sides) and the
 * slivers among the published pieces: `npx tsx geo/control/measure-fronts.ts [data dir]`.
 * Reads public/data (or the folder given), so it measures what the app shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkFrontSides,
  checkSlivers,
  measureSides,
  type FrontLine,
  type TimedPiece,
} from './boundaries';
import type { Area } from './geometry';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'public', 'data');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
const pieces = read<{ features: { properties: TimedPiece & { piece: string }; geometry: Area }[] }>(
  'control-pieces.geojson',
).features.map((f) => ({
  id: f.properties.piece,
  geometry: f.geometry,
  timeline: f.properties.timeline,
}));
const fronts = read<{
  features: { properties: { a: number; b: number }; geometry: FrontLine['geometry'] }[];
}>('control-fronts.geojson').features.map((f) => ({
  a: f.properties.a,
  b: f.properties.b,
  geometry: f.geometry,
}));
const dates = read<{ changeDates: string[] }>('control-summary.json').changeDates;

const report = measureSides(pieces, fronts, dates);
const share = (100 * report.danglingKm) / report.activeKm;
console.log(
  `fronts: ${report.activeKm.toFixed(1)} km shown over ${dates.length} change dates; ` +
    `${report.danglingKm.toFixed(2)} km dangling (${share.toFixed(3)}%), of which ` +
    `${report.danglingClearKm.toFixed(2)} km away from line ends and corners ` +
    `(${((100 * report.danglingClearKm) / report.activeKm).toFixed(3)}%); ` +
    `${report.offLandKm.toFixed(2)} km with a side off land`,
);
const worst = Number(process.env.WORST ?? 15);
if (report.byFront.length > 0)
  console.log(`worst fronts (of ${report.byFront.length} that dangle):`);
for (const d of report.byFront.slice(0, worst)) {
  const f = fronts[d.front];
  const spots = d.at
    .slice(0, 3)
    .map(([x = 0, y = 0]) => `${y.toFixed(4)} N ${x.toFixed(4)} E`)
    .join('; ');
  console.log(
    `  ${pieces[f?.a ?? -1]?.id} | ${pieces[f?.b ?? -1]?.id}: ${d.km.toFixed(2)} km ` +
      `(${d.clearKm.toFixed(2)} away from joints) on ${d.days} dates ${d.first}..${d.last}, ` +
      `${d.at.length} spots: ${spots}`,
  );
}
for (const p of checkFrontSides(pieces, fronts, dates, report)) console.log('  ' + p);
const slivers = checkSlivers(pieces);
console.log(`slivers: ${slivers.length}`);
for (const p of slivers) console.log('  ' + p);
