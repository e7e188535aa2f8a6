/**
 * Validation rules of the control data, as pure functions that return a list of problems
 * (empty when the rule holds). The build throws DataError on any problem; the tests show each
 * rule failing on a deliberately broken fixture.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
  CONTROLLERS,
  CONTROL_PHASES,
  type ControlPeriodProperties,
  type Source,
} from '../../src/lib/domain/types';
import { DATE_PRECISIONS, isIsoDate, toDay, toIso, type IsoDate } from '../../src/lib/time/days';
import { contains } from '../../src/lib/time/interval';

export type PeriodFeature = Feature<Polygon | MultiPolygon, ControlPeriodProperties>;

const PRECISIONS = new Set<string>(DATE_PRECISIONS);
const PHASES = new Set<string>(CONTROL_PHASES);
const CONFIDENCES = new Set(['high', 'medium', 'low']);

/** The features valid on `day` (half-open intervals). */
export function featuresOn(features: readonly PeriodFeature[], day: IsoDate): PeriodFeature[] {
  const d = toDay(day);
  return features.filter((f) =>
    contains(
      {
        from: toDay(f.properties.from),
        to: f.properties.to === null ? null : toDay(f.properties.to),
      },
      d,
    ),
  );
}

/**
 * Periods of each zone: valid ISO dates within [first, last] (a `to` may be any later date or
 * null), ordered, contiguous from `first`, ending with `to: null`, with known controller,
 * precision and confidence codes, and at least one source.
 */
export function checkPeriods(
  features: readonly PeriodFeature[],
  first: IsoDate,
  last: IsoDate,
): string[] {
  const problems: string[] = [];
  const byZone = new Map<string, ControlPeriodProperties[]>();
  for (const f of features) {
    const list = byZone.get(f.properties.zone) ?? [];
    list.push(f.properties);
    byZone.set(f.properties.zone, list);
  }
  for (const [zone, periods] of byZone) {
    let expected: IsoDate | null = first;
    periods.forEach((p, i) => {
      const where = `zone ${zone}, period ${i} (${p.id})`;
      if (!isIsoDate(p.from)) problems.push(`${where}: from "${p.from}" is not an ISO date`);
      if (p.to !== null && !isIsoDate(p.to))
        problems.push(`${where}: to "${p.to}" is not an ISO date`);
      if (!isIsoDate(p.from) || (p.to !== null && !isIsoDate(p.to))) return;
      if (toDay(p.from) < toDay(first) || toDay(p.from) > toDay(last))
        problems.push(`${where}: from ${p.from} is outside [${first}, ${last}]`);
      if (p.to !== null && toDay(p.to) <= toDay(p.from))
        problems.push(`${where}: to ${p.to} is not after from ${p.from}`);
      if (p.to !== null && toDay(p.to) > toDay(last) + 1)
        problems.push(`${where}: to ${p.to} is after the verified date ${last}`);
      if (expected === null) problems.push(`${where}: follows an open-ended period`);
      else if (p.from !== expected)
        problems.push(`${where}: starts ${p.from}, expected ${expected} (gap or overlap)`);
      expected = p.to;
      if (!CONTROLLERS.includes(p.controller))
        problems.push(`${where}: unknown controller ${String(p.controller)}`);
      if (
        !PRECISIONS.has(p.datePrecision.from) ||
        (p.to !== null && !PRECISIONS.has(String(p.datePrecision.to)))
      )
        problems.push(`${where}: bad date precision`);
      if (!CONFIDENCES.has(p.confidence)) problems.push(`${where}: bad confidence ${p.confidence}`);
      if (p.sources.length === 0) problems.push(`${where}: no source`);
      problems.push(...checkAnnounced(p, periods[i - 1], where));
      problems.push(...checkPhase(p, periods[i + 1], where));
    });
    if (expected !== null) problems.push(`zone ${zone}: last period must end with to: null`);
  }
  return problems;
}

/**
 * `announced` dates a change by the day it was announced: only the start of a period whose
 * controller differs from the one before can be announced, and the period before must end with
 * the same precision (the same day seen from both sides).
 */
function checkAnnounced(
  p: ControlPeriodProperties,
  previous: ControlPeriodProperties | undefined,
  where: string,
): string[] {
  const problems: string[] = [];
  if (p.datePrecision.from === 'announced') {
    if (!previous) problems.push(`${where}: the first period cannot start on an announced day`);
    else if (previous.controller === p.controller)
      problems.push(`${where}: announced start, but the controller does not change`);
  }
  if (
    previous &&
    (previous.datePrecision.to === 'announced') !== (p.datePrecision.from === 'announced')
  )
    problems.push(`${where}: announced start and the previous period's end disagree`);
  return problems;
}

/**
 * A transitional phase (e.g. ceasefire and disarmament under way) is a closed period that leads to
 * a change of controller, and it says what is happening (a note).
 */
