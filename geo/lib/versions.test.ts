import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './bibliography';
import { ARCHIVED_FILES, changelog, fileChanges, readPublished } from './versions';

const manifest = (version: string, verifiedThrough = '2025-09-30') =>
  JSON.stringify({ version, verifiedThrough });
const events = (...props: { id: string; title: string }[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: props.map((p) => ({ properties: p })) });
const relations = (...periods: { a: string; b: string; from: string; status: string }[]) =>
  JSON.stringify({ countries: [{ code: 'AM' }], relations: periods, rules: [{ id: 'r' }] });

describe('the data changelog', () => {
  it('lists records added, removed and changed, by id', () => {
    const before = events(
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C' },
    );
    const after = events(
      { id: 'c', title: 'C' },
      { id: 'b', title: 'B, corrected' },
      { id: 'd', title: 'D' },
    );
    expect(fileChanges('events.geojson', before, after)).toEqual({
      added: ['d'],
      removed: ['a'],
      changed: ['b'],
    });
  });

  it('names a relation period by its pair, in either order, and its first day', () => {
    const before = relations({ a: 'AM', b: 'RU', from: '1992-04-03', status: 'relations' });
    const after = relations(
      { a: 'RU', b: 'AM', from: '1992-04-03', status: 'alliance' },
      { a: 'AM', b: 'TR', from: '1991-12-16', status: 'no-relations' },
    );
    expect(fileChanges('relations.json', before, after)).toEqual({
      added: ['relation:AM-TR@1991-12-16'],
      removed: [],
      changed: ['relation:AM-RU@1992-04-03'],
    });
  });

  it('gives each published version its changes against the one before, newest first', () => {
    const v1 = {
      'manifest.json': manifest('v1'),
      'events.geojson': events({ id: 'a', title: 'A' }),
    };
    const v2 = {
      'manifest.json': manifest('v2', '2026-01-31'),
      'events.geojson': events({ id: 'a', title: 'A' }, { id: 'b', title: 'B' }),
    };
    const current = {
      ...v2,
      'manifest.json': manifest('v3'),
      'events.geojson': events({ id: 'b', title: 'B' }),
    };
    const log = changelog(
      [
        { version: 'v1', files: v1 },
        { version: 'v2', files: v2 },
      ],
      current,
    );
    expect(log.map((e) => [e.version, e.published, e.previous, e.path])).toEqual([
      ['v3', false, 'v2', null],
      ['v2', true, 'v1', 'versions/v2/'],
      ['v1', true, null, 'versions/v1/'],
    ]);
    expect(log[0]!.changes).toEqual({
      'events.geojson': { added: [], removed: ['a'], changed: [] },
    });
    expect(log[1]!.changes).toEqual({
      'events.geojson': { added: ['b'], removed: [], changed: [] },
    });
    expect(log[1]!.verifiedThrough).toBe('2026-01-31');
    expect(log[2]!.records).toEqual({ 'events.geojson': 1 });
    // Once the current build is the last published version, it is not listed twice.
    expect(changelog([{ version: 'v2', files: v2 }], v2).map((e) => e.version)).toEqual(['v2']);
  });
});

describe('the archived versions in public/data/versions', () => {
  const published = readPublished(REPO_ROOT);

  it('hold at least the data version the app ships, or its predecessors', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  it('are exactly the files their own manifest describes', () => {
    for (const { version, files } of published) {
      const listed = JSON.parse(files['manifest.json']!) as {
        version: string;
        files: Record<string, { sha256: string; bytes: number }>;
      };
      expect(listed.version, `versions/${version}/manifest.json`).toBe(version);
      for (const name of ARCHIVED_FILES.filter((f) => f !== 'manifest.json')) {
        const bytes = readFileSync(join(REPO_ROOT, 'public', 'data', 'versions', version, name));
        const sha = createHash('sha256').update(bytes).digest('hex');
        expect(sha, `versions/${version}/${name}`).toBe(listed.files[name]!.sha256);
      }
    }
  });
});
