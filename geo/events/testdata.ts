/** Loads the real places, events and bibliography for the tests of this part. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../src/lib/domain/types';
import { loadBibliography } from '../lib/bibliography';
import type { BuildContext } from '../lib/context';
import { loadPlaces } from '../places/build';
import { loadEvents } from './build';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const loadSources = (): Map<string, Source> => loadBibliography(root);

export const sources = loadSources();
export const places = loadPlaces(root);
export const events = loadEvents(root);

export function testContext(verifiedThrough = '2025-09-30'): BuildContext {
  return { root, sources, verifiedThrough, log: () => undefined };
}
