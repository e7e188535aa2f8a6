/**
 * The search list of the panel-without-map: one entry per country, zone, place and event, and a
 * ranking of entries for a query. Matching uses `normalizeText` from places.ts (case and
 * diacritics folded), so the map's place search and this list agree on what matches.
 */
import type { ControlPieceProperties } from './control';
import type { EventProperties } from './events';
import { nameRewrite } from './names';
import { type Place, normalizeText, placeName } from './places';
import type { NamingConvention, OtherNames } from './types';
import { formatDate } from '../time/days';
import type { SelectionKind } from './selection';
import { PLACE_KIND_LABELS } from './labels';

export interface SearchEntry {
  kind: SelectionKind;
  id: string;
  /** What the list shows, in the chosen naming convention. */
  label: string;
  /** A second line: the kind and where, or the event's date. */
  sublabel?: string;
  /** Other texts that find the entry: every name in every convention and script. */
  keywords: string[];
  /**
   * Texts that find the entry only after every direct match (rank + 4): for an event, the
   * names of the place where it happened.
   */
  context?: string[];
}

export interface RankedEntry {
  entry: SearchEntry;
  /** Lower is better: 0 exact, 1 prefix, 2 word prefix, 3 substring; +4 through `context`. */
  rank: number;
  /** The label or keyword that matched best. */
  matched: string;
}

const KIND_ORDER: Record<SearchEntry['kind'], number> = { country: 0, zone: 1, place: 2, event: 3 };

function matchRank(candidate: string, query: string): number | null {
  const text = normalizeText(candidate);
  if (text === '') return null;
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  if (text.split(' ').some((word) => word.startsWith(query))) return 2;
  if (text.includes(query)) return 3;
  return null;
}

/**
 * Entries matching `query` over their label and keywords, best first: exact, then prefix, then
 * word-prefix, then substring matches, then matches through `context`; on a tie the label matching beats a keyword, then
 * countries, zones, places, events, then the label alphabetically. An empty query finds nothing.
 */
export function rankEntries(
  query: string,
  entries: readonly SearchEntry[],
  limit = 8,
): RankedEntry[] {
  const q = normalizeText(query);
  if (q === '') return [];
  const hits: (RankedEntry & { viaKeyword: number })[] = [];
  for (const entry of entries) {
    let best: (RankedEntry & { viaKeyword: number }) | null = null;
    const candidates: [text: string, via: number, penalty: number][] = [
      [entry.label, 0, 0],
      ...entry.keywords.map((k): [string, number, number] => [k, 1, 0]),
      ...(entry.context ?? []).map((k): [string, number, number] => [k, 1, 4]),
    ];
    for (const [candidate, viaKeyword, penalty] of candidates) {
      const found = matchRank(candidate, q);
      if (found === null) continue;
      const rank = found + penalty;
      if (
        best === null ||
        rank < best.rank ||
        (rank === best.rank && viaKeyword < best.viaKeyword)
      ) {
        best = { entry, rank, matched: candidate, viaKeyword };
      }
    }
    if (best) hits.push(best);
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.viaKeyword - b.viaKeyword ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.label.localeCompare(b.entry.label) ||
      a.entry.id.localeCompare(b.entry.id),
  );
  return hits.slice(0, limit).map(({ entry, rank, matched }) => ({ entry, rank, matched }));
}

function allNames(thing: { name: string; names: OtherNames; native: OtherNames }): string[] {
  const values = [thing.name, ...Object.values(thing.names), ...Object.values(thing.native)];
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}

/**
 * The searchable list: countries (by name and code), control zones (not the `rest-` pieces,
 * which are reached through their country), places and events (by title and by the names of
 * the place where they happened).
 */
export function buildSearchEntries(
  data: {
    countries: ReadonlyMap<string, { iso: string; name: string }>;
    pieces: ReadonlyMap<string, ControlPieceProperties>;
    places: ReadonlyMap<string, Place>;
    events: ReadonlyMap<string, EventProperties>;
  },
  convention: NamingConvention,
): SearchEntry[] {
  const countryName = (iso: string) => data.countries.get(iso)?.name ?? iso;
  const entries: SearchEntry[] = [];
  for (const c of data.countries.values()) {
    entries.push({
      kind: 'country',
      id: c.iso,
      label: c.name,
      sublabel: 'Country',
      keywords: [c.iso],
    });
  }
  for (const p of data.pieces.values()) {
    if (p.piece.startsWith('rest-')) continue;
    entries.push({
      kind: 'zone',
      id: p.piece,
      label: placeName(p, convention),
      sublabel: `Zone in ${countryName(p.state)}`,
      keywords: allNames(p),
    });
  }
  for (const place of data.places.values()) {
    entries.push({
      kind: 'place',
      id: place.id,
      label: placeName(place, convention),
      sublabel: `${PLACE_KIND_LABELS[place.kind]}, ${countryName(place.country)}`,
      keywords: allNames(place),
    });
  }
  const rename = nameRewrite(data.places, convention);
  for (const event of data.events.values()) {
    const where = data.places.get(event.place);
    const label = rename(event.title);
    entries.push({
      kind: 'event',
      id: event.id,
      label,
      sublabel: `Event, ${formatDate(event.date, event.datePrecision)}${where ? `, ${placeName(where, convention)}` : ''}`,
      // The title as written stays findable in every convention.
      keywords: label === event.title ? [] : [event.title],
      context: where ? allNames(where) : [],
    });
  }
  return entries;
}
