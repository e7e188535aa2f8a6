/**
 * What the map needs of the loaded atlas, and the GeoJSON its sources are built from. The data
 * module knows nothing of the map; this is where its fields become sources.
 */
import type { FeatureCollection } from 'geojson';
import type { ControlPiece, Front } from '../domain/control';
import type { EventFeature } from '../domain/events';
import { labelRanks } from '../domain/label-rank';
import { type Place, placeName } from '../domain/places';
import type { Capital, RelationsIndex } from '../domain/relations';
import type { NamingConvention } from '../domain/types';
import type { BaseGeography } from '../data/atlas-data';
import type { Selection } from '../domain/selection';
import { EMPTY, type StyleData } from './style/sources';
import { bakedSources } from './baked-look';
import type { DayNumber } from '../time/days';
import type { ViewId } from '../state/url';

export interface MapData {
  geography: BaseGeography;
  control: {
    pieces: readonly ControlPiece[];
    fronts: readonly Front[];
    geometry: { pieces: FeatureCollection; fronts: FeatureCollection };
  };
  places: readonly Place[];
  /** The former NKAO's outline (reference-lines.geojson); none in older fixtures. */
  referenceLines?: FeatureCollection;
  events: FeatureCollection & { features: EventFeature[] };
  /** The loaded data's index, built once at load; the map reads relations from it. */
  index: { relations: RelationsIndex };
  /** ISO code of each base-map country feature, by feature id ('' where there is none). */
  countryCodes: readonly string[];
  capitals: readonly Capital[];
}

/** Label priorities by place id, computed once per loaded data (label-rank.ts). */
const rankCache = new WeakMap<readonly Place[], Map<string, number>>();

/** What the place labels are made from: the places, and the events that happen at them. */
export interface LabelData {
  places: readonly Place[];
  events: { features: readonly EventFeature[] };
}

function ranksOf(data: LabelData): Map<string, number> {
  let ranks = rankCache.get(data.places);
  if (!ranks) {
    ranks = labelRanks(
      data.places,
      data.events.features.map((e) => e.properties.place),
    );
    rankCache.set(data.places, ranks);
  }
  return ranks;
}

/**
 * Place labels in a naming convention: the convention's usage where it differs, else the name;
 * `rank` is the label's priority where labels collide (lower first).
 */
export function placeLabels(data: LabelData, convention: NamingConvention): FeatureCollection {
  const ranks = ranksOf(data);
  return {
    type: 'FeatureCollection',
    features: data.places.map((p, i) => ({
      type: 'Feature',
      id: i,
      properties: {
        id: p.id,
        kind: p.kind,
        label: placeName(p, convention),
        rank: ranks.get(p.id) ?? 0,
      },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

/** The style's data for a map opening on `day` in `convention`. */
export function styleDataOf(
  data: MapData,
  convention: NamingConvention,
  day: DayNumber,
  view: ViewId = 'control',
): StyleData {
  const baked = bakedSources(data.control, data.events.features, day, view === 'recognised');
  return {
    countries: data.geography.countries,
    borders: data.geography.borders,
    coasts: data.geography.coasts,
    countryLabels: data.geography.countryLabels,
    water: data.geography.water ?? EMPTY,
    referenceLines: data.referenceLines ?? EMPTY,
    controlPieces: baked.controlPieces,
    controlFronts: baked.controlFronts,
    places: placeLabels(data, convention),
    events: baked.events,
  };
}

/** The outline drawn around a selected zone or country; other selections draw none. */
export function selectionOutline(data: MapData, selection: Selection | null): FeatureCollection {
  if (selection?.kind === 'zone') {
    const feature = data.control.geometry.pieces.features.find(
      (f) => f.properties?.piece === selection.id,
    );
    return feature ? { type: 'FeatureCollection', features: [feature] } : EMPTY;
  }
  if (selection?.kind === 'country') {
    const features = data.geography.countries.features.filter(
      (f) => f.properties.iso === selection.id,
    );
    return { type: 'FeatureCollection', features };
  }
  return EMPTY;
}
