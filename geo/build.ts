/**
 * `npm run geo`: builds public/data from the editable sources in geo/.
 * `npm run geo -- --check` (CI): builds in memory and fails unless public/data matches byte for
 * byte, so the committed data is always what the sources produce.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_DAY, VERIFIED_THROUGH } from './config';
import { type BuildContext, type DataFiles, DataError, jsonText } from './lib/context';
import { loadBibliography } from './lib/bibliography';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Place } from '../src/lib/domain/places';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');

/** Parts in build order; each is geo/<name>/build.ts exporting `build(ctx)`. */
const PARTS = ['base', 'places', 'control', 'relations', 'events'] as const;

export const LICENCES = {
  data: 'CC BY 4.0 (Caucasus Atlas authors): zones, periods, relations, events, places',
  baseGeography: 'Natural Earth: public domain; world-atlas packaging: ISC',
  code: 'MIT',
};

/**
 * Stage after the parts: each place gets the control zone it lies in, so the app needs no
 * point-in-polygon test (and no Turf) in the browser.
 */
function placesInZones(files: DataFiles): string {
  const places = JSON.parse(files['places.json']!) as Place[];
  const pieces = JSON.parse(files['control-pieces.geojson']!) as FeatureCollection<
    Polygon | MultiPolygon,
    { piece: string }
  >;
  const located = places.map((p) => {
    const piece = pieces.features.find((f) => booleanPointInPolygon([p.lon, p.lat], f));
    return piece ? { ...p, zone: piece.properties.piece } : p;
  });
  return jsonText(located, 1);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function buildAll(log: (line: string) => void): Promise<DataFiles> {
  const sources = loadBibliography(root);
  const ctx: BuildContext = { root, sources, verifiedThrough: VERIFIED_THROUGH, log };
  const files: DataFiles = {};
  for (const part of PARTS) {
    const modulePath = join(root, 'geo', part, 'build.ts');
    if (!existsSync(modulePath)) throw new DataError(`missing data part geo/${part}/build.ts`);
    const module = (await import(modulePath)) as { build(ctx: BuildContext): Promise<DataFiles> };
    const out = await module.build(ctx);
    for (const [name, text] of Object.entries(out)) {
      if (files[name] !== undefined) throw new DataError(`two parts write public/data/${name}`);
      files[name] = text;
    }
    log(`geo/${part}: ${Object.keys(out).join(', ')}`);
  }
  files['places.json'] = placesInZones(files);
  files['sources.json'] = jsonText(
    [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    1,
  );
  const names = Object.keys(files).sort();
  const digest = sha256(names.map((n) => `${n}\n${sha256(files[n]!)}`).join('\n'));
  files['manifest.json'] = jsonText(
    {
      version: digest.slice(0, 16),
      firstDay: FIRST_DAY,
      verifiedThrough: VERIFIED_THROUGH,
      licences: LICENCES,
      files: Object.fromEntries(
        names.map((n) => [n, { bytes: Buffer.byteLength(files[n]!), sha256: sha256(files[n]!) }]),
      ),
    },
    1,
  );
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await buildAll((line) => console.log(line));
  if (check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      const path = join(outDir, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    if (stale.length > 0) {
      console.error(
        `public/data is not what geo/ builds: ${stale.map(([n]) => n).join(', ')}.\n` +
          'Run `npm run geo` and commit public/data.',
      );
      process.exit(1);
    }
    console.log(`public/data matches geo/ (${Object.keys(files).length} files)`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(`wrote ${Object.keys(files).length} files to public/data`);
}

// Run only as a script, so tests can import buildAll.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof DataError ? `data error: ${error.message}` : error);
    process.exit(1);
  });
}
