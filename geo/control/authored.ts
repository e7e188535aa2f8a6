/**
 * Reads the authored control geometry: the GeoJSON files of geo/control/zones/. Zones are cut
 * in the order of the files (by name) and of the features within them; outlines.geojson holds
 * the helper outlines (NKAO, Abkhazia, South Ossetia) that clip zones and are never published.
 * Every problem found is returned, each naming the file and the feature.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LonLat, OutlineDef, StateCode, ZoneDef, ZoneShape } from './model';

export const ZONES_DIR = join('geo', 'control', 'zones');
export const OUTLINES_FILE = 'outlines.geojson';

const STATES: readonly string[] = ['AM', 'AZ', 'GE'];
const SHAPES = ['polygon', 'buffer', 'buffer-intersection', 'natural-earth-part', 'outline'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface AuthoredZones {
  zones: ZoneDef[];
  outlines: OutlineDef[];
  problems: string[];
}

type Props = Record<string, unknown>;

function isPosition(p: unknown): p is LonLat {
  return (
    Array.isArray(p) &&
    p.length === 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

/** RFC 7946 structure of one geometry: positions in range, closed rings of 4 or more. */
export function checkGeometryStructure(g: Geometry | null, where: string): string[] {
  if (g === null) return [];
  const problems: string[] = [];
  const line = (l: unknown, min: number, what: string): void => {
    if (!Array.isArray(l) || l.length < min) {
      problems.push(`${where}: ${what} needs at least ${min} positions`);
      return;
    }
    l.forEach((p, i) => {
      if (!isPosition(p))
        problems.push(`${where}: ${what} position ${i} is not [lon, lat] in range`);
    });
  };
  switch (g.type) {
    case 'Point':
      if (!isPosition(g.coordinates)) problems.push(`${where}: point is not [lon, lat] in range`);
      break;
    case 'LineString':
      line(g.coordinates, 2, 'line');
      break;
    case 'MultiLineString':
      g.coordinates.forEach((l, i) => line(l, 2, `line ${i}`));
      break;
    case 'Polygon':
      g.coordinates.forEach((ring, i) => {
        line(ring, 4, `ring ${i}`);
        const a = ring[0];
        const b = ring[ring.length - 1];
        if (!a || !b || a[0] !== b[0] || a[1] !== b[1])
          problems.push(`${where}: ring ${i} is not closed`);
      });
      break;
    default:
      problems.push(`${where}: geometry type ${g.type} is not used for authored zones`);
  }
  return problems;
}

function namingProblems(p: Props, where: string): string[] {
  const problems: string[] = [];
  if (typeof p.name !== 'string' || !p.name.trim()) problems.push(`${where}: name is missing`);
  for (const field of ['names', 'native'])
    if (typeof p[field] !== 'object' || p[field] === null || Array.isArray(p[field]))
      problems.push(`${where}: ${field} must be an object of names by convention`);
  return problems;
}

/** The shape a zone feature describes, or a problem when properties and geometry disagree. */
function shapeOf(f: Feature, p: Props, where: string): ZoneShape | string {
  const g = f.geometry;
  const km = p.bufferKm;
  switch (p.shape) {
    case 'polygon':
      return g?.type === 'Polygon' && g.coordinates.length === 1
        ? { kind: 'polygon', ring: g.coordinates[0] as LonLat[] }
        : `${where}: shape polygon needs a Polygon geometry with one ring`;
    case 'buffer':
      if (g?.type !== 'LineString') return `${where}: shape buffer needs a LineString geometry`;
      if (typeof km !== 'number' || km <= 0) return `${where}: bufferKm must be a positive number`;
      return { kind: 'buffer', line: g.coordinates as LonLat[], km };
    case 'buffer-intersection':
      if (g?.type !== 'MultiLineString' || g.coordinates.length < 2)
        return `${where}: shape buffer-intersection needs a MultiLineString of 2 or more lines`;
      if (typeof km !== 'number' || km <= 0) return `${where}: bufferKm must be a positive number`;
      return {
        kind: 'intersection',
        of: g.coordinates.map((line) => ({ kind: 'buffer', line: line as LonLat[], km })),
      };
    case 'natural-earth-part':
      if (g?.type !== 'Point') return `${where}: shape natural-earth-part needs a Point geometry`;
      if (!STATES.includes(String(p.country))) return `${where}: country must be AM, AZ or GE`;
      return { kind: 'ne-part', country: p.country as StateCode, point: g.coordinates as LonLat };
    case 'outline':
      if (g !== null) return `${where}: shape outline takes no geometry (null)`;
      if (typeof p.outline !== 'string') return `${where}: outline must name a helper outline`;
      return { kind: 'outline', outline: p.outline };
    default:
      return `${where}: shape must be one of ${SHAPES.join(', ')}`;
  }
}

function clipOf(p: Props): ZoneDef['clip'] | null {
  const c = p.clip;
  if (c === 'state' || c === 'land') return c;
  if (typeof c === 'object' && c !== null && typeof (c as Props).outline === 'string')
    return { outline: (c as { outline: string }).outline };
  return null;
}