function checkPhase(
  p: ControlPeriodProperties,
  next: ControlPeriodProperties | undefined,
  where: string,
): string[] {
  if (p.phase === undefined) return [];
  const problems: string[] = [];
  if (!PHASES.has(p.phase)) problems.push(`${where}: unknown phase ${String(p.phase)}`);
  if (p.to === null || !next) problems.push(`${where}: a transitional phase must end`);
  else if (next.controller === p.controller)
    problems.push(`${where}: a transitional phase must lead to a change of controller`);
  if (!p.note) problems.push(`${where}: a transitional phase needs a note saying what happened`);
  return problems;
}

/** Every cited source id resolves in the bibliography. */
export function checkSources(
  citing: readonly { id: string; sources: readonly string[] }[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems: string[] = [];
  for (const c of citing)
    for (const s of c.sources)
      if (!sources.has(s)) problems.push(`${c.id}: unknown source id "${s}"`);
  return problems;
}

function ringsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * A geometry is valid: closed rings of at least 4 positions, no self-intersections (turf
 * kinks: any crossing of two edges away from a vertex of the geometry; rings that touch at a
 * shared vertex, as a hole touching its shell does, are allowed), outer rings counter-clockwise
 * and holes clockwise (RFC 7946).
 */
export function checkGeometry(id: string, g: Polygon | MultiPolygon): string[] {
  const problems: string[] = [];
  ringsOf(g).forEach((poly, pi) =>
    poly.forEach((ring, ri) => {
      const where = `${id} polygon ${pi} ring ${ri}`;
      if (ring.length < 4) problems.push(`${where}: fewer than 4 positions`);
      const a = ring[0];
      const b = ring[ring.length - 1];
      if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) problems.push(`${where}: not closed`);
      if (ring.length < 4) return;
      const clockwise = turf.booleanClockwise(turf.lineString(ring));
      if (ri === 0 && clockwise) problems.push(`${where}: outer ring is clockwise`);
      if (ri > 0 && !clockwise) problems.push(`${where}: hole is counter-clockwise`);
    }),
  );
  if (problems.length > 0) return problems;
  const vertices = new Set<string>();
  turf.coordEach(turf.feature(g), (c) => {
    vertices.add(`${c[0]},${c[1]}`);
  });
  const crossing = turf
    .kinks(turf.feature(g))
    .features.map((k) => k.geometry.coordinates)
    .find((c) => !vertices.has(`${c[0]},${c[1]}`));
  if (crossing)
    problems.push(
      `${id}: self-intersection at ${crossing[0]?.toFixed(5)},${crossing[1]?.toFixed(5)}`,
    );
  return problems;
}

/** Intersection area of two geometries in km² (0 when disjoint). */
export function overlapKm2(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const [ax0, ay0, ax1, ay1] = turf.bbox(a);
  const [bx0, by0, bx1, by1] = turf.bbox(b);
  if (ax1 < bx0 || bx1 < ax0 || ay1 < by0 || by1 < ay0) return 0;
  const r = turf.intersect(turf.featureCollection([turf.feature(a), turf.feature(b)]));
  return r ? turf.area(r) / 1e6 : 0;
}

/** On each date, no two valid features overlap by `minKm2` or more. */
export function checkNoOverlap(
  features: readonly PeriodFeature[],
  dates: readonly IsoDate[],
  minKm2 = 0.1,
): string[] {
  const problems: string[] = [];
  const done = new Set<string>();
  for (const day of dates) {
    const on = featuresOn(features, day);
    on.forEach((a, i) =>
      on.slice(i + 1).forEach((b) => {
        const key = `${a.properties.id}|${b.properties.id}`;
        if (done.has(key)) return;
        done.add(key);
        const km2 = overlapKm2(a.geometry, b.geometry);
        if (km2 >= minKm2)
          problems.push(
            `${day}: ${a.properties.id} and ${b.properties.id} overlap by ${km2.toFixed(2)} km²`,
          );
      }),
    );
  }
  return problems;
}

/** On each date, every zone is covered by exactly one of its periods. */
export function checkCoverage(
  features: readonly PeriodFeature[],
  zones: readonly string[],
  dates: readonly IsoDate[],
): string[] {
  const problems: string[] = [];
  for (const day of dates) {
    const counts = new Map<string, number>();
    for (const f of featuresOn(features, day))
      counts.set(f.properties.zone, (counts.get(f.properties.zone) ?? 0) + 1);
    for (const z of zones) {
      const n = counts.get(z) ?? 0;
      if (n !== 1) problems.push(`${day}: zone ${z} is covered by ${n} periods`);
    }
  }
  return problems;
}

export interface AreaCheck {
  label: string;
  km2: number;
  min: number;
  max: number;
}

/** Each measured area lies within its accepted range. */
export function checkAreas(checks: readonly AreaCheck[]): string[] {
  return checks
    .filter((c) => !(c.km2 >= c.min && c.km2 <= c.max))
    .map((c) => `${c.label}: ${c.km2.toFixed(1)} km² is outside [${c.min}, ${c.max}]`);
}

/** Deterministic pseudo-random days in [first, last] (mulberry32), for spot checks. */
export function seededDates(seed: number, count: number, first: IsoDate, last: IsoDate): IsoDate[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = toDay(first);
  const span = toDay(last) - a + 1;
  return Array.from({ length: count }, () => toIso(a + Math.floor(next() * span)));
}
