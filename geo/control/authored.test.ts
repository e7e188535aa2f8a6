/**
 * The authored zone files (geo/control/zones/*.geojson): valid RFC 7946 GeoJSON with the
 * properties the build needs, and each rule of the reader shown failing on a broken fixture.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaces } from '../places/build';
import { OUTLINES_FILE, ZONES_DIR, loadAuthoredZones, parseAuthoredZones } from './authored';
import { ROOT } from './testdata';

const dir = join(ROOT, ZONES_DIR);
const files = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const),
);

describe('the authored zone files', () => {
  it('are valid GeoJSON with every property the build needs', () => {
    const authored = loadAuthoredZones(ROOT);
    expect(authored.problems).toEqual([]);
    expect(authored.outlines.map((o) => o.id)).toEqual(['nkao', 'abkhazia', 'south-ossetia']);
    expect(authored.zones.length).toBeGreaterThan(40);
  });

  it('name only places of the registry in `contains`', () => {
    const ids = new Set(loadPlaces(ROOT).map((p) => p.id));
    const unknown = loadAuthoredZones(ROOT)
      .zones.flatMap((z) => (z.contains ?? []).map((c) => `${z.id}: ${c}`))
      .filter((entry) => !ids.has(entry.split(': ')[1] ?? ''));
    expect(unknown).toEqual([]);
  });

  it('are each a FeatureCollection of Features (RFC 7946 members only at the top)', () => {
    for (const [name, text] of files) {
      const fc = JSON.parse(text) as { type: string; features: { type: string }[] };
      expect(Object.keys(fc).sort(), name).toEqual(['features', 'type']);
      expect(fc.type, name).toBe('FeatureCollection');
      for (const f of fc.features) expect(f.type, name).toBe('Feature');
    }
  });
});

/** A one-file fixture: outlines.geojson with one outline, plus one zone file. */
function fixture(zone: Record<string, unknown>, geometry: unknown): Map<string, string> {
  const outline = {
    type: 'Feature',
    properties: { id: 'nkao', state: 'AZ', approximation: 'test' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [46, 39],
          [47, 39],
          [47, 40],
          [46, 39],
        ],
      ],
    },
  };
  const properties = {
    id: 'box',
    state: 'AZ',
    name: 'Box',
    names: {},
    native: {},
    shape: 'polygon',
    clip: 'state',
    approximation: 'a test box',
    ...zone,
  };
  return new Map([
    [OUTLINES_FILE, JSON.stringify({ type: 'FeatureCollection', features: [outline] })],
    [
      '1-test.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties, geometry }],
      }),
    ],
  ]);
}

const BOX = {
  type: 'Polygon',
  coordinates: [
    [
      [46, 39],
      [46.1, 39],
      [46.1, 39.1],
      [46, 39],
    ],
  ],
};

function problemsOf(zone: Record<string, unknown>, geometry: unknown = BOX): string {
  return parseAuthoredZones(fixture(zone, geometry)).problems.join('\n');
}

describe('the zone file reader', () => {
  it('accepts a well-formed fixture', () => {
    const parsed = parseAuthoredZones(fixture({}, BOX));
    expect(parsed.problems).toEqual([]);
    expect(parsed.zones[0]?.shape).toEqual({ kind: 'polygon', ring: BOX.coordinates[0] });
  });
  it('rejects an unclosed ring', () => {
    const open = {
      type: 'Polygon',
      coordinates: [BOX.coordinates[0]!.slice(0, 3).concat([[46, 39.2]])],
    };
    expect(problemsOf({}, open)).toMatch(/1-test.geojson feature 0 \(box\): ring 0 is not closed/);
  });
  it('rejects a ring of fewer than 4 positions', () => {
    const short = {
      type: 'Polygon',
      coordinates: [
        [
          [46, 39],
          [46.1, 39],
          [46, 39],
        ],
      ],
    };
    expect(problemsOf({}, short)).toMatch(/ring 0 needs at least 4 positions/);
  });
  it('rejects positions out of range or in lat/lon order', () => {
    const swapped = {
      type: 'Polygon',
      coordinates: [
        [
          [46, 39],
          [46, 190],
          [46.1, 39],
          [46, 39],
        ],
      ],
    };
    expect(problemsOf({}, swapped)).toMatch(/ring 0 position 1 is not \[lon, lat\] in range/);
  });
  it('rejects a file that is not a FeatureCollection', () => {
    const files = fixture({}, BOX);
    files.set('2-bad.geojson', JSON.stringify({ type: 'Feature' }));
    expect(parseAuthoredZones(files).problems.join('\n')).toMatch(
      /2-bad.geojson: not a GeoJSON FeatureCollection/,
    );
  });
  it('rejects a missing approximation, a bad clip and a bad state, all at once', () => {
    const text = problemsOf({ approximation: ' ', clip: 'sea', state: 'RU' });
    expect(text).toMatch(/approximation .* is missing/);
    expect(text).toMatch(/clip must be/);
    expect(text).toMatch(/state must be AM, AZ or GE/);
  });
  it('rejects a shape that does not match its geometry', () => {
    expect(problemsOf({ shape: 'buffer', bufferKm: 2 })).toMatch(/buffer needs a LineString/);
    expect(
      problemsOf(
        { shape: 'buffer', bufferKm: 0 },
        {
          type: 'LineString',
          coordinates: [
            [46, 39],
            [46.1, 39],
          ],
        },
      ),
    ).toMatch(/bufferKm must be a positive number/);
    expect(problemsOf({ shape: 'outline', outline: 'nkao' })).toMatch(/outline takes no geometry/);
  });
  it('rejects contains entries that are not place ids', () => {
    expect(problemsOf({ contains: ['Stepanakert'] })).toMatch(/contains must list place ids/);
  });
  it('rejects a zone id used twice', () => {
    const files = fixture({}, BOX);
    files.set('2-again.geojson', files.get('1-test.geojson')!);
    expect(parseAuthoredZones(files).problems.join('\n')).toMatch(/zone id box is used twice/);
  });
});
