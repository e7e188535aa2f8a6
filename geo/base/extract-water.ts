/**
 * One-off extraction of the reference water layer from Natural Earth 1:10m physical (public
 * domain), run by hand when the extract is to be refreshed; the build reads only the extract:
 *
 *   npx tsx geo/base/extract-water.ts <dir with ne_10m_rivers_lake_centerlines.json and
 *     ne_10m_lakes.json>
 *
 * Keeps what lies in the box 40-48° E, 37-44° N (the South Caucasus and its rivers' courses),
 * clipped to it, with coordinates rounded to 1e-4° (about 10 m), and writes
 * geo/base/natural-earth/water-10m.geojson. See geo/base/natural-earth/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const BOX: [number, number, number, number] = [40, 37, 48, 44];
const dir = process.argv[2];
if (!dir) throw new Error('usage: extract-water.ts <dir>');

const round = (g: Geometry): Geometry => {
  const r = (p: Position): Position => [
    Math.round((p[0] ?? 0) * 1e4) / 1e4,
    Math.round((p[1] ?? 0) * 1e4) / 1e4,
  ];
  const line = (l: Position[]): Position[] =>
    l.map(r).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]?.[0] || p[1] !== a[i - 1]?.[1]);
  switch (g.type) {
    case 'LineString':
      return { ...g, coordinates: line(g.coordinates) };
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map(line).filter((l) => l.length > 1) };
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map(line).filter((l) => l.length > 3) };
    case 'MultiPolygon':
      return {
        ...g,
        coordinates: g.coordinates
          .map((p) => p.map(line).filter((l) => l.length > 3))
          .filter((p) => p.length > 0),
      };
    default:
      return g;
  }
};

function take(file: string, kind: 'river' | 'lake'): Feature[] {
  const fc = JSON.parse(readFileSync(join(dir!, file), 'utf8')) as FeatureCollection;
  const out: Feature[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const [x0, y0, x1, y1] = turf.bbox(f);
    if (x1 < BOX[0] || x0 > BOX[2] || y1 < BOX[1] || y0 > BOX[3]) continue;
    const clipped = turf.bboxClip(f as Feature<never>, BOX).geometry as Geometry;
    const g = round(clipped);
    const empty = 'coordinates' in g && (g.coordinates as unknown[]).length === 0;
    if (empty) continue;
    const p = f.properties ?? {};
    out.push({
      type: 'Feature',
      properties: {
        kind,
        name: String(p.name_en ?? p.name ?? ''),
        scalerank: Number(p.scalerank),
      },
      geometry: g,
    });
  }
  return out.sort(
    (a, b) =>
      String(a.properties?.name).localeCompare(String(b.properties?.name)) ||
      JSON.stringify(a.geometry).localeCompare(JSON.stringify(b.geometry)),
  );
}

const features = [
  ...take('ne_10m_lakes.json', 'lake'),
  ...take('ne_10m_rivers_lake_centerlines.json', 'river'),
];
const text =
  '{"type":"FeatureCollection","features":[\n' +
  features.map((f) => JSON.stringify(f)).join(',\n') +
  '\n]}\n';
writeFileSync(join(import.meta.dirname, 'natural-earth', 'water-10m.geojson'), text);
console.log(`${features.length} features, ${text.length} bytes`);
