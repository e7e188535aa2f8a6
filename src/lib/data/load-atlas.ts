/**
 * Loads what the atlas shows, in two steps. The first view's files (the map, its colours, fronts,
 * markers and labels, the timeline and legend) load in parallel, with progress, before the map
 * is drawn; the panel's files (bibliography, control periods' notes) load in a second step once
 * the first view is complete, or as soon as a panel asks for them, each checked when it loads.
 * A view's own file (claims.json) loads on the first switch to that view.
 * A missing or broken file becomes a clear error naming it, never a blank page.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type AtlasIndex, buildAtlasIndex } from '../domain/atlas-index';
import type { ControlPiece, ControlSummary, Front } from '../domain/control';
import type { ClaimFeature, ClaimProperties } from '../domain/claims';
import type { EventFeature } from '../domain/events';
import type { Place, Town } from '../domain/places';
import type { Capital, RelationsData } from '../domain/relations';
import type { ControlPeriodProperties, Source } from '../domain/types';
import {
  type BaseGeography,
  type CountryProperties,
  type Manifest,
  baseGeographyOf,
} from './atlas-data';
import { type TrustedDigests, fetchDataFile, fetchManifest } from './fetch-data';
import { FIRST_VIEW_FILES } from './files';

export interface AtlasData {
  manifest: Manifest;
  /**
   * The digests of the files the manifest lists, when it is the manifest this build was made
   * with (fetch-data.ts): files loaded later are made sure of by them too. Null otherwise.
   */
  trusted: TrustedDigests | null;
  /** Base-map countries (feature id = index), borders, coasts and country labels. */
  geography: BaseGeography;
  control: {
    pieces: ControlPiece[];
    fronts: Front[];
    summary: ControlSummary;
    /** Properties of control.geojson: each period with its precision and notes. */
    periods: ControlPeriodProperties[];
    /** The loaded GeoJSON, for the map's sources. */
    geometry: { pieces: FeatureCollection; fronts: FeatureCollection };
  };
  places: Place[];
  /** Reference lines drawn on request: the former NKAO's outline (reference-lines.geojson). */
  referenceLines: FeatureCollection;
  events: FeatureCollection<EventFeature['geometry'], EventFeature['properties']> & {
    features: EventFeature[];
  };
  relations: RelationsData;
  /** The bibliography: empty until the panel's files have loaded (see withPanelData). */
  sources: Map<string, Source>;
  /** ISO code of each base-map country feature, by feature id ('' where Natural Earth has none). */
  countryCodes: string[];
  capitals: Capital[];
  /** Everything above arranged for queries by id and by day, built once here. */
  index: AtlasIndex;
}

type PieceCollection = FeatureCollection<Polygon | MultiPolygon, Omit<ControlPiece, 'id'>>;

export { DATA_FILES, FIRST_VIEW_FILES, PANEL_FILES, VIEW_FILES, ZOOM_FILES } from './files';

/**
 * The gazetteer's towns (towns.json), loaded when the map is first zoomed in far enough to
 * show them (src/lib/map/town-loader.ts); checked like every file.
 */
export async function loadTowns(base: string, fresh = false): Promise<Town[]> {
  return (await fetchDataFile(base, 'towns.json', fresh)) as Town[];
}

/** The claims view's file: the collection for the map, and each feature's id and properties. */
export interface ClaimsData {
  collection: FeatureCollection;
  features: ClaimFeature[];
}

/** Loads and checks claims.json (on the first switch to the claims view). */
export async function loadClaimsData(
  base: string,
  trusted: TrustedDigests | null,
  fresh = false,
): Promise<ClaimsData> {
  const file = await fetchDataFile(base, 'claims.json', fresh, trusted);
  return {
    collection: file as FeatureCollection,
    features: file.features.map((f, i) => ({
      id: f.id ?? i,
      properties: f.properties as ClaimProperties,
    })),
  };
}

/** The panel's files, loaded in the second step. */
export interface PanelData {
  periods: ControlPeriodProperties[];
  sources: Source[];
}

