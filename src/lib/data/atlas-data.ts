/**
 * Fetching one published data file (same origin, so it works offline) with clear errors, and
 * turning the base-map TopoJSON into the GeoJSON layers the style draws. Geometry is converted
 * once at load; nothing is re-parsed per date.
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
import { type DataFile, type DataFileName, checkDataFile } from './schemas';
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

/** Why a data file could not be used, said for a reader; `file` names it. */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/**
 * Fetches one published file and checks it against its schema before anything uses it, so a
 * stale cache or a bad deploy gives a message naming the file instead of a broken map.
 * `fresh` asks the browser to bypass its HTTP cache (a Retry after a bad file).
 */
export async function fetchDataFile<F extends DataFileName>(
  base: string,
  file: F,
  fresh = false,
): Promise<DataFile<F>> {
  let response: Response;
  try {
    response = await fetch(`${base}${file}`, fresh ? { cache: 'reload' } : undefined);
  } catch {
    throw new DataLoadError(file, `The data file “${file}” could not be downloaded.`);
  }
  if (!response.ok) {
    throw new DataLoadError(
      file,
      `The data file “${file}” could not be downloaded (the server answered ${response.status}).`,
    );
  }
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataLoadError(file, `The data file “${file}” is damaged: it is not readable JSON.`);
  }
  const checked = checkDataFile(file, value);
  if (!checked.ok) {
    const where = checked.problems
      .slice(0, 3)
      .map((p) => (p.path ? `at ${p.path}: ${p.message}` : p.message))
      .join('; ');
    throw new DataLoadError(
      file,
      `The data file “${file}” does not have the content the atlas expects (${where}).`,
    );
  }
  return checked.value;
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
