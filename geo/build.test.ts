import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from './build';

const dataDir = join(__dirname, '..', 'public', 'data');

describe('npm run geo', () => {
  it('reproduces the committed public/data byte for byte', async () => {
    const files = await buildAll(() => {});
    expect(Object.keys(files).length).toBeGreaterThan(5);
    const stale = Object.entries(files)
      .filter(([name, text]) => {
        const path = join(dataDir, name);
        return !existsSync(path) || readFileSync(path, 'utf8') !== text;
      })
      .map(([name]) => name);
    expect(stale, 'run `npm run geo` and commit public/data').toEqual([]);
  }, 180_000);
});
