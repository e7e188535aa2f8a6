/**
 * The reference lines: the outline of the former Nagorno-Karabakh Autonomous Oblast as a thin
 * line the user can switch on (public/data/reference-lines.geojson). The line is the control
 * zones' own authored outline (`nkao` in geo/control/zones/outlines.geojson, with its stated
 * approximation), so it is labelled as approximate and ours. Its dates are those of the oblast:
 * created on 7 July 1923 (`worldlibrary-nkao`), abolished on the day of the event record
 * `nkao-autonomy-abolished` (geo/events/events.json, `ev-academic-nkao`); the app shows it by
 * default on days before that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { BuildContext } from '../lib/context';
import { jsonText, roundCoord } from '../lib/context';

import { NKAO_LINE_LABEL } from '../../src/lib/domain/reference-lines';

const CREATED = '1923-07-07';
const CREATED_SOURCES = ['worldlibrary-nkao'];
const ABOLITION_EVENT = 'nkao-autonomy-abolished';

interface EventRecord {
  id: string;
  date: string;
  sources: string[];
}

/** The published file's text, and every problem found (a missing outline, event or source). */
export function referenceLines(ctx: BuildContext): { text: string | null; problems: string[] } {
  const problems: string[] = [];
  const outlines = JSON.parse(
    readFileSync(join(ctx.root, 'geo', 'control', 'zones', 'outlines.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon, { id: string; approximation: string }>;
  const events = JSON.parse(
    readFileSync(join(ctx.root, 'geo', 'events', 'events.json'), 'utf8'),
  ) as EventRecord[];
  const outline = outlines.features.find((f) => f.properties.id === 'nkao');
  const abolished = events.find((e) => e.id === ABOLITION_EVENT);
  if (!outline)
    problems.push('reference lines: no `nkao` outline in geo/control/zones/outlines.geojson');
  if (!abolished)
    problems.push(`reference lines: no event ${ABOLITION_EVENT} in geo/events/events.json`);
  if (!outline || !abolished) return { text: null, problems };
  const sources = [...CREATED_SOURCES, ...abolished.sources];
  for (const id of sources) {
    if (!ctx.sources.has(id)) problems.push(`reference lines: unknown source ${id}`);
  }
  const feature: Feature = {
    type: 'Feature',
    id: 0,
    properties: {
      id: 'nkao',
      name: NKAO_LINE_LABEL,
      from: CREATED,
      to: abolished.date,
      sources,
      approximation: outline.properties.approximation,
    },
    geometry: {
      type: 'LineString',
      coordinates: outline.geometry.coordinates[0]!.map(([lon, lat]) => [
        roundCoord(lon!),
        roundCoord(lat!),
      ]),
    },
  };
  ctx.log(`reference-lines.geojson: the former NKAO, ${abolished.date} abolished`);
  return { text: jsonText({ type: 'FeatureCollection', features: [feature] }), problems };
}
