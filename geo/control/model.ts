/**
 * Types of the editable control sources as the build holds them: zones and outlines read from
 * geo/control/zones/*.geojson (geo/control/authored.ts), periods from geo/control/periods.ts.
 * Dates are ISO days; periods are half-open: `from` inclusive, `to` exclusive, `to: null` open.
 */
import type { Confidence, ControlPhase, Controller, Naming } from '../../src/lib/domain/types';
import type { DatePrecision, IsoDate } from '../../src/lib/time/days';

/** A longitude/latitude pair in WGS84 degrees (GeoJSON order). */
export type LonLat = [number, number];

/** The three states whose land the pieces cover. */
export type StateCode = 'AZ' | 'AM' | 'GE';

/**
 * How a zone's raw shape is given before clipping:
 * - `polygon`: an authored outer ring (the build closes it), vertices in [lon, lat];
 * - `buffer`: a strip of `km` total width around an authored line (e.g. a corridor road);
 * - `ne-part`: the part of a Natural Earth country outline that contains `point` (the exclaves
 *   Natural Earth already has);
 * - `outline`: a whole helper outline from OUTLINES (the remainder after earlier zones);
 * - `intersection`: the common part of several shapes (where two corridor routes overlap);
 * - `part`: the part of an earlier zone (`parent`, already cut) inside the union of `cells`, taken
 *   out of the parent after cutting (the 2020 districts by parts, geo/control/advances.ts).
 */
export type ZoneShape =
  | { kind: 'polygon'; ring: LonLat[] }
  | { kind: 'buffer'; line: LonLat[]; km: number }
  | { kind: 'ne-part'; country: StateCode; point: LonLat }
  | { kind: 'outline'; outline: string }
  | { kind: 'intersection'; of: ZoneShape[] }
  | { kind: 'part'; parent: string; cells: LonLat[][] };

/**
 * One zone: a piece of land that never changes shape; only its controller changes over time.
 * Zones are cut in file and feature order: each zone is its raw shape, clipped, minus every earlier
 * zone, so zones never overlap and earlier zones define the shared boundaries.
 */
export interface ZoneDef extends Naming {
  id: string;
  /** The internationally recognised state the zone lies in. */
  state: StateCode;
  shape: ZoneShape;
  /**
   * What the raw shape is clipped to: `state` (the Natural Earth outline of `state`), `land`
   * (all land of AM, AZ and GE: for the small exclaves Natural Earth lacks), or a helper outline.
   */
  clip: 'state' | 'land' | { outline: string };
  /** Places (ids of geo/places/places.json) the zone must contain; checked by the build. */
  contains?: string[];
  /** Honest description of how approximate the authored geometry is. */
  approximation: string;
}

/** A helper outline (NKAO, Abkhazia, South Ossetia): clips zones, is never published itself. */
export interface OutlineDef {
  id: string;
  state: StateCode;
  ring: LonLat[];
  approximation: string;
}

/** One period of one zone, as authored. */
export interface PeriodDef {
  controller: Controller;
  from: IsoDate;
  to: IsoDate | null;
  precision: { from: DatePrecision; to: DatePrecision | null };
  sources: string[];
  confidence: Confidence;
  note?: string;
  /** A typed transitional phase (ControlPhase): the controller is unchanged but losing hold. */
  phase?: ControlPhase;
}
