import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_GEOGRAPHY_SOURCES } from '../../src/lib/domain/atlas-index';
import type { Source } from '../../src/lib/domain/types';

/** The repository root, for the build and the data tests. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Reads and merges every geo/sources/*.json, in file-name order. Problems go to `problems`
 * (all of them); without that list the first problem throws, for tests and scripts.
 */
export function loadBibliography(
  root: string = REPO_ROOT,
  problems?: string[],
): Map<string, Source> {
  const dir = join(root, 'geo', 'sources');
  const lists = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, entries: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Source[] }));
  const merged = mergeBibliographies(lists);
  if (problems) problems.push(...merged.problems.map((p) => `geo/sources: ${p}`));
  else if (merged.problems.length > 0) throw new Error(merged.problems.join('\n'));
  return merged.sources;
}

const SOURCE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Merges the bibliography files of geo/sources. The same id may appear in several files only
 * with identical content, so two parts can cite one page without disagreeing about it.
 */
export function mergeBibliographies(
  lists: readonly { file: string; entries: readonly Source[] }[],
): {
  sources: Map<string, Source>;
  problems: string[];
} {
  const merged = new Map<string, Source>();
  const origin = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, entries } of lists) {
    if (!Array.isArray(entries)) {
      problems.push(`geo/sources/${file}: expected an array`);
      continue;
    }
    for (const entry of entries) {
      problems.push(...checkSource(entry, file));
      const known = merged.get(entry.id);
      if (known && JSON.stringify(known) !== JSON.stringify(entry)) {
        problems.push(
          `source "${entry.id}" differs between geo/sources/${origin.get(entry.id)} and ${file}`,
        );
        continue;
      }
      merged.set(entry.id, entry);
      origin.set(entry.id, file);
    }
  }
  return { sources: merged, problems };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TYPES = ['official', 'news', 'encyclopedia', 'scholarly'];
const AFFILIATIONS = ['independent', 'party'];
/** Identifiers that let a reader find a publication without an address. */
const IDENTIFIERS = ['isbn', 'doi', 'symbol'] as const;
/** Fields a reader sees in the panel and in sources.json. */
const READER_FIELDS = ['title', 'publisher', 'note'] as const;

/**
 * Words of the project's own working notes, which mean nothing to a reader (or mislead one):
 * the research aids, the starting documents, and verdicts on a source instead of saying what
 * it is.
 */
const INTERNAL_WORDING: readonly [RegExp, string][] = [
  [/facts\.md/i, '"facts.md"'],
  [/fact[ -]?sheet/i, '"fact sheet"'],
  [/\bseeds?\b/i, '"seed"'],
  [/\brows?\b/i, '"row"'],
  [/not recorded/i, '"not recorded"'],
  [/\bweak(ly)?\b/i, '"weak"'],
  [/\bcop(y|ies)\b/i, '"copy"'],
  [/made[ -]up/i, '"made-up"'],
  [/\b\d{3}_[0-9a-z]+\.txt\b/i, 'a project file name'],
];

/** The problems of one bibliography entry (empty when it is well formed). */
export function checkSource(entry: Source, file: string): string[] {
  const where = `geo/sources/${file}: source "${entry?.id}"`;
  const problems: string[] = [];
  if (typeof entry?.id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/.test(entry.id))
    problems.push(`${where}: id must be lower-case letters, digits, '.', '_' or '-'`);
  if (!entry?.title?.trim()) problems.push(`${where}: title is missing`);
  if (!entry?.publisher?.trim()) problems.push(`${where}: publisher is missing`);
  if (entry?.date !== null && !SOURCE_DATE.test(entry?.date ?? ''))
    problems.push(`${where}: date must be YYYY, YYYY-MM, YYYY-MM-DD or null`);
  if (entry?.date === null && !ISO_DAY.test(entry?.accessed ?? ''))
    problems.push(`${where}: an undated page needs "accessed" (YYYY-MM-DD, the day it was read)`);
  if (entry?.url === null || entry?.url === undefined) {
    if (!IDENTIFIERS.some((k) => (entry?.[k] ?? '').trim() !== ''))
      problems.push(`${where}: needs an address (url) or an identifier (isbn, doi or symbol)`);
  } else if (!/^https?:\/\//.test(entry.url)) {
    problems.push(`${where}: url must be http(s)`);
  }
  if ('file' in (entry ?? {}))
    problems.push(`${where}: cites a project file; cite the public publication instead`);
  if (!TYPES.includes(entry?.type ?? ''))
    problems.push(`${where}: type must be one of ${TYPES.join(', ')}`);
  if (!AFFILIATIONS.includes(entry?.affiliation ?? ''))
    problems.push(`${where}: affiliation must be independent or party`);
  else if (entry.affiliation === 'party' && !entry.partyOf?.trim())
    problems.push(`${where}: a party's source needs partyOf (whose: AM, AZ, NKR, GE, RU, ...)`);
  else if (entry.affiliation === 'independent' && entry.partyOf !== undefined)
    problems.push(`${where}: partyOf is only for affiliation "party"`);
  for (const field of READER_FIELDS) {
    const value = entry?.[field];
    if (typeof value !== 'string') continue;
    for (const [pattern, what] of INTERNAL_WORDING)
      if (pattern.test(value)) problems.push(`${where}: ${field} uses internal wording (${what})`);
  }
  return problems;
}

/**
 * Every string in `values` (parsed JSON, walked to any depth) that is a bibliography id: the
 * ids the records cite, wherever a part keeps them (`sources`, `readings[].sources`,
 * `recognisedTerritorySources`, figures' source lists...).
 */
export function citedSourceIds(
  values: readonly unknown[],
  known: ReadonlySet<string>,
): Set<string> {
  const cited = new Set<string>();
  const stack: unknown[] = [...values];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (known.has(value)) cited.add(value);
    } else if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
  }
  return cited;
}

/** One problem per entry that no record cites: a reader could never reach it. */
export function uncitedSources(
  sources: ReadonlyMap<string, Source>,
  cited: ReadonlySet<string>,
): string[] {
  return [...sources.keys()]
    .filter((id) => !cited.has(id))
    .sort()
    .map((id) => `source "${id}": cited by no record`);
}

/**
 * The authored records of geo/ that are JSON (places, events, reference figures, zones), apart
 * from the bibliography itself and tests' fixtures: records that cite sources even where their
 * citations are not published (reference figures).
 */
export function authoredRecords(root: string = REPO_ROOT): unknown[] {
  const records: unknown[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(root, 'geo', 'sources')) visit(path);
      } else if (/\.(json|geojson)$/.test(entry.name) && !/\btest/.test(entry.name)) {
        records.push(JSON.parse(readFileSync(path, 'utf8')));
      }
    }
  };
  visit(join(root, 'geo'));
  return records;
}

/**
 * The rule "every entry is cited": the ids found in the published files (apart from the
 * bibliography and the manifest), in geo/'s authored JSON records, and the ids the app cites
 * itself for the base geography. One problem per entry nobody cites.
 */
export function uncitedInData(
  sources: ReadonlyMap<string, Source>,
  published: Readonly<Record<string, string>>,
  root: string = REPO_ROOT,
): string[] {
  const records = Object.entries(published)
    .filter(([name]) => name !== 'sources.json' && name !== 'manifest.json')
    .map(([, text]) => JSON.parse(text) as unknown);
  const cited = citedSourceIds(
    [...records, authoredRecords(root), BASE_GEOGRAPHY_SOURCES],
    new Set(sources.keys()),
  );
  return uncitedSources(sources, cited);
}
