/**
 * What the map should frame when something is picked: the bounds of a zone's or a country's
 * outline, or the point of a place or an event. Computed from the loaded geometry, so a new zone
 * in the data needs nothing here. Pure: the map code turns a frame into a camera move.
 */
import type { Selection } from './selection';

/** [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

export type Frame =
  { kind: 'bounds'; bounds: Bounds } | { kind: 'point'; lon: number; lat: number };

/** Only what the frame needs of a GeoJSON feature; the loaded collections fit this shape. */
interface ShapeFeature {
  geometry: { type: string; coordinates?: unknown } | null;
  properties: object | null;
}

export interface FrameSources {
  /** Control pieces (zones and the rest of each state), by `properties.piece`. */
  pieces: readonly ShapeFeature[];
  /** Base-map countries, by `properties.iso`. */
  countries: readonly ShapeFeature[];
  places: ReadonlyMap<string, { lon: number; lat: number }>;
  /** Event points, by `properties.id`. */
  events: readonly ShapeFeature[];
}

/** Widens `into` by every [lon, lat] pair nested in `coordinates`. */
function extend(into: Bounds, coordinates: unknown): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    const [lon, lat] = coordinates as [number, number];
    into[0][0] = Math.min(into[0][0], lon);
    into[0][1] = Math.min(into[0][1], lat);
    into[1][0] = Math.max(into[1][0], lon);
    into[1][1] = Math.max(into[1][1], lat);
    return;
  }
  for (const part of coordinates) extend(into, part);
}

/** The bounds of all features, or null when none has coordinates. */
export function boundsOf(features: readonly ShapeFeature[]): Bounds | null {
  const bounds: Bounds = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  for (const f of features) extend(bounds, f.geometry?.coordinates);
  return Number.isFinite(bounds[0][0]) ? bounds : null;
}

function byProperty(features: readonly ShapeFeature[], key: string, value: string) {
  return features.filter(
    (f) => f.properties !== null && (f.properties as Record<string, unknown>)[key] === value,
  );
}

/** A frame of one feature set: a point when it has no extent, bounds otherwise. */
function frameOf(features: readonly ShapeFeature[]): Frame | null {
  const bounds = boundsOf(features);
  if (!bounds) return null;
  const [[w, s], [e, n]] = bounds;
  return w === e && s === n ? { kind: 'point', lon: w, lat: s } : { kind: 'bounds', bounds };
}

/** What to frame for a selection; null when the data has no geometry for it. */
export function selectionFrame(sources: FrameSources, selection: Selection): Frame | null {
  switch (selection.kind) {
    case 'zone':
      return frameOf(byProperty(sources.pieces, 'piece', selection.id));
    case 'country': {
      // A zoned state's own pieces include what it does not control; the base map's outline
      // is the country as the world recognises it.
      return frameOf(byProperty(sources.countries, 'iso', selection.id));
    }
    case 'place': {
      const place = sources.places.get(selection.id);
      return place ? { kind: 'point', lon: place.lon, lat: place.lat } : null;
    }
    case 'event':
      return frameOf(byProperty(sources.events, 'id', selection.id));
  }
}
