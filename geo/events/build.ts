/**
 * Builds public/data/events.geojson from geo/events/events.json: one Point feature per event at
 * the coordinates of its place, ordered by date then slug, with a numeric id derived from the
 * slug (stable when other events are added).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventFeature, EventProperties } from '../../src/lib/domain/events';
import { numericEventId } from '../../src/lib/domain/events';
import type { Place } from '../../src/lib/domain/places';
import {
  type BuildContext,
  type PartOutput,
  featureCollectionText,
  roundCoord,
} from '../lib/context';
import { loadAuthoredZones } from '../control/authored';
import { PERIODS } from '../control/periods';
import { loadPlaces } from '../places/build';
import { validateEvents } from './validate';

export function loadEvents(root: string): EventProperties[] {
  return JSON.parse(
    readFileSync(join(root, 'geo', 'events', 'events.json'), 'utf8'),
  ) as EventProperties[];
}

/** The published properties: fixed key order, optional keys only when set. */
function publishProperties(e: EventProperties): EventProperties {
  return {
    id: e.id,
    date: e.date,
    datePrecision: e.datePrecision,
    ...(e.endDate ? { endDate: e.endDate } : {}),
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    concerns: {
      countries: [...e.concerns.countries],
      zones: [...e.concerns.zones],
      places: [...e.concerns.places],
    },
    ...(e.controlChanges
      ? { controlChanges: e.controlChanges.map((c) => ({ zone: c.zone, to: c.to, day: c.day })) }
      : {}),
    place: e.place,
    sources: [...e.sources],
    confidence: e.confidence,
    ...(e.key === true ? { key: true } : {}),
    ...(e.readings
      ? { readings: e.readings.map((r) => ({ text: r.text, sources: [...r.sources] })) }
      : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}

/** Features in stable order: by date, then by slug. */
export function eventFeatures(
  events: readonly EventProperties[],
  places: readonly Place[],
): EventFeature[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => {
      const place = byId.get(e.place)!;
      return {
        type: 'Feature',
        id: numericEventId(e.id),
        geometry: { type: 'Point', coordinates: [roundCoord(place.lon), roundCoord(place.lat)] },
        properties: publishProperties(e),
      };
    });
}

export async function build(ctx: BuildContext): Promise<PartOutput> {
  // The places are validated (and reported) by their own part; events only need their ids.
  const places = loadPlaces(ctx.root);
  const events = loadEvents(ctx.root);
  // Zone ids must match geo/control, so a click on a zone finds the events about it; the
  // control changes events report must be those of geo/control/periods.ts, and every change
  // there must have an event (control-links.ts).
  const problems = validateEvents(
    events,
    places,
    ctx.sources,
    ctx.verifiedThrough,
    new Set(loadAuthoredZones(ctx.root).zones.map((z) => z.id)),
    PERIODS,
  );
  if (problems.length > 0) return { files: {}, problems };
  const features = eventFeatures(events, places);
  ctx.log(`events: ${features.length} events`);
  return { files: { 'events.geojson': featureCollectionText(features) }, problems: [] };
}
