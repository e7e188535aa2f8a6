/**
 * Pockets of a 2020 district: land one side still held after the district's own change, as
 * the reports place it (located villages, a monastery), with a change of its own. The pocket is
 * the land within `bufferKm` of the hull of its located places, cut out of the district zone
 * before the district's village parts (shape `part`), so no village cell reaches into it.
 * Pure; the table is geo/control/advances-2020.json (`pockets`).
 */
import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { Confidence, Controller, OtherNames } from '../../src/lib/domain/types';
import { isIsoDate, toDay, type IsoDate } from '../../src/lib/time/days';
import type { LonLat, PeriodDef, ZoneDef } from './model';

export interface PocketPlace {
  name: string;
  lat: number;
  lon: number;
  /** Bibliography id of the page the coordinates were read from. */
  coordSource: string;
}

/** A dated statement with its sources: the hold after the ceasefire, or the change. */
interface PocketPeriod {
  from: IsoDate;
  sources: string[];
  confidence: Confidence;
  note: string;
}

export interface Pocket {
  id: string;
  district: string;
  name: string;
  names: OtherNames;
  native: OtherNames;
  /** How far around the hull of the places the pocket reaches (km). */
  bufferKm: number;
  places: PocketPlace[];
  /** From this day the pocket is told as held after the district fell (same controller). */
  held: PocketPeriod;
  /** The pocket's own change of controller. */
  change: PocketPeriod & { controller: Controller; precision?: 'day' | 'announced' };
}

/** The parent's 2020 change to AZ and the period before it; throws if the parent has none. */
function parentChange(parent: readonly PeriodDef[], id: string): number {
  const at = parent.findIndex((p) => p.controller === 'AZ' && p.from.startsWith('2020-'));
  if (at < 1) throw new Error(`pocket ${id}: its district has no 2020 change`);
  return at;
}

/**
 * The table's rules: a known district, located places with known sources, a hold that starts
 * after the district's change and before the pocket's own, a change within `[first, last]`.
 */
export function checkPockets(
  pockets: readonly Pocket[],
  districtPeriods: (district: string) => readonly PeriodDef[] | undefined,
  zones: readonly ZoneDef[],
  sources: ReadonlySet<string>,
  first: IsoDate,
  last: IsoDate,
): string[] {
  const problems: string[] = [];
  for (const p of pockets) {
    const where = `pocket ${p.id} (${p.district})`;
    if (!zones.some((z) => z.id === p.district)) problems.push(`${where}: no zone ${p.district}`);
    if (p.places.length === 0) problems.push(`${where}: no located place`);
    if (!(p.bufferKm > 0 && p.bufferKm <= 5)) problems.push(`${where}: bufferKm must be in (0, 5]`);
    for (const pl of p.places) {
      if (!(Math.abs(pl.lat) <= 90 && Math.abs(pl.lon) <= 180))
        problems.push(`${where}: ${pl.name} is out of range`);
      if (!sources.has(pl.coordSource))
        problems.push(`${where}: unknown source id "${pl.coordSource}" for ${pl.name}`);
    }
    for (const [label, period] of [
      ['held', p.held],
      ['change', p.change],
    ] as const) {
      if (period.sources.length === 0) problems.push(`${where}: ${label} has no source`);
      for (const s of period.sources)
        if (!sources.has(s)) problems.push(`${where}: unknown source id "${s}"`);
      if (!isIsoDate(period.from)) problems.push(`${where}: ${label} "${period.from}" is no date`);
    }
    if (!isIsoDate(p.change.from) || !isIsoDate(p.held.from)) continue;
    const change = toDay(p.change.from);
    if (change < toDay(first) || change > toDay(last))
      problems.push(`${where}: change ${p.change.from} is outside [${first}, ${last}]`);
    if (toDay(p.held.from) >= change)
      problems.push(`${where}: held from ${p.held.from}, not before its change ${p.change.from}`);
    const parent = districtPeriods(p.district);
    const districtDay = parent?.find((q) => q.controller === 'AZ' && q.from.startsWith('2020-'));
    if (!districtDay) problems.push(`${where}: the district has no 2020 change`);
    else if (toDay(p.held.from) <= toDay(districtDay.from))
      problems.push(
        `${where}: held from ${p.held.from}, not after the district's ${districtDay.from}`,
      );
  }
  return problems;
}

/** The ring around the places: their hull (a segment or point for fewer than 3) widened. */
export function pocketRing(pocket: Pocket): LonLat[] {
  const points = pocket.places.map((pl) => [pl.lon, pl.lat] as LonLat);
  const [a, b] = points;
  const core: Feature =
    points.length >= 3
      ? (turf.convex(turf.featureCollection(points.map((p) => turf.point(p)))) as Feature)
      : a && b
        ? turf.lineString([a, b])
        : turf.point(a ?? [0, 0]);
  const widened = turf.buffer(core, pocket.bufferKm, { units: 'kilometers', steps: 4 });
  if (!widened) throw new Error(`pocket ${pocket.id}: empty buffer`);
  const ring = (widened.geometry as Polygon).coordinates[0] ?? [];
  // 1e-5° (about 1 m) is finer than any of the places' coordinates.
  return ring.map((p) => [
    Math.round((p[0] ?? 0) * 1e5) / 1e5,
    Math.round((p[1] ?? 0) * 1e5) / 1e5,
  ]);
}

/** The pocket as a part zone of its district. */
export function pocketZone(pocket: Pocket, parent: ZoneDef): ZoneDef {
  const names = pocket.places.map((pl) => pl.name).join(', ');
  return {
    id: pocket.id,
    state: parent.state,
    name: pocket.name,
    names: pocket.names,
    native: pocket.native,
    shape: { kind: 'part', parent: parent.id, cells: [pocketRing(pocket)] },
    clip: parent.clip,
    approximation:
      `The land of the ${parent.name} zone within ${pocket.bufferKm} km of the hull of the ` +
      `located ${names} (geo/control/advances-2020.json): no report read draws the pocket's ` +
      `edge, so this is a sketch of the ground the reports name (error 2-3 km).`,
  };
}

/**
 * The pocket's periods: the district's up to its 2020 change, then the same controller from
 * `held.from` (told by the pocket's sources), then the pocket's change, after which the
 * district's later periods follow.
 */
export function pocketPeriods(parent: readonly PeriodDef[], pocket: Pocket): PeriodDef[] {
  const at = parentChange(parent, pocket.id);
  const before = parent[at - 1]!;
  const change = parent[at]!;
  const { held, change: own } = pocket;
  const precision = own.precision ?? 'day';
  return [
    ...parent.slice(0, at - 1).map((p) => ({ ...p })),
    { ...before, to: held.from, precision: { ...before.precision, to: 'day' } },
    {
      controller: before.controller,
      from: held.from,
      to: own.from,
      precision: { from: 'day', to: precision },
      sources: [...held.sources],
      confidence: held.confidence,
      note: held.note,
    },
    {
      controller: own.controller,
      from: own.from,
      to: change.to,
      precision: { from: precision, to: change.precision.to },
      sources: [...own.sources],
      confidence: own.confidence,
      note: own.note,
    },
    ...parent.slice(at + 1).map((p) => ({ ...p })),
  ];
}
