import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ControlSummary } from '../domain/control';
import type { EventProperties } from '../domain/events';
import type { Place } from '../domain/places';
import type { RelationsData } from '../domain/relations';
import type { ControlPeriodProperties, Source } from '../domain/types';
import type { Manifest } from './atlas-data';
import { checkDataFile, DATA_SCHEMAS, type DataFile, type DataFileName } from './schemas';

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

  it('refuses an event whose key flag is not a boolean', () => {
    const events = published('events.geojson') as {
      features: { properties: Record<string, unknown> }[];
    };
    events.features[2]!.properties.key = 'yes';
    const result = checkDataFile('events.geojson', events);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'features[2].properties.key',
    ]);
  });

  it('refuses a recognition of an entity the atlas does not know, and a malformed withdrawal', () => {
    const relations = published('relations.json') as {
      recognitions: { subject: string; to: string | null }[];
    };
    relations.recognitions[0]!.subject = 'TRN';
    relations.recognitions[1]!.to = '31 March 2014';
    const result = checkDataFile('relations.json', relations);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'recognitions[0].subject',
      'recognitions[1].to',
    ]);
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

describe('the types the app gives checked files', () => {
  // Checked by the type checker (svelte-check), not at run time: a schema that drifts from the
  // domain's types fails the build.
  it('are what the schemas guarantee', () => {
    expectTypeOf<DataFile<'manifest.json'>>().toExtend<Manifest>();
    expectTypeOf<DataFile<'control-summary.json'>>().toExtend<ControlSummary>();
    expectTypeOf<
      DataFile<'control.geojson'>['features'][number]['properties']
    >().toExtend<ControlPeriodProperties>();
    expectTypeOf<DataFile<'places.json'>[number]>().toExtend<Place>();
    expectTypeOf<
      DataFile<'events.geojson'>['features'][number]['properties']
    >().toExtend<EventProperties>();
    expectTypeOf<DataFile<'relations.json'>>().toExtend<RelationsData>();
    expectTypeOf<DataFile<'sources.json'>[number]>().toExtend<Source>();
  });
});
