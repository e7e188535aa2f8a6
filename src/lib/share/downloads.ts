/**
 * What the download buttons hand over: the records of the day shown, derived from the built
 * files the app has already loaded (or fetches from its own origin), never from a server.
 * Pure functions of the published data and a day.
 */
import type { RelationsIndex } from '../domain/relations';
import { isRelationPeriod, relationOn } from '../domain/relations';
import type { ControlPeriodProperties } from '../domain/types';
import { type IsoDate, toDay } from '../time/days';
import { contains, intervalOf } from '../time/interval';
import { csvText } from './csv';

/** A feature of public/data/control.geojson, geometry as published. */
export interface ControlFeature {
  type: 'Feature';
  properties: ControlPeriodProperties;
  geometry: unknown;
}

/** Whether a published record's half-open period [from, to) contains `day`. */
export function holdsOn(record: { from: IsoDate; to: IsoDate | null }, day: IsoDate): boolean {
  return contains(intervalOf(record), toDay(day));
}

/** The control.geojson features in force on `day`: one per zone, as published. */
export function controlFeaturesOn(
  features: readonly ControlFeature[],
  day: IsoDate,
): ControlFeature[] {
  return features.filter((f) => holdsOn(f.properties, day));
}

/** The day's control as a GeoJSON FeatureCollection (text), with the day it describes. */
export function controlGeoJsonOn(features: readonly ControlFeature[], day: IsoDate): string {
  const collection = {
    type: 'FeatureCollection',
    // A foreign member (RFC 7946, 6.1): which day the file describes.
    day,
    features: controlFeaturesOn(features, day),
  };
  return JSON.stringify(collection) + '\n';
}

export const CONTROL_CSV_HEADER = [
  'zone',
  'name',
  'controller',
  'from',
  'to_exclusive',
  'confidence',
  'sources',
] as const;

/** One row per zone: who held it on `day` and over which published period, with its sources. */
export function controlCsvOn(features: readonly ControlFeature[], day: IsoDate): string {
  const rows = controlFeaturesOn(features, day)
    .map((f) => f.properties)
    .sort((a, b) => a.zone.localeCompare(b.zone))
    .map((p) => [p.zone, p.name, p.controller, p.from, p.to, p.confidence, p.sources.join(' ')]);
  return csvText(CONTROL_CSV_HEADER, rows);
}

export const RELATIONS_CSV_HEADER = [
  'country',
  'other',
  'other_name',
  'status',
  'not_recognised_by',
  'diplomatic_relations',
  'from',
  'to_exclusive',
  'confidence',
  'sources',
  'note',
] as const;

/**
 * One row per other followed state: the focus country's relation with it on `day`. A pair
 * with no record that day says why (`not-independent`, `no-data`) and leaves the rest empty.
 */
export function relationsCsvOn(index: RelationsIndex, focus: string, day: IsoDate): string {
  const dayNumber = toDay(day);
  const rows = [...index.countries.values()]
    .filter((c) => c.code !== focus)
    .map((other) => {
      const found = relationOn(index, focus, other.code, dayNumber);
      if (!isRelationPeriod(found)) {
        return [
          focus,
          other.code,
          other.name,
          found.kind,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ];
      }
      const r = found;
      return [
        focus,
        other.code,
        other.name,
        r.status,
        r.notRecognisedBy ?? null,
        r.diplomaticRelations,
        r.from,
        r.to,
        r.confidence,
        r.sources.join(' '),
        r.note ?? null,
      ];
    });
  return csvText(RELATIONS_CSV_HEADER, rows);
}

/** `caucasus-atlas-control-2020-11-10.csv`, `caucasus-atlas-relations-AM-2020-11-10.csv`. */
export function downloadName(what: string, day: IsoDate, extension: string): string {
  return `caucasus-atlas-${what}-${day}.${extension}`;
}