function zoneOf(f: Feature, where: string, problems: string[]): ZoneDef | null {
  const p = (f.properties ?? {}) as Props;
  const before = problems.length;
  if (typeof p.id !== 'string' || !SLUG.test(p.id)) problems.push(`${where}: id must be a slug`);
  if (!STATES.includes(String(p.state))) problems.push(`${where}: state must be AM, AZ or GE`);
  problems.push(...namingProblems(p, where));
  if (typeof p.approximation !== 'string' || !p.approximation.trim())
    problems.push(`${where}: approximation (the stated error or method) is missing`);
  const contains = p.contains;
  if (
    contains !== undefined &&
    !(Array.isArray(contains) && contains.every((c) => typeof c === 'string' && SLUG.test(c)))
  )
    problems.push(`${where}: contains must list place ids`);
  const shape = shapeOf(f, p, where);
  if (typeof shape === 'string') problems.push(shape);
  const clip = clipOf(p);
  if (!clip) problems.push(`${where}: clip must be "state", "land" or {"outline": <id>}`);
  if (problems.length > before || typeof shape === 'string' || !clip) return null;
  return {
    id: p.id as string,
    state: p.state as StateCode,
    name: p.name as string,
    names: p.names as ZoneDef['names'],
    native: p.native as ZoneDef['native'],
    shape,
    clip,
    ...(contains ? { contains: contains as string[] } : {}),
    approximation: p.approximation as string,
  };
}

function outlineOf(f: Feature, where: string, problems: string[]): OutlineDef | null {
  const p = (f.properties ?? {}) as Props;
  const before = problems.length;
  if (typeof p.id !== 'string' || !SLUG.test(p.id)) problems.push(`${where}: id must be a slug`);
  if (!STATES.includes(String(p.state))) problems.push(`${where}: state must be AM, AZ or GE`);
  if (typeof p.approximation !== 'string' || !p.approximation.trim())
    problems.push(`${where}: approximation is missing`);
  const g = f.geometry;
  if (g?.type !== 'Polygon' || g.coordinates.length !== 1)
    problems.push(`${where}: an outline is a Polygon with one ring`);
  if (problems.length > before || g?.type !== 'Polygon') return null;
  return {
    id: p.id as string,
    state: p.state as StateCode,
    ring: g.coordinates[0] as LonLat[],
    approximation: p.approximation as string,
  };
}

/** Checks one parsed file: a FeatureCollection of Features, each with valid geometry. */
export function checkCollection(value: unknown, file: string): Feature[] | string {
  const fc = value as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return `${file}: not a GeoJSON FeatureCollection`;
  return fc.features;
}

/** Parses the authored files (name -> text) into zones in cutting order and outlines. */
export function parseAuthoredZones(files: ReadonlyMap<string, string>): AuthoredZones {
  const problems: string[] = [];
  const zones: ZoneDef[] = [];
  const outlines: OutlineDef[] = [];
  const names = [...files.keys()].sort();
  if (!names.includes(OUTLINES_FILE)) problems.push(`${ZONES_DIR}/${OUTLINES_FILE} is missing`);
  for (const name of names) {
    const file = `${ZONES_DIR}/${name}`;
    let value: unknown;
    try {
      value = JSON.parse(files.get(name) ?? '');
    } catch (e) {
      problems.push(`${file}: not JSON (${(e as Error).message})`);
      continue;
    }
    const features = checkCollection(value, file);
    if (typeof features === 'string') {
      problems.push(features);
      continue;
    }
    features.forEach((f, i) => {
      const id = (f?.properties as Props | null)?.id;
      const where = `${file} feature ${i}${typeof id === 'string' ? ` (${id})` : ''}`;
      if (f?.type !== 'Feature' || !('geometry' in f) || typeof f.properties !== 'object') {
        problems.push(`${where}: not a GeoJSON Feature with geometry and properties`);
        return;
      }
      problems.push(...checkGeometryStructure(f.geometry, where));
      const def =
        name === OUTLINES_FILE ? outlineOf(f, where, problems) : zoneOf(f, where, problems);
      if (def && name === OUTLINES_FILE) outlines.push(def as OutlineDef);
      else if (def) zones.push(def as ZoneDef);
    });
  }
  // Outlines and zones are separate namespaces: the South Ossetia zone is the rest of its outline.
  for (const [what, list] of [
    ['zone', zones],
    ['outline', outlines],
  ] as const) {
    const ids = new Set<string>();
    for (const z of list) {
      if (ids.has(z.id)) problems.push(`${ZONES_DIR}: ${what} id ${z.id} is used twice`);
      ids.add(z.id);
    }
  }
  return { zones, outlines, problems };
}

/** Reads geo/control/zones/*.geojson under the repository root. */
export function loadAuthoredZones(root: string): AuthoredZones {
  const dir = join(root, ZONES_DIR);
  const files = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.geojson'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const),
  );
  return parseAuthoredZones(files);
}
