import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFile, DATA_SCHEMAS, type DataFileName } from './schemas';

const DATA_DIR = join(__dirname, '..', '..', '..', 'public', 'data');
const FILES = Object.keys(DATA_SCHEMAS) as DataFileName[];

function published(file: DataFileName): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
}

describe('data file schemas', () => {
  it('has a schema for every file the build publishes', () => {
    const manifest = published('manifest.json') as { files: Record<string, unknown> };
    expect([...Object.keys(manifest.files), 'manifest.json'].sort()).toEqual([...FILES].sort());
  });

  it.each(FILES)('accepts the published %s', (file) => {
    const result = checkDataFile(file, published(file));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(FILES)('rejects an empty object in place of %s', (file) => {
    expect(checkDataFile(file, {}).ok).toBe(false);
  });

  it('says where a value is wrong', () => {
    const events = published('events.geojson') as {
      features: { properties: Record<string, unknown> }[];
    };
    events.features[3]!.properties.date = '3 May 1992';
    const result = checkDataFile('events.geojson', events);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'features[3].properties.date', message: 'expected a day written YYYY-MM-DD' },
      ],
    });
  });

  it('refuses a bibliography address that is not http(s)', () => {
    const sources = published('sources.json') as { url: string | null }[];
    sources[0]!.url = 'javascript:alert(1)';
    const result = checkDataFile('sources.json', sources);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '[0].url', message: 'expected an http(s) address' },
    ]);
  });

  it('refuses a controller the atlas does not know', () => {
    const pieces = published('control-pieces.geojson') as {
      features: { properties: { timeline: { controller: string }[] } }[];
    };
    pieces.features[0]!.properties.timeline[0]!.controller = 'XX';
    const result = checkDataFile('control-pieces.geojson', pieces);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'features[0].properties.timeline[0].controller',
    ]);
  });
});
