/**
 * Builds the control data: control.geojson (published, one feature per zone and period),
 * control-pieces.geojson (for the renderer: every piece of land of AM, AZ and GE with its
 * timeline), control-fronts.geojson (shared boundaries between pieces) and
 * control-summary.json (km² per controller on each change date). Validates everything and
 * throws DataError on any problem.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiLineString, Position } from 'geojson';
import type { ControlPieceProperties, TimelineEntry } from '../../src/lib/domain/control';
import {
  CONTROLLERS,
  type ControlPeriodProperties,
  type Controller,
  type Naming,
} from '../../src/lib/domain/types';
import { toDay, type IsoDate } from '../../src/lib/time/days';
import { FIRST_DAY } from '../config';
import {
  DataError,
  featureCollectionText,
  jsonText,
  roundCoord,
  type BuildContext,
  type DataFiles,
} from '../lib/context';
import {
  cutPartition,
  km2,
  loadStateOutlines,
  nodeAreas,
  roundClean,
  properCrossings,
  sharedBoundaries,
  type Area,
} from './geometry';
import type { StateCode } from './model';
import { PERIODS } from './periods';
import { PLACES } from './places';
import {
  checkAreas,
  checkCoverage,
  checkGeometry,
  checkNoOverlap,
  checkPeriods,
  checkSources,
  featuresOn,
  seededDates,
  type AreaCheck,
  type PeriodFeature,
} from './validate';
import { OUTLINES, ZONES } from './zones';

const NE_SOURCE = 'natural-earth-world-atlas';

const REST_NAMES: Record<StateCode, Naming> = {
  AZ: {
    name: 'Azerbaijan',
    names: { az: 'Azərbaycan', ru: 'Azerbaydzhan' },
    native: { az: 'Azərbaycan', hy: 'Ադրբեջան', ka: 'აზერბაიჯანი', ru: 'Азербайджан' },
  },
  AM: {
    name: 'Armenia',
    names: { hy: 'Hayastan', ru: 'Armeniya' },
    native: { hy: 'Հայաստան', az: 'Ermənistan', ka: 'სომხეთი', ru: 'Армения' },
  },
  GE: {
    name: 'Georgia',
    names: { ka: 'Sakartvelo', ru: 'Gruziya' },
    native: { ka: 'საქართველო', hy: 'Վրաստան', az: 'Gürcüstan', ru: 'Грузия' },
  },
};

/** Published area figures the computed ones are compared with (see README). */
const PUBLISHED = {
  nkao: 4388,
  artsakh1994: 11458,
  artsakh2021: [2800, 3400] as const,
};

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function pct(computed: number, published: number): string {
  const d = ((computed - published) / published) * 100;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
}

