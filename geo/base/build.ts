/**
 * Base geography: Natural Earth admin-0 countries (via the world-atlas package, 1:10m), kept at
 * full detail around the South Caucasus and Pakistan and simplified elsewhere, published as one
 * TopoJSON file so shared borders stay shared (no slivers between neighbours).
 *
 * Natural Earth draws borders as they are held de facto (for example the Line of Control in
 * Kashmir); the legend says so.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { presimplify, simplify } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import type { BuildContext, PartOutput } from '../lib/context';
import { DataError, jsonText } from '../lib/context';
import { referenceLines } from './reference-lines';

/** [west, south, east, north] boxes drawn at full 1:10m detail. */
export const DETAIL_BOXES: readonly [number, number, number, number][] = [
  [36, 36.5, 55, 45.5], // South Caucasus, Black Sea east coast, Caspian
  [59, 22.5, 80.5, 38.5], // Pakistan and its borders
];

/** Elsewhere, points whose effective area (in squared degrees) is below this are dropped. */
const COARSE_MIN_WEIGHT = 0.04;

/** Grid of the published topology: 10^6 steps across the world is about 40 m at the equator. */
const QUANTIZATION = 1e6;

/** Natural Earth units that carry no ISO numeric code in world-atlas. */
const CODES_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

type CountryProps = { name: string };

function boxesIntersect(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}

export function countryCode(id: string | number | undefined, name: string): string {
  if (id !== undefined) {
    const code = countries.numericToAlpha2(String(id));
    if (code) return code;
  }
  return CODES_BY_NAME[name] ?? '';
}

/**
 * Where a country's name goes: the centre of mass of its largest polygon when that lies inside
 * it, otherwise a point guaranteed to be on it (for crescent-shaped countries).
 */
export function labelPoint(shape: Feature<Polygon | MultiPolygon | null>): Position | null {
  const geometry = shape.geometry;
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons
    .map((rings) => turf.polygon(rings))
    .reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
  let point = turf.centerOfMass(largest);
  if (!turf.booleanPointInPolygon(point, largest)) point = turf.pointOnFeature(largest);
  return point.geometry.coordinates.map((c) => Math.round(c * 1e3) / 1e3);
}

export async function build(ctx: BuildContext): Promise<PartOutput> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-10m.json');
  const world = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection<CountryProps>;
    land: GeometryCollection;
  }>;
  const weighted = presimplify(world);
  // Keep every point of every arc that touches a detail box, so coasts and borders there are
  // the full 1:10m lines that the authored control zones are clipped to. presimplify has
  // already decoded the arcs to absolute longitude/latitude.
  for (const arc of weighted.arcs) {
    const lons = arc.map((p) => p[0]!);
    const lats = arc.map((p) => p[1]!);
    const bbox = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    if (DETAIL_BOXES.some((box) => boxesIntersect(bbox, box))) {
      for (const point of arc) point[2] = Infinity;
    }
  }
  const simplified = quantize(simplify(weighted, COARSE_MIN_WEIGHT), QUANTIZATION);

  const geometries = simplified.objects.countries.geometries.map((g) => {
    const name = (g.properties as CountryProps | undefined)?.name ?? '';
    const shape = feature(simplified, g) as Feature<Polygon | MultiPolygon | null>;
    return {
      ...g,
      id: undefined,
      properties: {
        name,
        iso: countryCode(g.id, name),
        label: labelPoint(shape),
        areaKm2: shape.geometry ? Math.round(turf.area(shape) / 1e6) : null,
      },
    };
  });
  for (const iso of ['AM', 'AZ', 'GE', 'PK', 'TR', 'IR', 'RU', 'IN', 'CN', 'US']) {
    if (!geometries.some((g) => g.properties.iso === iso)) {
      throw new DataError(`base geography: no country with ISO code ${iso}`);
    }
  }
  // The reference water layer (rivers and lakes, geo/base/natural-earth/README.md) rides
  // along as a plain GeoJSON member: it shares no arcs with the countries.
  const water = JSON.parse(
    readFileSync(join(ctx.root, 'geo', 'base', 'natural-earth', 'water-10m.geojson'), 'utf8'),
  ) as { type: 'FeatureCollection'; features: unknown[] };
  // Drop the presimplify weights and the land object: the app needs countries only.
  const out = {
    type: 'Topology',
    transform: simplified.transform,
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: simplified.arcs,
    water,
  };
  const text = jsonText(out);
  ctx.log(
    `base.json: ${geometries.length} countries, ${water.features.length} rivers and lakes, ` +
      `${(text.length / 1024).toFixed(0)} KB raw`,
  );
  const reference = referenceLines(ctx);
  return {
    files: {
      'base.json': text,
      ...(reference.text !== null ? { 'reference-lines.geojson': reference.text } : {}),
    },
    problems: reference.problems,
  };
}
