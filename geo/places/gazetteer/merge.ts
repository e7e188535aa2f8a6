/**
 * Merges the gazetteer extract (geonames-towns.json) into the place registry: a GeoNames town
 * that is a registry place already (bearing one of its names within NAME_MATCH_KM, else within
 * MATCH_KM of it) is left
 * out, the registry's curated record standing for it; every other town is published in
 * public/data/towns.json with a class, unlabelled (GeoNames gives one name per town, in mixed
 * conventions, so no name per convention is sourced for it; see README.md).
 */
import type { Place, Town, TownClass } from '../../../src/lib/domain/places';
import type { GazetteerTown } from './extract';

/** A gazetteer town this close to a registry place is that place. */
export const MATCH_KM = 2;
/**
 * A gazetteer town bearing a registry place's name is that place only this close to it (city
 * centres differ by a few km between pages): Martuni in Armenia is not Martuni (Khojavend) in
 * Karabakh, 150 km away, nor Hovtashen in Ararat the Aliagali of Karabakh.
 */
export const NAME_MATCH_KM = 10;

/** A published town (public/data/towns.json): the app's own type, so the two cannot drift. */
export type TownRecord = Town;

/**
 * The class a town is ranked by, from GeoNames' administrative feature code rather than its
 * (stale) population: the capital, the seat of a first- or second-order division (a marz,
 * rayon or municipality centre), or another populated place.
 */
export function classOf(featureCode: string): TownClass {
  if (featureCode === 'PPLC') return 'capital';
  if (featureCode === 'PPLA' || featureCode === 'PPLA2') return 'regional-centre';
  return 'town';
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Letters only, lower case, accents and apostrophes dropped: "Laçın" and "Lachin" stay apart. */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

function namesOf(place: Place): string[] {
  return [place.name, ...Object.values(place.names), ...Object.values(place.native)]
    .filter((n): n is string => Boolean(n))
    .map(fold);
}

export interface MergeResult {
  towns: TownRecord[];
  /** Gazetteer towns left out, with the registry place standing for each and why. */
  matched: { town: GazetteerTown; place: string; by: 'distance' | 'name' }[];
}

export function mergeGazetteer(
  places: readonly Place[],
  gazetteer: readonly GazetteerTown[],
): MergeResult {
  const towns: TownRecord[] = [];
  const matched: MergeResult['matched'] = [];
  const named = places.map((p) => ({ place: p, names: namesOf(p) }));
  for (const town of gazetteer) {
    // The nearest registry place within MATCH_KM (Lachin, not the village of Zabukh nearby).
    const near = places
      .map((p) => ({ p, km: distanceKm(p, town) }))
      .filter(({ km }) => km <= MATCH_KM)
      .sort((a, b) => a.km - b.km)[0]?.p;
    const byName = named.find(
      ({ place, names }) =>
        names.includes(fold(town.name)) && distanceKm(place, town) <= NAME_MATCH_KM,
    )?.place;
    // A registry name near by first: GeoNames puts Laçın 4.7 km south of Lachin's centre, 1.2 km
    // from the village of Zabukh.
    if (byName) {
      matched.push({ town, place: byName.id, by: 'name' });
      continue;
    }
    if (near) {
      matched.push({ town, place: near.id, by: 'distance' });
      continue;
    }
    towns.push({
      id: `gn-${town.geonamesId}`,
      class: classOf(town.featureCode),
      country: town.country,
      lat: town.lat,
      lon: town.lon,
      geonamesId: town.geonamesId,
      geonamesName: town.name,
    });
  }
  return { towns, matched };
}
