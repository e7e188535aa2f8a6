import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  if (entry?.url === null || entry?.url === undefined) {
    if (!entry?.file) problems.push(`${where}: needs an address (url) or a seed file`);
  } else if (!/^https?:\/\//.test(entry.url)) {
    problems.push(`${where}: url must be http(s)`);
  }
  return problems;
}