/**
 * Loads and checks the first view's files; `fresh` bypasses the browser's HTTP cache (used by
 * Retry); `manifestDigest` is the digest of the manifest the app was built with (fetch-data.ts),
 * or null to check every file against its schema. The schema-checked values are given the domain's types here, the one place where they
 * meet (`schemas.test.ts` checks at compile time that the two agree). The result has no
 * bibliography or period notes yet: see loadPanelData and withPanelData.
 */
export async function loadAtlas(
  base: string,
  onProgress: (done: number, total: number) => void,
  fresh = false,
  manifestDigest: string | null = null,
): Promise<AtlasData> {
  let done = 0;
  const total = FIRST_VIEW_FILES.length;
  onProgress(0, total);
  const listing = fetchManifest(base, fresh, manifestDigest);
  // Each file is downloaded and digested at once; only the comparison waits for the manifest.
  const trusted = listing.then(
    (l) => l.trusted,
    () => null,
  );
  const load = <T>(file: Exclude<(typeof FIRST_VIEW_FILES)[number], 'manifest.json'>) =>
    fetchDataFile(base, file, fresh, trusted).then((value) => {
      onProgress(++done, total);
      return value as T;
    });
  const [
    { manifest },
    topology,
    pieces,
    fronts,
    summary,
    places,
    events,
    relations,
    referenceLines,
  ] = await Promise.all([
    listing.then((l) => {
      onProgress(++done, total);
      return l;
    }),
    load<
      Topology<{ countries: GeometryCollection<CountryProperties> }> & {
        water?: FeatureCollection;
      }
    >('base.json'),
    load<PieceCollection>('control-pieces.geojson'),
    load<FeatureCollection>('control-fronts.geojson'),
    load<ControlSummary>('control-summary.json'),
    load<Place[]>('places.json'),
    load<AtlasData['events']>('events.geojson'),
    load<RelationsData>('relations.json'),
    load<FeatureCollection>('reference-lines.geojson'),
  ]);
  const geography = baseGeographyOf(topology);
  const control: AtlasData['control'] = {
    pieces: pieces.features.map((f) => ({ ...f.properties, id: Number(f.id) }) as ControlPiece),
    fronts: fronts.features.map((f) => ({
      id: Number(f.id),
      a: Number(f.properties?.a),
      b: Number(f.properties?.b),
    })),
    summary,
    periods: [],
    geometry: { pieces, fronts },
  };
  const data: Omit<AtlasData, 'index'> = {
    manifest,
    trusted: await trusted,
    geography,
    control,
    places,
    referenceLines,
    events,
    relations,
    sources: new Map(),
    countryCodes: geography.countries.features.map((f) => f.properties.iso),
    capitals: places
      .filter((p) => p.kind === 'capital' && p.capitalOf)
      .map((p) => ({ country: p.capitalOf!, lon: p.lon, lat: p.lat })),
  };
  return { ...data, index: indexOf(data) };
}

function indexOf(data: Omit<AtlasData, 'index'>): AtlasIndex {
  return buildAtlasIndex({
    firstDay: data.manifest.firstDay,
    verifiedThrough: data.manifest.verifiedThrough,
    pieces: data.control.pieces,
    controlPeriods: data.control.periods,
    places: data.places,
    events: data.events.features.map((f) => f.properties),
    relations: data.relations,
    sources: data.sources.values(),
    countries: data.geography.countries.features.map((f) => f.properties),
  });
}

/** Loads and checks the panel's files (the second step); `fresh` as for loadAtlas. */
export async function loadPanelData(
  base: string,
  trusted: TrustedDigests | null,
  fresh = false,
): Promise<PanelData> {
  const [periods, sources] = await Promise.all([
    fetchDataFile(base, 'control.geojson', fresh, trusted),
    fetchDataFile(base, 'sources.json', fresh, trusted),
  ]);
  return {
    periods: periods.features.map((f) => f.properties as ControlPeriodProperties),
    sources: sources as Source[],
  };
}

/** The atlas with the panel's files: the same first-view data, indexed again with them. */
export function withPanelData(atlas: AtlasData, panel: PanelData): AtlasData {
  const data: Omit<AtlasData, 'index'> = {
    ...atlas,
    control: { ...atlas.control, periods: panel.periods },
    sources: new Map(panel.sources.map((s) => [s.id, s])),
  };
  return { ...data, index: indexOf(data) };
}
