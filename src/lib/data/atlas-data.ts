/**
 * The published files' types, and turning the base-map TopoJSON into the GeoJSON layers the
 * style draws. Geometry is converted once at load; nothing is re-parsed per date. Fetching and
 * checking a file is fetch-data.ts.
 */
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { IsoDate } from '../time/days';

export interface Manifest {
  version: string;
  firstDay: IsoDate;
  verifiedThrough: IsoDate;
  licences: Record<string, string>;
  /** Every other published file, with its size and hash. */
  files?: Record<string, { bytes: number; sha256: string }>;
}

export interface CountryProperties {
  name: string;
  iso: string;
  label: [number, number] | null;
  /** Area on the base map's outline, measured by the data build. */
  areaKm2: number;
}

export interface BaseGeography {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  /** Land borders between two countries. */
  borders: FeatureCollection<MultiLineString>;
  /** Country outlines that face the sea. */
  coasts: FeatureCollection<MultiLineString>;
  countryLabels: FeatureCollection<Point, { name: string; iso: string }>;
  /** Reference rivers (lines) and lakes (polygons), `kind` says which; may be absent. */
  water?: FeatureCollection;
}

type BaseTopology = Topology<{ countries: GeometryCollection<CountryProperties> }> & {
  water?: FeatureCollection;
};

/** Turns the published TopoJSON into the GeoJSON layers the base style draws. */
export function baseGeographyOf(topology: BaseTopology): BaseGeography {
  const object = topology.objects.countries;
  const all = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProperties
  >;
  const countries: BaseGeography['countries'] = {
    type: 'FeatureCollection',
    features: all.features.filter((f) => f.geometry).map((f, i) => ({ ...f, id: i })),
  };
  const asCollection = (geometry: MultiLineString): FeatureCollection<MultiLineString> => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry }],
  });
  const labels: Feature<Point, { name: string; iso: string }>[] = countries.features.flatMap((f) =>
    f.properties.label
      ? [
          {
            type: 'Feature',
            properties: { name: f.properties.name, iso: f.properties.iso },
            geometry: { type: 'Point', coordinates: f.properties.label },
          },
        ]
      : [],
  );
  return {
    countries,
    borders: asCollection(mesh(topology, object, (a, b) => a !== b)),
    coasts: asCollection(mesh(topology, object, (a, b) => a === b)),
    countryLabels: { type: 'FeatureCollection', features: labels },
    ...(topology.water ? { water: topology.water } : {}),
  };
}
