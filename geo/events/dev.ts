/**
 * Builds only places.json and events.geojson (for working on these parts without the other
 * parts): `npx tsx geo/events/dev.ts`. Loads the bibliography the way geo/build.ts does.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../src/lib/domain/types';
import { VERIFIED_THROUGH } from '../config';
import { mergeBibliographies } from '../lib/bibliography';
import type { BuildContext } from '../lib/context';
import { build as buildEvents } from './build';
import { build as buildPlaces } from '../places/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'geo', 'sources');
const lists = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, entries: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Source[] }));
const ctx: BuildContext = {
  root,
  sources: mergeBibliographies(lists),
  verifiedThrough: VERIFIED_THROUGH,
  log: (line) => console.log(line),
};
const out = { ...(await buildPlaces(ctx)), ...(await buildEvents(ctx)) };
mkdirSync(join(root, 'public', 'data'), { recursive: true });
for (const [name, text] of Object.entries(out))
  writeFileSync(join(root, 'public', 'data', name), text);
console.log(`wrote ${Object.keys(out).join(', ')}`);
