/**
 * Merges the gazetteer extract (geonames-towns.json) into the place registry: a GeoNames town
 * that is a registry place already (bearing one of its names within NAME_MATCH_KM, else within
 * MATCH_KM of it), or else one of the checked villages (VILLAGE_NAME_MATCH_KM,
 * VILLAGE_MATCH_KM), is left out, the curated record standing for it; every other town is
 * published in public/data/towns.json with a class, unlabelled (GeoNames gives one name per
 * town, in mixed conventions, so no name per convention is sourced for it; see README.md).
 */
import type {
  CheckedVillage,
  GazetteerTownRecord,
  Place,
  TownClass,
} from '../../../src/lib/domain/places';
import type { GazetteerTown } from './extract';

/** A gazetteer town this close to a registry place is that place. */
export const MATCH_KM = 2;
/**
 * A gazetteer town bearing a registry place's name is that place only this close to it (city
 * centres differ by a few km between pages): Martuni in Armenia is not Martuni (Khojavend) in
 * Karabakh, 150 km away, nor Hovtashen in Ararat the Aliagali of Karabakh.
 */
export const NAME_MATCH_KM = 10;

/**
 * A checked village (geo/places/villages.ts) stands for a gazetteer town this close to it, or
 * bearing one of its names this close: villages lie a few km apart, closer than towns.
 */
export const VILLAGE_MATCH_KM = 1;
export const VILLAGE_NAME_MATCH_KM = 3;

/** A published town (public/data/towns.json): the app's own type, so the two cannot drift. */
export type TownRecord = GazetteerTownRecord;

/**
 * The class a town is ranked by, from GeoNames' administrative feature code rather than its
 * (stale) population: the capital, the seat of a first- or second-order division (a marz,
 * rayon or municipality centre), or another populated place.
 */
export function classOf(featureCode: string): Exclude<TownClass, 'village'> {
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

function namesOf(place: Pick<Place, 'name' | 'names' | 'native'>): string[] {
  // A village's international name may give both names ("Dashalty / Karin Tak").
  return [...place.name.split(' / '), ...Object.values(place.names), ...Object.values(place.native)]
    .filter((n): n is string => Boolean(n))
    .map(fold);
}

export interface MergeResult {
  towns: TownRecord[];
  /**
   * Gazetteer towns left out, with the registry place (or checked village) standing for each
   * and why.
   */
  matched: { town: GazetteerTown; place: string; by: 'distance' | 'name' }[];
}

export function mergeGazetteer(
  places: readonly Place[],
  gazetteer: readonly GazetteerTown[],
  villages: readonly CheckedVillage[] = [],
): MergeResult {
  const towns: TownRecord[] = [];
  const matched: MergeResult['matched'] = [];
  const named = places.map((p) => ({ place: p, names: namesOf(p) }));
  const namedVillages = villages.map((v) => ({ village: v, names: namesOf(v) }));
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
    // Then the checked villages: GeoNames' Qırmızı Bazar is Karmir Shuka, its Vank the Vank of
    // Kalbajar (not the Vank of Khojavend, 60 km away).
    const village = namedVillages
      .map(({ village: v, names }) => ({ v, names, km: distanceKm(v, town) }))
      .filter(
        ({ names, km }) =>
          km <= VILLAGE_MATCH_KM ||
          (km <= VILLAGE_NAME_MATCH_KM && names.includes(fold(town.name))),
      )
      .sort((a, b) => a.km - b.km)[0];
    if (village) {
      const by = village.names.includes(fold(town.name)) ? 'name' : 'distance';
      matched.push({ town, place: village.v.id, by });
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

/**
 * The checked villages that are not registry places already: a village bearing a registry
 * place's name within VILLAGE_NAME_MATCH_KM of it, or lying within VILLAGE_MATCH_KM of one, is
 * that place (Chojuk Marjanly is the registry's Chocuq Marjanli, 0.2 km away), drawn and
 * labelled with the registry's places at every zoom; Dashalty, 1.9 km from Shusha's centre,
 * is not Shusha.
 */
export function villagesBesideRegistry(
  places: readonly Place[],
  villages: readonly CheckedVillage[],
): { villages: CheckedVillage[]; matched: { village: string; place: string }[] } {
  const kept: CheckedVillage[] = [];
  const matched: { village: string; place: string }[] = [];
  for (const v of villages) {
    const names = namesOf(v);
    const place = places.find((p) => {
      const km = distanceKm(p, v);
      return (
        km <= VILLAGE_MATCH_KM ||
        (km <= VILLAGE_NAME_MATCH_KM && namesOf(p).some((n) => names.includes(n)))
      );
    });
    if (place) matched.push({ village: v.id, place: place.id });
    else kept.push(v);
  }
  return { villages: kept, matched };
}
