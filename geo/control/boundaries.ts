/**
 * Two rules that keep the drawn fronts credible when zoomed in, as pure functions returning
 * problems (empty when the rule holds), plus the measure the build reports:
 *
 * - a front between pieces with different controllers has different controllers on its two
 *   sides along its whole length (sampled every 250 m, looking 150 m to each side, on every
 *   change date). A front that "dangles" into one side's land is drawn where no change of
 *   control is: the line behind it is wrong, or a thin strip of a piece runs along it.
 * - no piece has a sliver: a part thinner than ~300 m on average (2 x area / perimeter, the
 *   width of a strip), which no authored shape asks for (the smallest authored zones, village
 *   boxes, are over 1 km wide); area alone would condemn those small zones, thinness does not.
 */
import * as turf from '@turf/turf';
import type { MultiLineString, Position } from 'geojson';
import type { IsoDate } from '../../src/lib/time/days';
import { polygonsOf, type Area } from './geometry';
import { sampleSides, segmentKm, type SideSample } from './sides';

export interface TimedPiece {
  id: string;
  geometry: Area;
  timeline: readonly { from: IsoDate; to: IsoDate | null; controller: string }[];
}

export interface FrontLine {
  a: number;
  b: number;
  geometry: MultiLineString;
}

/** The controller of a piece on `day` (half-open periods; ISO dates compare as strings). */
export function controllerOn(piece: TimedPiece, day: IsoDate): string | null {
  const t = piece.timeline.find((e) => e.from <= day && (e.to === null || day < e.to));
  return t ? t.controller : null;
}

/** Dangling length of one front on one day, away from its joints. */
export interface DanglingRun {
  front: number;
  day: IsoDate;
  km: number;
  samples: number;
  /** The first dangling sample of this front on this day. */
  at: Position;
  controller: string;
}

export interface SideReport {
  /** Front length shown (controllers differ), summed over the dates, in km. */
  activeKm: number;
  /** Of it, the length with the same controller on both sides. */
  danglingKm: number;
  /** Of the dangling length, what lies away from joints (line ends and corners; sides.ts). */
  danglingClearKm: number;
  /** Of it, the length where a side falls on no piece (coast, state border). */
  offLandKm: number;
  runs: DanglingRun[];
  /** Dangling length per front (joints included), summed over the dates, worst first. */
  byFront: FrontDangling[];
}

/** All the dangling length of one front, over every date (for finding what to fix). */
export interface FrontDangling {
  front: number;
  km: number;
  /** Of it, away from line ends and corners. */
  clearKm: number;
  /** The first and last change dates it dangles on, and on how many. */
  first: IsoDate;
  last: IsoDate;
  days: number;
  /** The dangling samples' positions, each once (the same spots dangle on many dates). */
  at: Position[];
}

/** Measures, on each date, how much of the shown front has one controller on both sides. */
export function measureSides(
  pieces: readonly TimedPiece[],
  fronts: readonly FrontLine[],
  dates: readonly IsoDate[],
  samples: readonly SideSample[] = sampleSides(
    pieces.map((p) => p.geometry),
    fronts,
  ),
): SideReport {
  const report: SideReport = {
    activeKm: 0,
    danglingKm: 0,
    danglingClearKm: 0,
    offLandKm: 0,
    runs: [],
    byFront: [],
  };
  const perFront = new Map<number, FrontDangling & { spots: Set<string> }>();
  const byFront = new Map<number, SideSample[]>();
  for (const s of samples) {
    const list = byFront.get(s.front) ?? [];
    list.push(s);
    byFront.set(s.front, list);
  }
  for (const day of dates) {
    const held = pieces.map((p) => controllerOn(p, day));
    fronts.forEach((f, i) => {
      if (held[f.a] === held[f.b]) return;
      let run: DanglingRun | null = null;
      for (const s of byFront.get(i) ?? []) {
        report.activeKm += s.km;
        if (s.left === null || s.right === null) {
          report.offLandKm += s.km;
          continue;
        }
        const l = held[s.left];
        if (l !== held[s.right] || !l) continue;
        report.danglingKm += s.km;
        const d = perFront.get(i) ?? {
          front: i,
          km: 0,
          clearKm: 0,
          first: day,
          last: day,
          days: 0,
          at: [],
          spots: new Set<string>(),
        };
        d.km += s.km;
        if (!s.nearJoint) d.clearKm += s.km;
        if (d.last !== day || d.days === 0) d.days++;
        d.last = day;
        const spot = `${s.at[0]},${s.at[1]}`;
        if (!d.spots.has(spot)) {
          d.spots.add(spot);
          d.at.push(s.at);
        }
        perFront.set(i, d);
        if (s.nearJoint) continue;
        report.danglingClearKm += s.km;
        if (run) {
          run.km += s.km;
          run.samples++;
        } else run = { front: i, day, km: s.km, samples: 1, at: s.at, controller: l };
      }
      if (run) report.runs.push(run);
    });
  }
  report.byFront = [...perFront.values()]
    .map(({ spots: _spots, ...d }) => d)
    .sort((p, q) => q.km - p.km);
  return report;
}

