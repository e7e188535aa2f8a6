/**
 * Builds public/data/places.json from geo/places/places.json: validated, sorted by id, keys in
 * a fixed order and coordinates rounded, so the same source always gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../../src/lib/domain/places';
import { type BuildContext, type PartOutput, jsonText, roundCoord } from '../lib/context';
import { validatePlaces } from '../events/validate';
import type { GazetteerTown } from './gazetteer/extract';
import { MATCH_KM, distanceKm, mergeGazetteer, villagesBesideRegistry } from './gazetteer/merge';
import { loadVillageRows, publishVillages } from './villages';

export function loadGazetteer(root: string): GazetteerTown[] {
  const path = join(root, 'geo', 'places', 'gazetteer', 'geonames-towns.json');
  return JSON.parse(readFileSync(path, 'utf8')) as GazetteerTown[];
}

export function loadPlaces(root: string): Place[] {
  return JSON.parse(readFileSync(join(root, 'geo', 'places', 'places.json'), 'utf8')) as Place[];
}

/** The published form of a place: fixed key order, optional keys only when set. */
export function publishPlace(p: Place): Place {
  return {
    id: p.id,
    kind: p.kind,
    country: p.country,
    ...(p.capitalOf ? { capitalOf: p.capitalOf } : {}),
    name: p.name,
    names: sortKeys(p.names),
    native: sortKeys(p.native),
    lat: roundCoord(p.lat),
    lon: roundCoord(p.lon),
    sources: [...p.sources],
    ...(p.note ? { note: p.note } : {}),
  };
}

function sortKeys<T>(record: Partial<Record<string, T>>): Partial<Record<string, T>> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

export async function build(ctx: BuildContext): Promise<PartOutput> {
  const places = loadPlaces(ctx.root);
  const checked = publishVillages(loadVillageRows(ctx.root), ctx.sources);
  const problems = [...validatePlaces(places, ctx.sources), ...checked.problems];
  if (problems.length > 0) return { files: {}, problems };
  const published = places.map(publishPlace).sort((a, b) => a.id.localeCompare(b.id));
  ctx.log(`places: ${published.length} places`);
  // The gazetteer's towns not in the registry and the checked villages, in a file of their own
  // loaded when the map is zoomed in far enough to show them (see gazetteer/README.md).
  const own = villagesBesideRegistry(places, checked.villages);
  const merged = mergeGazetteer(places, loadGazetteer(ctx.root), own.villages);
  const isVillage = (m: { place: string }) => own.villages.some((v) => v.id === m.place);
  const far = merged.matched
    .filter((m) => !isVillage(m))
    .filter(
      (m) =>
        distanceKm(
          m.town,
          places.find((p) => p.id === m.place)!,
        ) > MATCH_KM,
    )
    .map((m) => `${m.town.name} = ${m.place}`);
  const villages = merged.matched.filter(isVillage).map((m) => `${m.town.name} = ${m.place}`);
  ctx.log(
    `places: gazetteer ${merged.towns.length} towns, ${merged.matched.length - villages.length} ` +
      `already registry places (by name more than 2 km apart: ${far.join(', ') || 'none'}), ` +
      `${villages.length} checked villages (${villages.join(', ') || 'none'})`,
  );
  const registry = own.matched.map((m) => `${m.village} = ${m.place}`);
  ctx.log(
    `places: ${own.villages.length} checked villages, labelled, in towns.json; ` +
      `${registry.length} already registry places (${registry.join(', ') || 'none'})`,
  );
  const records = [...merged.towns, ...own.villages];
  const towns = '[\n' + records.map((t) => JSON.stringify(t)).join(',\n') + '\n]\n';
  return { files: { 'places.json': jsonText(published, 1), 'towns.json': towns }, problems: [] };
}
