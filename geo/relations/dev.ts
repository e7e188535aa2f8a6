/**
 * Builds only the relations part, the way geo/build.ts does, and writes
 * public/data/relations.json: `npx tsx geo/relations/dev.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERIFIED_THROUGH } from '../config';
import { DataError } from '../lib/context';
import { build } from './build';
import { REPO_ROOT, loadSources } from './load-sources';

async function main(): Promise<void> {
  const files = await build({
    root: REPO_ROOT,
    sources: loadSources(),
    verifiedThrough: VERIFIED_THROUGH,
    log: (line) => console.log(line),
  });
  const outDir = join(REPO_ROOT, 'public', 'data');
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(`wrote ${Object.keys(files).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof DataError ? `data error: ${error.message}` : error);
  process.exit(1);
});
