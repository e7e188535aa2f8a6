/**
 * Stage "timelines": joins each zone's authored periods to its piece, giving the published
 * period features (control.geojson), checks them, and gives each piece its timeline
 * (control-pieces.geojson).
 */
import {
  periodId,
  type ControlPieceProperties,
  type TimelineEntry,
} from '../../src/lib/domain/control';
import type { ControlPeriodProperties, Source } from '../../src/lib/domain/types';
import type { IsoDate } from '../../src/lib/time/days';
import { km2 } from './geometry';
import type { PeriodDef, ZoneDef } from './model';
import { isRestPiece, type Piece } from './pieces';
import {
  checkCoverage,
  checkNoOverlap,
  checkPeriods,
  checkSources,
  seededDates,
  type PeriodFeature,
} from './validate';

/** The bibliography id of Natural Earth, which the rest pieces cite. */
export const NE_SOURCE = 'natural-earth-world-atlas';

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** One feature per (zone, period), in zone order; problems for zones and periods that miss. */
export function periodFeatures(
  zones: readonly ZoneDef[],
  pieces: readonly Piece[],
  periods: Readonly<Record<string, PeriodDef[]>>,
): { features: PeriodFeature[]; problems: string[] } {
  const features: PeriodFeature[] = [];
  const problems: string[] = [];
  for (const z of zones) {
    const list = periods[z.id];
    if (!list) {
      problems.push(`zone ${z.id}: has no periods`);
      continue;
    }
    const geometry = pieces.find((p) => p.id === z.id)?.geometry;
    if (!geometry) continue;
    for (const p of list) {
      const props: ControlPeriodProperties = {
        id: periodId(z.id, p.from) ?? '',
        zone: z.id,
        name: z.name,
        names: z.names,
        controller: p.controller,
        from: p.from,
        to: p.to,
        datePrecision: { from: p.precision.from, to: p.precision.to },
        sources: p.sources,
        confidence: p.confidence,
      };
      if (p.note) props.note = p.note;
      if (p.phase) props.phase = p.phase;
      features.push({ type: 'Feature', properties: props, geometry });
    }
  }
  for (const id of Object.keys(periods))
    if (!zones.some((z) => z.id === id)) problems.push(`periods for unknown zone ${id}`);
  return { features, problems };
}

/** The days on which a zone changes controller, sorted. */
export function changeDates(features: readonly PeriodFeature[]): IsoDate[] {
  return [...new Set(features.map((f) => f.properties.from))].sort();
}

/**
 * The period rules (contiguous, dated, sourced), and on every change date plus 40 seeded days:
 * no two features overlap and every zone is covered exactly once.
 */
export function checkTimelines(
  features: readonly PeriodFeature[],
  zoneIds: readonly string[],
  sources: ReadonlyMap<string, Source>,
  firstDay: IsoDate,
  verifiedThrough: IsoDate,
): string[] {
  const days = [...changeDates(features), ...seededDates(1988, 40, firstDay, verifiedThrough)];
  return [
    ...checkPeriods(features, firstDay, verifiedThrough),
    ...checkSources(
      features.map((f) => f.properties),
      sources,
    ),
    ...checkSources([{ id: 'rest pieces', sources: [NE_SOURCE] }], sources),
    ...checkNoOverlap(features, days),
    ...checkCoverage(features, zoneIds, days),
  ];
}

/** The renderer's features: each piece with its timeline; rest pieces are their state's. */
export function pieceFeatures(
  pieces: readonly Piece[],
  features: readonly PeriodFeature[],
  firstDay: IsoDate,
): {
  type: 'Feature';
  id: number;
  properties: ControlPieceProperties;
  geometry: Piece['geometry'];
}[] {
  const byZone = new Map<string, PeriodFeature[]>();
  for (const f of features) {
    const list = byZone.get(f.properties.zone) ?? [];
    list.push(f);
    byZone.set(f.properties.zone, list);
  }
  return pieces.map((p, id) => {
    const timeline: TimelineEntry[] = isRestPiece(p.id)
      ? [
          {
            from: firstDay,
            to: null,
            controller: p.state,
            confidence: 'high',
            sources: [NE_SOURCE],
          },
        ]
      : (byZone.get(p.id) ?? []).map((f) => ({
          from: f.properties.from,
          to: f.properties.to,
          controller: f.properties.controller,
          confidence: f.properties.confidence,
          sources: f.properties.sources,
          ...(f.properties.phase ? { phase: f.properties.phase } : {}),
        }));
    const properties: ControlPieceProperties = {
      piece: p.id,
      state: p.state,
      name: p.naming.name,
      names: p.naming.names,
      native: p.naming.native,
      timeline,
      areaKm2: round1(km2(p.geometry)),
    };
    return { type: 'Feature', id, properties, geometry: p.geometry };
  });
}
