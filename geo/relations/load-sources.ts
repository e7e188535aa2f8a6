/** Loads and merges geo/sources/*.json as geo/build.ts does, for the dev runner and the tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../src/lib/domain/types';
import { mergeBibliographies } from '../lib/bibliography';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadSources(root: string = REPO_ROOT): Map<string, Source> {
  const dir = join(root, 'geo', 'sources');
  const lists = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, entries: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Source[] }));
  return mergeBibliographies(lists);
}
