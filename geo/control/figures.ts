/**
 * Stage "summary": km² per controller on each change date, and our areas measured beside the
 * published reference figures of geo/control/reference-figures.json: checked where the file
 * sets an accepted range, printed by the build, and rendered as the table in the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTROLLERS, type Controller, type Source } from '../../src/lib/domain/types';
import type { IsoDate } from '../../src/lib/time/days';
import type { StateCode } from './model';
import { round1 } from './timelines';
import { featuresOn, type PeriodFeature } from './validate';

export const FIGURES_FILE = join('geo', 'control', 'reference-figures.json');

/** How we compute our figure. */
export type OurMeasure =
  | { outline: string }
  | { zones: string[] }
  | { heldBy: Controller; on: IsoDate; inState?: StateCode; since?: IsoDate };

export interface ReferenceFigure {
  measure: string;
  ours: OurMeasure;
  /** `values`: alternative published figures; `range`: a published [min, max]. */
  published: number[];
  kind: 'values' | 'range';
  sources: string[];
  accept?: { min: number; max: number };
}

export function loadReferenceFigures(root: string): ReferenceFigure[] {
  const text = readFileSync(join(root, FIGURES_FILE), 'utf8');
  return (JSON.parse(text) as { figures: ReferenceFigure[] }).figures;
}

/** What the measures need: zone areas, zone states, helper outlines and the periods. */
export interface Measured {
  zoneKm2: ReadonlyMap<string, number>;
  zoneState: ReadonlyMap<string, StateCode>;
  outlineKm2: ReadonlyMap<string, number>;
  features: readonly PeriodFeature[];
}

/** km² held by `controller` in the zones on `day` (rest pieces are never counted). */
export function heldKm2(m: Measured, controller: Controller, day: IsoDate, state?: StateCode) {
  return featuresOn(m.features, day)
    .filter((f) => f.properties.controller === controller)
    .filter((f) => !state || m.zoneState.get(f.properties.zone) === state)
    .reduce((s, f) => s + (m.zoneKm2.get(f.properties.zone) ?? 0), 0);
}

export function measure(m: Measured, ours: OurMeasure): number {
  if ('outline' in ours) return m.outlineKm2.get(ours.outline) ?? 0;
  if ('zones' in ours) return ours.zones.reduce((s, id) => s + (m.zoneKm2.get(id) ?? 0), 0);
  const now = heldKm2(m, ours.heldBy, ours.on, ours.inState);
  return ours.since ? now - heldKm2(m, ours.heldBy, ours.since, ours.inState) : now;
}

/** Each figure is well formed, cites known sources and measures known zones and outlines. */
export function checkFigureDefinitions(
  figures: readonly ReferenceFigure[],
  sources: ReadonlyMap<string, Source>,
  m: Measured,
): string[] {
  const problems: string[] = [];
  figures.forEach((f, i) => {
    const where = `${FIGURES_FILE} figure ${i} (${f.measure})`;
    if (f.kind === 'range' && f.published.length !== 2)
      problems.push(`${where}: a range needs two published values`);
    for (const s of f.sources)
      if (!sources.has(s)) problems.push(`${where}: unknown source id "${s}"`);
    if ('outline' in f.ours && !m.outlineKm2.has(f.ours.outline))
      problems.push(`${where}: unknown outline ${f.ours.outline}`);
    if ('zones' in f.ours)
      for (const z of f.ours.zones)
        if (!m.zoneKm2.has(z)) problems.push(`${where}: unknown zone ${z}`);
  });
  return problems;
}

/** Figures with an accepted range must measure within it. */
export function checkAccepted(figures: readonly ReferenceFigure[], m: Measured): string[] {
  return figures.flatMap((f) => {
    if (!f.accept) return [];
    const v = measure(m, f.ours);
    return v >= f.accept.min && v <= f.accept.max
      ? []
      : [`${f.measure}: ${v.toFixed(1)} km² is outside [${f.accept.min}, ${f.accept.max}]`];
  });
}

/** On each change date, km² held by every controller in the zones. */
export function summaryRows(m: Measured, dates: readonly IsoDate[]) {
  return dates.map((date) => {
    const sums = Object.fromEntries(CONTROLLERS.map((c) => [c, 0])) as Record<Controller, number>;
    for (const f of featuresOn(m.features, date))
      sums[f.properties.controller] += m.zoneKm2.get(f.properties.zone) ?? 0;
    for (const c of CONTROLLERS) sums[c] = round1(sums[c]);
    return { date, km2: sums };
  });
}

function km2Text(v: number): string {
  return v >= 100 ? Math.round(v).toLocaleString('en-US') : String(round1(v));
}

function pct(computed: number, published: number): string {
  const d = ((computed - published) / published) * 100;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
}

/** One row: measure, computed, published, sources, difference. */
export function figureRow(f: ReferenceFigure, computed: number): string[] {
  const [lo = 0, hi = 0] = f.published;
  const published =
    f.published.length === 0
      ? 'none'
      : f.kind === 'range'
        ? `${km2Text(lo)}-${km2Text(hi)} km²`
        : `${f.published.map(km2Text).join(' / ')} km²`;
  const difference =
    f.published.length === 0
      ? ''
      : f.kind === 'range'
        ? computed >= lo && computed <= hi
          ? 'within'
          : pct(computed, computed < lo ? lo : hi)
        : f.published.map((p) => pct(computed, p)).join(' / ');
  const sources = f.sources.length > 0 ? f.sources.map((s) => `\`${s}\``).join(', ') : '(none yet)';
  return [f.measure, `${km2Text(computed)} km²`, published, sources, difference];
}

const HEADER = ['measure', 'computed', 'published', 'sources', 'difference'];

/** A Markdown table aligned as Prettier formats it, so the README stays Prettier-clean. */
export function figuresTable(rows: readonly string[][]): string {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, c) => Math.max(3, ...all.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - [...cell].length)).join(' | ')} |`;
  return [
    line(HEADER),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

export const TABLE_START = '<!-- reference-figures:start (generated by `npm run geo`) -->';
export const TABLE_END = '<!-- reference-figures:end -->';

/** The README with the text between the markers replaced by `table`. */
export function withFiguresTable(readme: string, table: string): string {
  const a = readme.indexOf(TABLE_START);
  const b = readme.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error(`README lacks the markers ${TABLE_START} ... ${TABLE_END}`);
  return readme.slice(0, a + TABLE_START.length) + '\n\n' + table + '\n\n' + readme.slice(b);
}