export async function build(ctx: BuildContext): Promise<DataFiles> {
  const problems: string[] = [];
  const states = loadStateOutlines(ctx.root);
  let partition;
  try {
    partition = cutPartition(ZONES, OUTLINES, states);
  } catch (e) {
    throw new DataError(`control: ${(e as Error).message}`);
  }

  // Pieces: zones in order, then the rest of each state. Rounded, then noded so shared
  // boundaries have identical vertices on both sides.
  const restStates: StateCode[] = ['AZ', 'AM', 'GE'];
  const rawPieces: { id: string; state: StateCode; naming: Naming; geometry: Area }[] = [
    ...partition.zones.map((z) => ({
      id: z.zone.id,
      state: z.zone.state,
      naming: { name: z.zone.name, names: z.zone.names, native: z.zone.native },
      geometry: z.geometry,
    })),
    ...restStates.flatMap((s) => {
      const g = partition.rest[s];
      return g ? [{ id: `rest-${s}`, state: s, naming: REST_NAMES[s], geometry: g }] : [];
    }),
  ];
  const noded = nodeAreas(rawPieces.map((p) => roundClean(p.geometry))).map((g) =>
    properCrossings(g).length > 0 ? roundClean(g) : g,
  );
  const pieces = rawPieces.map((p, i) => ({ ...p, geometry: noded[i] as Area }));
  for (const p of pieces) problems.push(...checkGeometry(`piece ${p.id}`, p.geometry));

  // Zones must contain their located places.
  for (const z of ZONES) {
    const g = pieces.find((p) => p.id === z.id)?.geometry;
    for (const place of z.contains ?? []) {
      const def = PLACES[place];
      if (!def) problems.push(`zone ${z.id}: unknown place ${place}`);
      else if (!g || !turf.booleanPointInPolygon(def.lonLat, turf.feature(g)))
        problems.push(`zone ${z.id} does not contain ${place} (${def.lonLat.join(', ')})`);
    }
  }

  // control.geojson: one feature per (zone, period).
  const periodFeatures: PeriodFeature[] = [];
  for (const z of ZONES) {
    const periods = PERIODS[z.id];
    if (!periods) {
      problems.push(`zone ${z.id} has no periods`);
      continue;
    }
    const geometry = pieces.find((p) => p.id === z.id)?.geometry;
    if (!geometry) continue;
    for (const p of periods) {
      const props: ControlPeriodProperties = {
        id: `${z.id}@${p.from}`,
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
      periodFeatures.push({ type: 'Feature', properties: props, geometry });
    }
  }
  for (const id of Object.keys(PERIODS))
    if (!ZONES.some((z) => z.id === id)) problems.push(`periods for unknown zone ${id}`);

  problems.push(...checkPeriods(periodFeatures, FIRST_DAY, ctx.verifiedThrough));
  problems.push(
    ...checkSources(
      periodFeatures.map((f) => f.properties),
      ctx.sources,
    ),
  );
  problems.push(
    ...checkSources(
      Object.entries(PLACES).map(([id, p]) => ({ id: `place ${id}`, sources: [p.source] })),
      ctx.sources,
    ),
  );
  problems.push(...checkSources([{ id: 'rest pieces', sources: [NE_SOURCE] }], ctx.sources));

  const changeDates = [...new Set(periodFeatures.map((f) => f.properties.from))].sort();
  const checkDates = [...changeDates, ...seededDates(1988, 40, FIRST_DAY, ctx.verifiedThrough)];
  problems.push(...checkNoOverlap(periodFeatures, checkDates));
  problems.push(
    ...checkCoverage(
      periodFeatures,
      ZONES.map((z) => z.id),
      checkDates,
    ),
  );
  if (problems.length > 0) throw new DataError('control:\n  ' + problems.join('\n  '));

  // Summary: km² per controller in the zones on each change date.
  const zoneArea = new Map(pieces.map((p) => [p.id, km2(p.geometry)]));
  const rows = changeDates.map((date) => {
    const sums = Object.fromEntries(CONTROLLERS.map((c) => [c, 0])) as Record<Controller, number>;
    for (const f of featuresOn(periodFeatures, date))
      sums[f.properties.controller] += zoneArea.get(f.properties.zone) ?? 0;
    for (const c of CONTROLLERS) sums[c] = round1(sums[c]);
    return { date, km2: sums };
  });

  // Area checks and the printed comparison with published figures.
  const heldOn = (date: IsoDate, controller: Controller): number =>
    featuresOn(periodFeatures, date)
      .filter((f) => f.properties.controller === controller)
      .reduce((s, f) => s + (zoneArea.get(f.properties.zone) ?? 0), 0);
  const nkaoKm2 = km2(partition.outlines.nkao ?? null);
  const artsakh1995 = heldOn('1995-06-01', 'NKR');
  const artsakh2019 = heldOn('2019-06-01', 'NKR');
  const artsakh2021 = heldOn('2021-06-01', 'NKR');
  const corridor2021 = heldOn('2021-06-01', 'RU-PKF');
  const amHeldByAz = (date: IsoDate): number =>
    featuresOn(periodFeatures, date)
      .filter((f) => f.properties.controller === 'AZ')
      .reduce((s, f) => {
        const z = ZONES.find((zz) => zz.id === f.properties.zone);
        return z?.state === 'AM' ? s + (zoneArea.get(z.id) ?? 0) : s;
      }, 0);
  const checks: AreaCheck[] = [
    { label: 'NKAO outline', km2: nkaoKm2, min: PUBLISHED.nkao * 0.95, max: PUBLISHED.nkao * 1.05 },
    {
      label: 'NKR-held 1995-06-01',
      km2: artsakh1995,
      min: PUBLISHED.artsakh1994 * 0.95,
      max: PUBLISHED.artsakh1994 * 1.05,
    },
    {
      label: 'NKR-held 2019-06-01',
      km2: artsakh2019,
      min: PUBLISHED.artsakh1994 * 0.95,
      max: PUBLISHED.artsakh1994 * 1.05,
    },
    {
      label: 'NKR-held 2021-06-01 (without the RU-PKF corridor)',
      km2: artsakh2021,
      min: PUBLISHED.artsakh2021[0],
      max: PUBLISHED.artsakh2021[1],
    },
  ];
  const areaProblems = checkAreas(checks);
  const nkrAfter = heldOn('2023-10-01', 'NKR') + heldOn('2024-06-01', 'NKR');
  if (nkrAfter > 0) areaProblems.push(`NKR still holds ${nkrAfter.toFixed(1)} km² after Sep 2023`);
  const zoneKm2 = (id: string) => zoneArea.get(id) ?? 0;
  ctx.log('control: areas computed vs published');
  ctx.log(`  NKAO outline ${nkaoKm2.toFixed(0)} km² vs 4,388 (${pct(nkaoKm2, 4388)})`);
  ctx.log(`  NKR 1995-06-01 ${artsakh1995.toFixed(0)} km² vs 11,458 (${pct(artsakh1995, 11458)})`);
  ctx.log(`  NKR 2019-06-01 ${artsakh2019.toFixed(0)} km² vs 11,458 (${pct(artsakh2019, 11458)})`);
  ctx.log(
    `  NKR 2021-06-01 ${artsakh2021.toFixed(0)} km² (+${corridor2021.toFixed(0)} RU-PKF corridor)` +
      ` vs 3,170 (${pct(artsakh2021, 3170)}) / 2,800 (${pct(artsakh2021, 2800)})`,
  );
  const az2023 = amHeldByAz('2023-06-01');
  ctx.log(
    `  Armenian land held by AZ 2023-06-01 ${az2023.toFixed(0)} km² vs 139-225` +
      ` (${pct(az2023, 139)} / ${pct(az2023, 225)})`,
  );
  const az2021 = amHeldByAz('2021-06-01') - amHeldByAz('2021-05-01');
  ctx.log(`  added May 2021 ${az2021.toFixed(0)} km² vs 40-45 (${pct(az2021, 40)})`);
  const district = (label: string, ids: string[], published: number) => {
    const v = ids.reduce((s, id) => s + zoneKm2(id), 0);
    ctx.log(`  ${label} ${v.toFixed(0)} km² vs ${published} (${pct(v, published)})`);
  };
  district(
    'Shusha district',
    ['shusha', 'corridor-shusha', 'corridor-shusha-west', 'corridor-hin-shen'],
    289,
  );
  district('Kalbajar (Soviet)', ['kalbajar'], 1936);
  district(
    'Lachin district',
    ['lachin', 'lachin-corridor-2020', 'lachin-corridor-2022', 'lachin-corridor-shared'],
    1835,
  );
  district('Qubadli', ['qubadli'], 802);
  district('Zangilan', ['zangilan'], 707);
  district('Jabrayil', ['jabrayil', 'lalatapa', 'chocuq-marjanli'], 1050);
  district('Agdam held part', ['agdam'], 842);
  district('Fuzuli held part', ['fuzuli'], 462);
  district('Karki', ['karki'], 19);
  district('Gazakh villages', ['gazakh-villages'], 6.5);
  district('Artsvashen', ['artsvashen'], 40);
  district('Akhalgori', ['akhalgori'], 1011);
  const abk = km2(partition.outlines.abkhazia ?? null);
  ctx.log(`  Abkhazia outline ${abk.toFixed(0)} km² vs 8,665 (${pct(abk, 8665)})`);
  const so = km2(partition.outlines['south-ossetia'] ?? null);
  ctx.log(`  South Ossetia outline ${so.toFixed(0)} km² vs 3,900 (${pct(so, 3900)})`);
  if (areaProblems.length > 0) throw new DataError('control:\n  ' + areaProblems.join('\n  '));

  // control-pieces.geojson
  const periodIds = new Map<string, PeriodFeature[]>();
  for (const f of periodFeatures) {
    const list = periodIds.get(f.properties.zone) ?? [];
    list.push(f);
    periodIds.set(f.properties.zone, list);
  }
  const pieceFeatures = pieces.map((p, id) => {
    const timeline: TimelineEntry[] = p.id.startsWith('rest-')
      ? [
          {
            from: FIRST_DAY,
            to: null,
            controller: p.state,
            confidence: 'high',
            sources: [NE_SOURCE],
            period: null,
          },
        ]
      : (periodIds.get(p.id) ?? []).map((f) => ({
          from: f.properties.from,
          to: f.properties.to,
          controller: f.properties.controller,
          confidence: f.properties.confidence,
          sources: f.properties.sources,
          period: f.properties.id,
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

  // control-fronts.geojson
  const fronts = sharedBoundaries(pieces.map((p) => p.geometry)).map((s, id) => {
    const geometry: MultiLineString = {
      type: 'MultiLineString',
      coordinates: s.geometry.coordinates.map((line: Position[]) =>
        line.map(([x = 0, y = 0]) => [roundCoord(x), roundCoord(y)]),
      ),
    };
    const f: Feature<MultiLineString, { a: number; b: number }> & { id: number } = {
      type: 'Feature',
      id,
      properties: { a: s.a, b: s.b },
      geometry,
    };
    return f;
  });

  ctx.log(
    `control: ${ZONES.length} zones, ${periodFeatures.length} periods, ${pieceFeatures.length} ` +
      `pieces, ${fronts.length} fronts, ${changeDates.length} change dates`,
  );
  void toDay;
  return {
    'control.geojson': featureCollectionText(periodFeatures),
    'control-pieces.geojson': featureCollectionText(pieceFeatures),
    'control-fronts.geojson': featureCollectionText(fronts),
    'control-summary.json': jsonText({ changeDates, rows }, 1),
  };
}
