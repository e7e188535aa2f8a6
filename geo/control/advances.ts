/**
 * The 2020 districts by parts: geo/control/advances-2020.json lists located villages with the
 * day their capture was announced. Each village gets its Voronoi cell among the district's
 * villages; the cells announced on one day form one part zone (`<district>-<day>`), cut out of
 * the district zone after the partition (shape `part`, see geometry.ts). Cells announced on the
 * district's own day stay in the district zone. A district's pockets (pockets.ts: land held
 * after the district fell) are cut from it first. Pure except `loadAdvances`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import type { Confidence } from '../../src/lib/domain/types';
import { isIsoDate, toDay, type IsoDate } from '../../src/lib/time/days';
import type { LonLat, PeriodDef, ZoneDef } from './model';
import { PERIODS } from './periods';
import { checkPockets, pocketPeriods, pocketZone, type Pocket } from './pockets';

export const ADVANCES_FILE = join('geo', 'control', 'advances-2020.json');

/** The war of 27 Sep - 9 Nov 2020, and the handovers that followed it, to the end of 2020. */
const FIRST = '2020-09-27';
const LAST = '2020-12-31';

export interface AdvanceVillage {
  name: string;
  district: string;
  lat: number;
  lon: number;
  /** Bibliography id of the page the coordinates were read from. */
  coordSource: string;
  /** The day the capture was announced (or, with `precision: 'day'`, the day it was reported). */
  announced: IsoDate;
  /** `announced` (the default) or `day`: a change reported as it happened, not only announced. */
  precision?: 'announced' | 'day';
  sources: string[];
  confidence?: Confidence;
  note?: string;
}

export interface AdvancesTable {
  about: string;
  districts: Record<string, { label: string; hy: string }>;
  villages: AdvanceVillage[];
  /** Land held after its district's change, with a change of its own (pockets.ts). */
  pockets?: Pocket[];
}

/** One part of a district: the cells of the villages announced on one day. */
export interface AdvancePart {
  zone: ZoneDef;
  district: string;
  announced: IsoDate;
  villages: AdvanceVillage[];
  /** Set on a pocket's part: its periods are the pocket's own (pocketPeriods). */
  pocket?: Pocket;
}

export function loadAdvances(root: string): AdvancesTable {
  return JSON.parse(readFileSync(join(root, ADVANCES_FILE), 'utf8')) as AdvancesTable;
}

/** The table's rules: known districts, located villages, announcement days in the war, sources. */
export function checkAdvances(
  table: AdvancesTable,
  zones: readonly ZoneDef[],
  sources: ReadonlySet<string>,
  periods: Readonly<Record<string, readonly PeriodDef[]>> = PERIODS,
): string[] {
  const problems = checkPockets(
    table.pockets ?? [],
    (d) => periods[d],
    zones,
    sources,
    FIRST,
    LAST,
  );
  const seen = new Set<string>();
  for (const v of table.villages) {
    const where = `advances: ${v.name} (${v.district})`;
    if (seen.has(`${v.district}/${v.name}`)) problems.push(`${where}: listed twice`);
    seen.add(`${v.district}/${v.name}`);
    if (!table.districts[v.district]) problems.push(`${where}: district not in the table`);
    if (!zones.some((z) => z.id === v.district)) problems.push(`${where}: no zone ${v.district}`);
    if (!(Math.abs(v.lat) <= 90 && Math.abs(v.lon) <= 180))
      problems.push(`${where}: position out of range`);
    if (!isIsoDate(v.announced)) problems.push(`${where}: "${v.announced}" is not an ISO date`);
    else if (toDay(v.announced) < toDay(FIRST) || toDay(v.announced) > toDay(LAST))
      problems.push(`${where}: announced ${v.announced} is outside [${FIRST}, ${LAST}]`);
    if (v.sources.length === 0) problems.push(`${where}: no source for the date`);
    if (v.precision !== undefined && v.precision !== 'announced' && v.precision !== 'day')
      problems.push(`${where}: precision must be announced or day`);
    for (const s of [...v.sources, v.coordSource])
      if (!sources.has(s)) problems.push(`${where}: unknown source id "${s}"`);
  }
  return problems;
}

/** The district's own day: the day its town (first listed village marked "(town)") was announced. */
export function districtDay(table: AdvancesTable, district: string): IsoDate | null {
  const town = table.villages.find((v) => v.district === district && v.name.endsWith('(town)'));
  return town?.announced ?? null;
}

