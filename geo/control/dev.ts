/**
 * Development runner for the control part while geo/build.ts is not there: loads every
 * geo/sources/*.json into a context the same way, runs build(), writes to public/data.
 * Usage: npx tsx geo/control/dev.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../src/lib/domain/types';
import { VERIFIED_THROUGH } from '../config';
import type { BuildContext } from '../lib/context';
import { build } from './build';

export function loadSources(root: string): Map<string, Source> {
  const dir = join(root, 'geo/sources');
  const out = new Map<string, Source>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    for (const s of JSON.parse(readFileSync(join(dir, file), 'utf8')) as Source[]) {
      const prev = out.get(s.id);
      if (prev && JSON.stringify(prev) !== JSON.stringify(s))
        throw new Error(`source ${s.id} conflicts (${file})`);
      out.set(s.id, s);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const ctx: BuildContext = {
    root,
    sources: loadSources(root),
    verifiedThrough: VERIFIED_THROUGH,
    log: (line) => console.log(line),
  };
  const files = await build(ctx);
  const out = join(root, 'public/data');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  console.log(`wrote ${Object.keys(files).join(', ')}`);
}

if (process.argv[1]?.endsWith('dev.ts')) await main();