/**
 * The front rule: no shown front has the same controller on both sides anywhere away from its
 * joints (within 500 m of a line's end or sharp corner a side look may fall in a third piece
 * or across the corner; a front that runs into one side's land is longer than that).
 */
export function checkFrontSides(
  pieces: readonly TimedPiece[],
  fronts: readonly FrontLine[],
  dates: readonly IsoDate[],
  report: SideReport = measureSides(pieces, fronts, dates),
  toleratedSamples = 1,
): string[] {
  // One problem per front: its worst day, and how many change dates it dangles on. A single
  // 250 m sample stands for too little to tell a thin wedge from a wrong line.
  const byFront = new Map<number, DanglingRun[]>();
  for (const r of report.runs)
    if (r.samples > toleratedSamples) byFront.set(r.front, [...(byFront.get(r.front) ?? []), r]);
  return [...byFront.values()].map((runs) => {
    const worst = runs.reduce((m, r) => (r.km > m.km ? r : m));
    const f = fronts[worst.front] as FrontLine;
    const [x = 0, y = 0] = worst.at;
    return (
      `front ${pieces[f.a]?.id} | ${pieces[f.b]?.id}: ${worst.km.toFixed(2)} km with ` +
      `${worst.controller} on both sides on ${worst.day} (dangles on ${runs.length} of the ` +
      `change dates), from ${y.toFixed(4)} N ${x.toFixed(4)} E`
    );
  });
}

/** The measure as a rule: under `maxShare` of the shown front length dangles. */
export const MAX_DANGLING_SHARE = 0.001;

export function checkDanglingShare(report: SideReport, maxShare = MAX_DANGLING_SHARE): string[] {
  const share = report.activeKm > 0 ? report.danglingKm / report.activeKm : 0;
  return share < maxShare
    ? []
    : [
        `fronts: ${(100 * share).toFixed(3)}% of the shown front length has the same ` +
          `controller on both sides (joints included); the limit is ${100 * maxShare}%`,
      ];
}

/** Mean width of a polygon in km: 2 x area / perimeter (a strip's width; a disc's radius). */
export function meanWidthKm(poly: Position[][]): number {
  const areaKm2 = turf.area(turf.polygon(poly)) / 1e6;
  let perimeter = 0;
  for (const ring of poly)
    for (let i = 0; i + 1 < ring.length; i++)
      perimeter += segmentKm(ring[i] as Position, ring[i + 1] as Position);
  return perimeter > 0 ? (2 * areaKm2) / perimeter : 0;
}

/** The sliver rule: every polygon of every piece is at least `minKm` wide on average. */
export function checkSlivers(
  pieces: readonly { id: string; geometry: Area }[],
  minKm = 0.3,
): string[] {
  const problems: string[] = [];
  for (const p of pieces)
    polygonsOf(p.geometry).forEach((poly, i) => {
      const w = meanWidthKm(poly);
      if (w >= minKm) return;
      const [x = 0, y = 0] = poly[0]?.[0] ?? [];
      problems.push(
        `piece ${p.id} polygon ${i}: a sliver ${(w * 1000).toFixed(0)} m wide on average ` +
          `(${(turf.area(turf.polygon(poly)) / 1e6).toFixed(3)} km²) at ${y.toFixed(4)} N ` +
          `${x.toFixed(4)} E`,
      );
    });
  return problems;
}