/**
 * The part zones of every district in the table: its pockets first, then Voronoi cells
 * (bounded by the villages' box widened by 0.5°, so every cell reaches past the district's
 * edge), grouped by day. Parts come in table order of districts, then by day.
 */
export function advanceParts(table: AdvancesTable, zones: readonly ZoneDef[]): AdvancePart[] {
  const parts: AdvancePart[] = [];
  for (const pocket of table.pockets ?? []) {
    const parent = zones.find((z) => z.id === pocket.district);
    if (!parent) continue;
    const zone = pocketZone(pocket, parent);
    parts.push({
      zone,
      district: pocket.district,
      announced: pocket.change.from,
      villages: [],
      pocket,
    });
  }
  for (const district of Object.keys(table.districts)) {
    const parent = zones.find((z) => z.id === district);
    const own = districtDay(table, district);
    const villages = table.villages.filter((v) => v.district === district);
    if (!parent || !own || villages.length < 2) continue;
    // Cells in a plane where a degree of longitude is as long as on the ground (cos of the mean
    // latitude), so the midlines are midlines in kilometres too.
    const k = Math.cos(
      (villages.reduce((a, v) => a + v.lat, 0) / villages.length) * (Math.PI / 180),
    );
    const points = turf.featureCollection(villages.map((v) => turf.point([v.lon * k, v.lat])));
    const [x0, y0, x1, y1] = turf.bbox(points);
    const cells = turf.voronoi(points, { bbox: [x0 - 0.5, y0 - 0.5, x1 + 0.5, y1 + 0.5] });
    const ringOf = (cell: Polygon): LonLat[] =>
      (cell.coordinates[0] ?? []).map((p) => [(p[0] ?? 0) / k, p[1] ?? 0]);
    const days = [...new Set(villages.map((v) => v.announced))].filter((d) => d !== own).sort();
    for (const day of days) {
      const mine = villages.flatMap((v, i) => {
        const cell = cells.features[i];
        return v.announced === day && cell ? [{ v, ring: ringOf(cell.geometry) }] : [];
      });
      const names = mine.map((m) => m.v.name).join(', ');
      const label = table.districts[district]!;
      parts.push({
        district,
        announced: day,
        villages: mine.map((m) => m.v),
        zone: {
          id: `${district}-${day}`,
          state: parent.state,
          name: `${label.label}, part around ${names}`,
          // Only the Armenian usage differs for these titles; the district's own names in other
          // scripts stay with the district zone.
          names: { hy: `${label.hy}, part around ${names}` },
          native: {},
          shape: { kind: 'part', parent: district, cells: mine.map((m) => m.ring) },
          clip: parent.clip,
          approximation:
            `The Voronoi cells of ${names} among the located villages of the district in ` +
            `geo/control/advances-2020.json, within the district zone: a village's cell is the ` +
            `land nearer to it than to any other listed village, so the part's edges are ` +
            `midlines between villages, not reported front lines (error: half the distance to ` +
            `the next village, often 3-8 km).`,
        },
      });
    }
  }
  return parts;
}

/**
 * A part's periods: the district's, with the district's 2020 change moved to the part's day and
 * told by the part's villages (precision `announced`).
 */
export function partPeriods(parentPeriods: readonly PeriodDef[], part: AdvancePart): PeriodDef[] {
  if (part.pocket) return pocketPeriods(parentPeriods, part.pocket);
  const at = parentPeriods.findIndex((p) => p.controller === 'AZ' && p.from.startsWith('2020-'));
  const change = parentPeriods[at];
  const before = parentPeriods[at - 1];
  if (!change || !before) throw new Error(`advances: ${part.district} has no 2020 change`);
  const low = part.villages.some((v) => v.confidence === 'low');
  const precision = part.villages.every((v) => v.precision === 'day') ? 'day' : 'announced';
  const sources = [...new Set(part.villages.flatMap((v) => v.sources))];
  const told = part.villages
    .map((v) => `${v.name}${v.note ? ` (${v.note.replace(/\.$/, '')})` : ''}`)
    .join('; ');
  return [
    ...parentPeriods.slice(0, at - 1).map((p) => ({ ...p })),
    { ...before, to: part.announced, precision: { ...before.precision, to: precision } },
    {
      ...change,
      from: part.announced,
      precision: { ...change.precision, from: precision },
      sources,
      confidence: low ? 'low' : 'medium',
      note:
        precision === 'day'
          ? `The land nearest to villages reported taken on this day: ${told}.`
          : `The land nearest to villages whose capture Azerbaijan announced on this day: ${told}. ` +
            'The date is the announcement; the change on the ground may have come a little earlier.',
    },
  ];
}
