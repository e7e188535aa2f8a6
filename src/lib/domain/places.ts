/**
 * Named, located places (public/data/places.json) and pure queries on them: naming by
 * convention and a diacritics-insensitive search over places and events.
 */
import type { CountryCode, NamingConvention, OtherNames } from './types';
import type { EventProperties } from './events';

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
 * The name of a place or zone in a naming convention (its Latin-script usage there); falls back
 * to the international name.
 */
export function placeName(
  place: { name: string; names: OtherNames },
  convention: NamingConvention,
): string {
  if (convention === 'intl') return place.name;
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

export interface SearchResult {
  kind: 'place' | 'event';
  id: string;
  /** What to show: the place's international name or the event's title. */
  label: string;
  /** The name or title that matched the query (may be another convention's name). */
  matched: string;
  /** Lower is better: 0 exact, 1 prefix, 2 word prefix, 3 substring, 4 event at a matched place. */
  rank: number;
}

function matchRank(candidate: string, query: string): number | null {
  const text = normalizeText(candidate);
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  if (text.split(' ').some((word) => word.startsWith(query))) return 2;
  if (text.includes(query)) return 3;
  return null;
}

function bestMatch(
  candidates: readonly string[],
  query: string,
): { rank: number; matched: string } | null {
  let best: { rank: number; matched: string } | null = null;
  for (const candidate of candidates) {
    const rank = matchRank(candidate, query);
    if (rank !== null && (best === null || rank < best.rank)) best = { rank, matched: candidate };
  }
  return best;
}

function placeCandidates(place: Place): string[] {
  const values = [place.name, ...Object.values(place.names), ...Object.values(place.native)];
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/**
 * Searches places (by every name they carry) and events (by title, and by the names of the
 * place where they happened, ranked after direct title matches). Results are ordered by rank,
 * then places before events, then label; so "Berdzor" finds the Lachin place first and then
 * the events at Lachin. An empty query finds nothing.
 */
export function searchEntries(
  query: string,
  places: readonly Place[],
  events: readonly Pick<EventProperties, 'id' | 'title' | 'place'>[],
  limit = 20,
): SearchResult[] {
  const q = normalizeText(query);
  if (q === '') return [];
  const results: SearchResult[] = [];
  const placeHits = new Map<string, string>();
  for (const place of places) {
    const hit = bestMatch(placeCandidates(place), q);
    if (!hit) continue;
    placeHits.set(place.id, hit.matched);
    results.push({ kind: 'place', id: place.id, label: place.name, ...hit });
  }
  for (const event of events) {
    const hit = bestMatch([event.title], q);
    if (hit) {
      results.push({ kind: 'event', id: event.id, label: event.title, ...hit });
    } else if (placeHits.has(event.place)) {
      results.push({
        kind: 'event',
        id: event.id,
        label: event.title,
        matched: placeHits.get(event.place)!,
        rank: 4,
      });
    }
  }
  const kindOrder = { place: 0, event: 1 } as const;
  results.sort(
    (a, b) =>
      a.rank - b.rank ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      a.label.localeCompare(b.label) ||
      a.id.localeCompare(b.id),
  );
  return results.slice(0, limit);
}
