/** What the map's sources are built from the loaded data, in the chosen naming convention. */
import type { FeatureCollection } from 'geojson';
import type { AtlasData } from '../data/load-atlas';
import { type Place, placeName } from '../domain/places';
import type { NamingConvention } from '../domain/types';
import type { StyleData } from './style';

/** Place labels in a naming convention: the convention's usage where it differs, else the name. */
export function placeLabels(
  places: readonly Place[],
  convention: NamingConvention,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((p, i) => ({
      type: 'Feature',
      id: i,
      properties: { id: p.id, kind: p.kind, label: placeName(p, convention) },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

export function styleDataOf(data: AtlasData, convention: NamingConvention): StyleData {
  return {
    ...data.geography,
    controlPieces: data.control.geometry.pieces,
    controlFronts: data.control.geometry.fronts,
    places: placeLabels(data.places, convention),
    events: data.events,
  };
}
