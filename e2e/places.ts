/**
 * The places the browser tests look at, from the atlas's own registry of named places
 * (public/data/places.json), by id: a test never carries coordinates of its own.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface RegisteredPlace {
  id: string;
  lon: number;
  lat: number;
}

const registry = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data', 'places.json'),
    'utf8',
  ),
) as RegisteredPlace[];

/** Longitude and latitude of the registered place `id`; throws for an unknown id. */
export function place(id: string): readonly [number, number] {
  const found = registry.find((p) => p.id === id);
  if (!found) throw new Error(`no place "${id}" in public/data/places.json`);
  return [found.lon, found.lat];
}
