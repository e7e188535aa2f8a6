/**
 * The control part of the data build, in named stages:
 *
 *   load authored zones -> clip and cut (partition) -> pieces -> timelines -> summary and
 *   reference figures -> fronts -> publish
 *
 * It publishes control.geojson (one feature per zone and period), control-pieces.geojson (every
 * piece of land of AM, AZ and GE with its timeline), control-fronts.geojson (the boundaries
 * between pieces) and control-summary.json (km² per controller on each change date), and
 * rewrites the reference-figures table of geo/control/README.md. Every problem found is
 * returned; files are only produced when the stages they depend on succeeded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_DAY } from '../config';
import {
  featureCollectionText,
  jsonText,
  type BuildContext,
  type PartOutput,
} from '../lib/context';
import { loadPlaces } from '../places/build';
import { loadAuthoredZones } from './authored';
import {
  checkAccepted,
  checkFigureDefinitions,
  figureRow,
  figuresTable,
  heldKm2,
  loadReferenceFigures,
  measure,
  summaryRows,
  withFiguresTable,
  type Measured,
} from './figures';
import { checkDanglingShare, checkFrontSides, checkSlivers, measureSides } from './boundaries';
import { frontFeatures } from './fronts';
import { cutPartition, km2, loadStateOutlines, type Partition } from './geometry';
import { PERIODS } from './periods';
import { checkContains, checkPieces, cutPieces } from './pieces';
import { changeDates, checkTimelines, periodFeatures, pieceFeatures } from './timelines';

export const README = join('geo', 'control', 'README.md');

export async function build(ctx: BuildContext): Promise<PartOutput> {
  // Load authored zones.
  const authored = loadAuthoredZones(ctx.root);
  if (authored.problems.length > 0) return { files: {}, problems: authored.problems };
  const { zones, outlines } = authored;

  // Clip and cut: each zone's raw shape, clipped, minus every earlier zone.
  let partition: Partition;
  try {
    partition = cutPartition(zones, outlines, loadStateOutlines(ctx.root));
  } catch (e) {
    return { files: {}, problems: [(e as Error).message] };
  }

  // Pieces, and the places each zone must contain.
  const pieces = cutPieces(partition);
  const problems = [...checkPieces(pieces), ...checkContains(zones, pieces, loadPlaces(ctx.root))];

  // Timelines: authored periods joined to the pieces.
  const periods = periodFeatures(zones, pieces, PERIODS);
  const features = periods.features;
  problems.push(...periods.problems);
  problems.push(
    ...checkTimelines(
      features,
      zones.map((z) => z.id),
      ctx.sources,
      FIRST_DAY,
      ctx.verifiedThrough,
    ),
  );
  if (problems.length > 0) return { files: {}, problems };

  // Summary and reference figures.
  const measured: Measured = {
    zoneKm2: new Map(pieces.map((p) => [p.id, km2(p.geometry)])),
    zoneState: new Map(zones.map((z) => [z.id, z.state])),
    outlineKm2: new Map(Object.entries(partition.outlines).map(([id, g]) => [id, km2(g)])),
    features,
  };
  const dates = changeDates(features);
  const figures = loadReferenceFigures(ctx.root);
  problems.push(...checkFigureDefinitions(figures, ctx.sources, measured));
  problems.push(...checkAccepted(figures, measured));
  const nkrAfter = heldKm2(measured, 'NKR', '2023-10-01') + heldKm2(measured, 'NKR', '2024-06-01');
  if (nkrAfter > 0) problems.push(`NKR still holds ${nkrAfter.toFixed(1)} km² after Sep 2023`);
  const rows = figures.map((f) => figureRow(f, measure(measured, f.ours)));
  ctx.log('control: areas computed vs published');
  for (const [label, computed, published, , difference] of rows)
    ctx.log(`  ${label}: ${computed} vs ${published}${difference ? ` (${difference})` : ''}`);
  if (problems.length > 0) return { files: {}, problems };

  // Fronts: every shown front separates different controllers, and no piece is a sliver.
  const fronts = frontFeatures(pieces);
  ctx.log(
    `control: ${zones.length} zones, ${features.length} periods, ${pieces.length} pieces, ` +
      `${fronts.length} fronts, ${dates.length} change dates`,
  );
  const published = pieceFeatures(pieces, features, FIRST_DAY);
  const timed = published.map((f) => ({
    id: f.properties.piece,
    geometry: f.geometry,
    timeline: f.properties.timeline,
  }));
  const lines = fronts.map((f) => ({ ...f.properties, geometry: f.geometry }));
  const sides = measureSides(timed, lines, dates);
  const pct = (km: number): string => `${((100 * km) / sides.activeKm).toFixed(3)}%`;
  ctx.log(
    `control: fronts shown ${Math.round(sides.activeKm)} km over the change dates; same ` +
      `controller on both sides: ${pct(sides.danglingKm)}, away from line ends and corners ` +
      `${pct(sides.danglingClearKm)}`,
  );
  problems.push(
    ...checkFrontSides(timed, lines, dates, sides),
    ...checkDanglingShare(sides),
    ...checkSlivers(pieces),
  );
  if (problems.length > 0) return { files: {}, problems };
  const readme = readFileSync(join(ctx.root, README), 'utf8');
  return {
    files: {
      'control.geojson': featureCollectionText(features),
      'control-pieces.geojson': featureCollectionText(published),
      'control-fronts.geojson': featureCollectionText(fronts),
      'control-summary.json': jsonText(
        { changeDates: dates, rows: summaryRows(measured, dates) },
        1,
      ),
    },
    docs: { [README]: withFiguresTable(readme, figuresTable(rows)) },
    problems: [],
  };
}
