/**
 * The `map=` parameter: `zoom/lat/lon[/bearing[/pitch]]`, MapLibre's hash convention.
 *
 * MapLibre reads this parameter itself and silently ignores a position it cannot show (a zoom
 * beyond its range, a bearing over 180°); a link that says one thing while the map shows another
 * is worse than a notice. So the hash is checked here first, against the same limits the map is
 * created with, and what the map would ignore is either adjusted (a zoom past the range, a
 * bearing to its equivalent, a pitch past the tilt range) or dropped (a position off the earth),
 * each with a problem the UI shows.
 */

/** What the map can show; MapView is created with these limits. */
export const MAP_LIMITS = {
  minZoom: -2,
  maxZoom: 14,
  /** Web Mercator's edge: MapLibre clamps any latitude beyond it without a word. */
  maxLatitude: 85.051129,
  maxLongitude: 180,
  minPitch: 0,
  maxPitch: 60,
} as const;

export interface MapPosition {
  zoom: number;
  lat: number;
  lon: number;
  bearing?: number;
  pitch?: number;
}

export type MapPositionCheck =
  { ok: true; position: MapPosition; problems: string[] } | { ok: false; problem: string };

const NUMBER = /^-?\d+(\.\d+)?$/;
const EXPECTED = 'expected map=zoom/latitude/longitude, optionally /bearing/pitch';

/** A number as text, with a real minus sign. */
function signed(value: number): string {
  return String(value).replace('-', '−');
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A bearing as the same direction in the range MapLibre accepts, (-180, 180]. */
function normaliseBearing(bearing: number): number {
  const turned = ((((bearing + 180) % 360) + 360) % 360) - 180;
  return turned === -180 ? 180 : turned;
}

/**
 * Checks a `map=` value. `shown` is how the parameter is quoted in a problem (already shortened).
 * A position the map can show as it is comes back with no problems; one it can show after an
 * adjustment comes back adjusted, with a problem per adjustment; anything else is rejected.
 */
export function checkMapPosition(value: string, shown: string): MapPositionCheck {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUMBER.test(p))) {
    return { ok: false, problem: `Ignored ${shown}: ${EXPECTED}.` };
  }
  const [zoom, lat, lon, bearing, pitch] = parts.map(Number) as [
    number,
    number,
    number,
    number?,
    number?,
  ];
  const L = MAP_LIMITS;
  if (Math.abs(lat) > L.maxLatitude || Math.abs(lon) > L.maxLongitude) {
    return {
      ok: false,
      problem:
        `Ignored ${shown}: latitude must be between −${L.maxLatitude.toFixed(2)} and ` +
        `${L.maxLatitude.toFixed(2)}, longitude between −180 and 180.`,
    };
  }
  const problems: string[] = [];
  const position: MapPosition = { zoom: clamp(zoom, L.minZoom, L.maxZoom), lat, lon };
  if (position.zoom !== zoom) {
    problems.push(
      `The map zooms from ${signed(L.minZoom)} to ${L.maxZoom}, not ${signed(zoom)}; showing ` +
        `zoom ${signed(position.zoom)}.`,
    );
  }
  if (bearing !== undefined) {
    position.bearing = normaliseBearing(bearing);
    if (position.bearing !== bearing) {
      problems.push(
        `A bearing of ${signed(bearing)}° is shown as the same direction, ` +
          `${signed(position.bearing)}°.`,
      );
    }
  }
  if (pitch !== undefined) {
    position.pitch = clamp(pitch, L.minPitch, L.maxPitch);
    if (position.pitch !== pitch) {
      problems.push(
        `The map tilts from ${L.minPitch}° to ${L.maxPitch}°, not ${pitch}°; showing ` +
          `${position.pitch}°.`,
      );
    }
  }
  return { ok: true, position, problems };
}

function formatNumber(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * `zoom/lat/lon[/bearing[/pitch]]` as MapLibre writes it (2 decimals for zoom, 4 for
 * coordinates); bearing and pitch only when given.
 */
export function formatMapPosition({ zoom, lat, lon, bearing, pitch }: MapPosition): string {
  const parts = [formatNumber(zoom, 2), formatNumber(lat, 4), formatNumber(lon, 4)];
  if (bearing !== undefined || pitch !== undefined) parts.push(formatNumber(bearing ?? 0, 1));
  if (pitch !== undefined) parts.push(formatNumber(pitch, 1));
  return parts.join('/');
}
