/**
 * Builds public/data/claims.json from geo/claims/claims.json: one feature per claim with its
 * whole area (the union of the control pieces it names, of a state's pieces, or of Natural Earth
 * disputed areas in Kashmir, geo/claims/natural-earth-kashmir.geojson), then one feature per part
 * of each claim (that piece or area itself). Claims reuse the control pieces' geometry, so a
 * claim that equals zones draws no new line. Runs after geo/control, from its published pieces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Claimant, ClaimProperties } from '../../src/lib/domain/claims';
import type { Source } from '../../src/lib/domain/types';
import type { IsoDate } from '../../src/lib/time/days';
import { featureCollectionText, roundCoord } from '../lib/context';
import { validateClaims } from './validate';

export type ClaimArea =
  { state: string } | { states: string[] } | { zones: string[] } | { naturalEarth: string[] };

/** One record of geo/claims/claims.json. */
export interface ClaimRecord {
  id: string;
  claimant: Claimant;
  name: string;
  from: IsoDate;
  to: IsoDate | null;
  area: ClaimArea;
  sources: string[];
  note?: string;
}

type Shape = Feature<Polygon | MultiPolygon>;
type PieceFeature = Feature<Polygon | MultiPolygon, { piece: string; state: string }>;
type DisputedFeature = Feature<Polygon | MultiPolygon, { BRK_NAME: string; ADM0_A3: string }>;

/** Natural Earth's administering country codes as the atlas writes them ('' for none). */
const NE_HOLDERS: Record<string, string> = { IND: 'IN', PAK: 'PK', CHN: 'CN' };

export function loadClaims(root: string): ClaimRecord[] {
  return JSON.parse(readFileSync(join(root, 'geo', 'claims', 'claims.json'), 'utf8'));
}

export function loadDisputed(root: string): DisputedFeature[] {
  const path = join(root, 'geo', 'claims', 'natural-earth-kashmir.geojson');
  return (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection)
    .features as DisputedFeature[];
}

function rounded(coords: unknown): unknown {
  return Array.isArray(coords) ? coords.map(rounded) : roundCoord(coords as number);
}

function union(shapes: readonly Shape[]): Polygon | MultiPolygon {
  const merged = shapes.length === 1 ? shapes[0]! : turf.union(turf.featureCollection([...shapes]));
  if (!merged) throw new Error('empty union');
  const geometry = merged.geometry;
  return { type: geometry.type, coordinates: rounded(geometry.coordinates) as Position[][][] } as
    Polygon | MultiPolygon;
}

interface Part {
  shape: Shape;
  piece: string | null;
  holder: string | null;
}

/** The shapes a claim's area is made of. */
function shapesOf(record: ClaimRecord, pieces: PieceFeature[], disputed: DisputedFeature[]) {
  const area = record.area;
  if ('states' in area) return pieces.filter((p) => area.states.includes(p.properties.state));
  return partsOf(record, pieces, disputed).map((p) => p.shape);
}

/**
 * The parts of a claim, each marked where the claimant does not hold it. A union's claim over its
 * republics (`states`) has none: the republics held their own territory within it.
 */
function partsOf(record: ClaimRecord, pieces: PieceFeature[], disputed: DisputedFeature[]): Part[] {
  const area = record.area;
  if ('states' in area) return [];
  if ('naturalEarth' in area) {
    return area.naturalEarth.map((name) => {
      const f = disputed.find((d) => d.properties.BRK_NAME === name)!;
      return { shape: f, piece: null, holder: NE_HOLDERS[f.properties.ADM0_A3] ?? '' };
    });
  }
  const chosen =
    'state' in area
      ? pieces.filter((p) => p.properties.state === area.state)
      : area.zones.map((z) => pieces.find((p) => p.properties.piece === z)!);
  return chosen.map((f) => ({ shape: f, piece: f.properties.piece, holder: null }));
}

/** The published claims file, or the problems that stop it. */
export function buildClaims(
  root: string,
  sources: ReadonlyMap<string, Source>,
  piecesText: string,
  range: { first: IsoDate; last: IsoDate },
): { text: string | null; problems: string[] } {
  const records = loadClaims(root);
  const disputed = loadDisputed(root);
  const pieces = (JSON.parse(piecesText) as FeatureCollection).features as PieceFeature[];
  const problems = validateClaims(records, {
    sources,
    pieces: new Set(pieces.map((p) => p.properties.piece)),
    states: new Set(pieces.map((p) => p.properties.state)),
    disputed: new Set(disputed.map((d) => d.properties.BRK_NAME)),
    range,
  });
  if (problems.length > 0) return { text: null, problems };
  const features: Feature<Polygon | MultiPolygon, ClaimProperties>[] = [];
  const parts = records.map((r) => partsOf(r, pieces, disputed));
  for (const r of records) {
    features.push({
      type: 'Feature',
      id: features.length,
      geometry: union(shapesOf(r, pieces, disputed)),
      properties: {
        kind: 'claim',
        claim: r.id,
        claimant: r.claimant,
        name: r.name,
        from: r.from,
        to: r.to,
        sources: [...r.sources],
        ...(r.note ? { note: r.note } : {}),
      },
    });
  }
  records.forEach((r, i) => {
    for (const part of parts[i]!) {
      features.push({
        type: 'Feature',
        id: features.length,
        geometry: {
          type: part.shape.geometry.type,
          coordinates: rounded(part.shape.geometry.coordinates) as Position[][][],
        } as Polygon | MultiPolygon,
        properties: {
          kind: 'part',
          claim: r.id,
          claimant: r.claimant,
          piece: part.piece,
          holder: part.holder,
        },
      });
    }
  });
  return { text: featureCollectionText(features), problems: [] };
}
