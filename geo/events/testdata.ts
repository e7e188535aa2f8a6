/** Loads the real places, events and bibliography for the tests of this part. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../src/lib/domain/types';
import { mergeBibliographies } from '../lib/bibliography';
import type { BuildContext } from '../lib/context';
import { loadPlaces } from '../places/build';
import { loadEvents } from './build';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadSources(): Map<string, Source> {
  const dir = join(root, 'geo', 'sources');
  return mergeBibliographies(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({
        file: f,
        entries: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Source[],
      })),
  );
}

export const sources = loadSources();
export const places = loadPlaces(root);
export const events = loadEvents(root);

export function testContext(verifiedThrough = '2025-09-30'): BuildContext {
  return { root, sources, verifiedThrough, log: () => undefined };
}
