import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../src/lib/domain/types';
import { DataError } from './context';

/** The repository root, for the build and the data tests. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Reads and merges every geo/sources/*.json, in file-name order. */
export function loadBibliography(root: string = REPO_ROOT): Map<string, Source> {
  const dir = join(root, 'geo', 'sources');
  const lists = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, entries: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Source[] }));
  return mergeBibliographies(lists);
}

const SOURCE_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Merges the bibliography files of geo/sources. The same id may appear in several files only
 * with identical content, so two parts can cite one page without disagreeing about it.
 */
export function mergeBibliographies(
  lists: readonly { file: string; entries: readonly Source[] }[],
): Map<string, Source> {
  const merged = new Map<string, Source>();
  const origin = new Map<string, string>();
  for (const { file, entries } of lists) {
    if (!Array.isArray(entries)) throw new DataError(`geo/sources/${file}: expected an array`);
    for (const entry of entries) {
      checkSource(entry, file);
      const known = merged.get(entry.id);
      if (known && JSON.stringify(known) !== JSON.stringify(entry)) {
        throw new DataError(
          `source "${entry.id}" differs between geo/sources/${origin.get(entry.id)} and ${file}`,
        );
      }
      merged.set(entry.id, entry);
      origin.set(entry.id, file);
    }
  }
  return merged;
}

export function checkSource(entry: Source, file: string): void {
  const where = `geo/sources/${file}: source "${entry?.id}"`;
  if (typeof entry?.id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/.test(entry.id)) {
    throw new DataError(`${where}: id must be lower-case letters, digits, '.', '_' or '-'`);
  }
  if (!entry.title?.trim()) throw new DataError(`${where}: title is missing`);
  if (!entry.publisher?.trim()) throw new DataError(`${where}: publisher is missing`);
  if (entry.date !== null && !SOURCE_DATE.test(entry.date ?? '')) {
    throw new DataError(`${where}: date must be YYYY, YYYY-MM, YYYY-MM-DD or null`);
  }
  if (entry.url === null || entry.url === undefined) {
    if (!entry.file) throw new DataError(`${where}: needs an address (url) or a seed file`);
  } else if (!/^https?:\/\//.test(entry.url)) {
    throw new DataError(`${where}: url must be http(s)`);
  }
}
