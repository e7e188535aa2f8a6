/**
 * Stage after the parts: each published place gets the control piece it lies in (`zone`), so
 * the app needs no point-in-polygon test (and no Turf) in the browser.
 *
 * Natural Earth 1:10m draws some borders a few hundred metres off: Kapan's centre falls inside
 * its Azerbaijan outline, Barkhudarly's just outside its Azerbaijani exclave. A place is
 * therefore given the piece of its own country (`country`) that contains it or, failing that,
 * the nearest piece of its country within BORDER_TOLERANCE_KM; it is a problem when the place
 * then lies in a piece of another state.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Place } from '../../src/lib/domain/places';

/** How far Natural Earth's 1:10m borders are taken to be off, at most. */
export const BORDER_TOLERANCE_KM = 2;

export type PieceFeature = Feature<Polygon | MultiPolygon, { piece: string; state: string }>;

export interface Located {
  places: Place[];
  /** Places moved to a piece of their own country, with the distance, for the build log. */
  adjusted: string[];
  problems: string[];
}

export function locatePlaces(places: readonly Place[], pieces: readonly PieceFeature[]): Located {
  const adjusted: string[] = [];
  const problems: string[] = [];
  const located = places.map((p) => {
    const at: [number, number] = [p.lon, p.lat];
    const inside = pieces.find((f) => turf.booleanPointInPolygon(at, f));
    if (inside && inside.properties.state === p.country)
      return { ...p, zone: inside.properties.piece };
    const own = pieces
      .filter((f) => f.properties.state === p.country)
      .map((f) => ({ f, km: turf.pointToPolygonDistance(at, f, { units: 'kilometers' }) }))
      .sort((a, b) => a.km - b.km)[0];
    if (own && own.km <= BORDER_TOLERANCE_KM) {
      adjusted.push(
        `${p.id} (${p.country}) lies ${own.km.toFixed(2)} km outside ${own.f.properties.piece}` +
          (inside ? `, inside ${inside.properties.piece} (${inside.properties.state})` : ''),
      );
      return { ...p, zone: own.f.properties.piece };
    }
    if (inside)
      problems.push(
        `place ${p.id}: lies in piece ${inside.properties.piece} of ${inside.properties.state}, ` +
          `not of its country ${p.country}`,
      );
    return { ...p };
  });
  return { places: located, adjusted, problems };
}
