/**
 * The shapes of the files in public/data, defined once. The app checks each file against its
 * schema before use, and the data build checks what it writes against the same schemas, so the
 * two cannot drift. Checks stay shallow where a file is large and regular (the base map's arcs
 * are checked as arrays of number pairs, not point by point against the world), so validation
 * costs little of the first load.
 */
import * as v from 'valibot';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isoDay = v.pipe(v.string(), v.regex(ISO_DAY, 'expected a day written YYYY-MM-DD'));
const text = v.pipe(v.string(), v.minLength(1, 'expected a non-empty text'));
const ids = v.array(text);
const precision = v.picklist(['day', 'month', 'year']);
// Control periods may also be dated by an announcement (see DatePrecision).
const controlPrecision = v.picklist(['day', 'month', 'year', 'announced']);
const phase = v.picklist(['disarmament']);
const confidence = v.picklist(['high', 'medium', 'low']);
const controller = v.picklist(['AZ', 'AM', 'GE', 'NKR', 'ABK', 'OSS', 'RU-PKF']);
const pieceState = v.picklist(['AZ', 'AM', 'GE']);
const otherNames = v.record(v.string(), v.string());
const lonLat = v.tuple([v.number(), v.number()]);
const ring = v.array(lonLat);
const polygonal = v.union([
  v.object({ type: v.literal('Polygon'), coordinates: v.array(ring) }),
  v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(ring)) }),
]);

function collection<G extends v.GenericSchema, P extends v.GenericSchema>(
  geometry: G,
  properties: P,
) {
  return v.object({
    type: v.literal('FeatureCollection'),
    features: v.array(
      v.object({
        type: v.literal('Feature'),
        id: v.optional(v.number()),
        geometry,
        properties,
      }),
    ),
  });
}

export const manifestSchema = v.object({
  version: text,
  firstDay: isoDay,
  verifiedThrough: isoDay,
  licences: v.record(v.string(), v.string()),
  files: v.optional(v.record(v.string(), v.object({ bytes: v.number(), sha256: v.string() }))),
});

export const baseSchema = v.object({
  type: v.literal('Topology'),
  transform: v.object({ scale: lonLat, translate: lonLat }),
  objects: v.object({
    countries: v.object({
      type: v.literal('GeometryCollection'),
      geometries: v.array(
        v.object({
          type: v.picklist(['Polygon', 'MultiPolygon']),
          arcs: v.array(v.unknown()),
          properties: v.object({
            name: v.string(),
            iso: v.string(),
            label: v.nullable(lonLat),
            areaKm2: v.nullable(v.number()),
          }),
        }),
      ),
    }),
  }),
  arcs: v.array(v.array(lonLat)),
  /** Reference rivers and lakes (Natural Earth), drawn beneath the control layer. */
  water: v.optional(
    v.object({
      type: v.literal('FeatureCollection'),
      features: v.array(
        v.object({
          type: v.literal('Feature'),
          properties: v.object({
            kind: v.picklist(['river', 'lake']),
            name: v.string(),
            scalerank: v.number(),
          }),
          geometry: v.object({
            type: v.picklist(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
            coordinates: v.array(v.unknown()),
          }),
        }),
      ),
    }),
  ),
});

const timelineEntry = v.object({
  from: isoDay,
  to: v.nullable(isoDay),
  controller,
  confidence,
  sources: ids,
  // Derived by the app (`periodId`), so not published; accepted for older files.
  period: v.optional(v.nullable(text)),
  phase: v.optional(phase),
});

export const piecesSchema = collection(
  polygonal,
  v.object({
    piece: text,
    state: pieceState,
    name: text,
    names: otherNames,
    native: otherNames,
    timeline: v.pipe(v.array(timelineEntry), v.minLength(1, 'expected at least one period')),
    areaKm2: v.number(),
  }),
);

export const frontsSchema = collection(
  v.object({ type: v.literal('MultiLineString'), coordinates: v.array(ring) }),
  v.object({ a: v.number(), b: v.number() }),
);

export const controlSchema = collection(
  polygonal,
  v.object({
    id: text,
    zone: text,
    name: text,
    names: otherNames,
    controller,
    from: isoDay,
    to: v.nullable(isoDay),
    datePrecision: v.object({ from: controlPrecision, to: v.nullable(controlPrecision) }),
    sources: ids,
    confidence,
    note: v.optional(v.string()),
    phase: v.optional(phase),
  }),
);

export const summarySchema = v.object({
  changeDates: v.array(isoDay),
  rows: v.array(v.object({ date: isoDay, km2: v.record(v.string(), v.number()) })),
});

export const placesSchema = v.array(
  v.object({
    id: text,
    kind: v.picklist(['capital', 'de-facto-capital', 'town', 'village']),
    country: text,
    capitalOf: v.optional(text),
    name: text,
    names: otherNames,
    native: otherNames,
    lat: v.number(),
    lon: v.number(),
    sources: ids,
    zone: v.optional(text),
    note: v.optional(v.string()),
  }),
);

const reading = v.object({ text, sources: ids });
// Optional here because only some kinds carry it; the data build requires it on every
// `control` event and checks each entry against the control data (geo/events/control-links.ts).
const controlChange = v.object({ zone: text, to: controller, day: isoDay });

export const eventsSchema = collection(
  v.object({ type: v.literal('Point'), coordinates: lonLat }),
  v.object({
    id: text,
    date: isoDay,
    datePrecision: precision,
    endDate: v.optional(isoDay),
    title: text,
    summary: text,
    kind: v.picklist(['control', 'diplomacy', 'agreement', 'conflict', 'statement', 'other']),
    concerns: v.object({ countries: ids, zones: ids, places: ids }),
    controlChanges: v.optional(v.array(controlChange)),
    place: text,
    sources: ids,
    confidence,
    key: v.optional(v.boolean()),
    readings: v.optional(v.array(reading)),
    note: v.optional(v.string()),
  }),
);

const status = v.picklist([
  'non-recognition',
  'no-relations',
  'relations',
  'strategic-partnership',
  'alliance',
]);

export const relationsSchema = v.object({
  countries: v.array(
    v.object({
      code: text,
      name: text,
      independence: v.nullable(isoDay),
      sources: ids,
      recognisedTerritorySources: v.optional(ids),
      note: v.optional(v.string()),
    }),
  ),
  relations: v.array(
    v.object({
      a: text,
      b: text,
      status,
      from: isoDay,
      to: v.nullable(isoDay),
      datePrecision: precision,
      diplomaticRelations: v.boolean(),
      sources: ids,
      confidence,
      note: v.optional(v.string()),
      notRecognisedBy: v.optional(text),
    }),
  ),
  rules: v.array(
    v.object({
      id: text,
      kind: v.literal('recognition'),
      subject: text,
      from: isoDay,
      to: v.nullable(isoDay),
      datePrecision: precision,
      appliesTo: ids,
      except: ids,
      sources: ids,
      confidence,
      note: v.optional(v.string()),
    }),
  ),
  entities: v.array(
    v.object({
      id: v.picklist(['ABK', 'OSS', 'NKR']),
      name: text,
      withinState: text,
      from: isoDay,
      to: v.nullable(isoDay),
      datePrecision: precision,
      sources: ids,
      note: v.optional(v.string()),
      noRecognition: v.optional(v.object({ note: text, sources: ids })),
    }),
  ),
  recognitions: v.array(
    v.object({
      subject: v.picklist(['ABK', 'OSS', 'NKR']),
      by: text,
      from: isoDay,
      to: v.nullable(isoDay),
      datePrecision: precision,
      sources: ids,
      confidence,
      note: v.optional(v.string()),
    }),
  ),
  statusOrder: v.array(status),
});

/** Only http(s) addresses: a reader's click must never run script from the data. */
const address = v.pipe(v.string(), v.regex(/^https?:\/\//, 'expected an http(s) address'));

export const sourcesSchema = v.array(
  v.object({
    id: text,
    title: text,
    publisher: text,
    date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
    url: v.nullable(address),
    isbn: v.optional(text),
    doi: v.optional(text),
    symbol: v.optional(text),
    note: v.optional(v.string()),
    accessed: v.optional(isoDay),
    type: v.optional(v.picklist(['official', 'news', 'encyclopedia', 'scholarly'])),
    affiliation: v.optional(v.picklist(['independent', 'party'])),
    partyOf: v.optional(text),
  }),
);

const claimant = v.picklist(['SU', 'AZ', 'AM', 'GE', 'NKR', 'ABK', 'OSS', 'IN', 'PK']);

export const claimsSchema = collection(
  polygonal,
  v.variant('kind', [
    v.object({
      kind: v.literal('claim'),
      claim: text,
      claimant,
      name: text,
      from: isoDay,
      to: v.nullable(isoDay),
      sources: v.pipe(ids, v.minLength(1, 'expected at least one source')),
      note: v.optional(v.string()),
    }),
    v.object({
      kind: v.literal('part'),
      claim: text,
      claimant,
      piece: v.nullable(text),
      holder: v.nullable(v.string()),
    }),
  ]),
);
/** Reference lines drawn on request (geo/base/reference-lines.ts): the former NKAO's outline. */
export const referenceLinesSchema = collection(
  v.object({ type: v.literal('LineString'), coordinates: ring }),
  v.object({
    id: text,
    name: text,
    from: isoDay,
    to: isoDay,
    sources: v.pipe(ids, v.minLength(1, 'expected at least one source')),
    approximation: text,
  }),
);

/**
 * The gazetteer's towns not already in the place registry (geo/places/gazetteer/), loaded when
 * the map is first zoomed in far enough to show them. Unlabelled: no name per convention is
 * sourced for them, so only GeoNames' own name is kept, for reuse, and never shown. Beside them,
 * the checked villages (geo/places/villages.ts), with names per convention and their sources.
 */
export const townsSchema = v.array(
  v.union([
    v.object({
      id: text,
      class: v.picklist(['capital', 'regional-centre', 'town']),
      country: pieceState,
      lat: v.number(),
      lon: v.number(),
      geonamesId: v.number(),
      geonamesName: text,
    }),
    v.object({
      id: text,
      class: v.literal('village'),
      country: pieceState,
      lat: v.number(),
      lon: v.number(),
      name: text,
      names: otherNames,
      native: otherNames,
      district: text,
      sources: v.pipe(ids, v.minLength(1, 'expected a source')),
    }),
  ]),
);

const storySentence = v.object({ text, sources: v.pipe(ids, v.minLength(1, 'expected a source')) });

/** Guided stories (geo/stories/README.md); loaded only when a story is opened. */
export const storiesSchema = v.object({
  stories: v.array(
    v.object({
      id: text,
      title: text,
      steps: v.pipe(
        v.array(
          v.object({
            date: isoDay,
            view: v.optional(v.picklist(['control', 'recognised', 'claims'])),
            map: v.union([
              v.object({ zoom: v.number(), lat: v.number(), lon: v.number() }),
              v.object({ bbox: v.tuple([v.number(), v.number(), v.number(), v.number()]) }),
            ]),
            layers: v.optional(v.array(v.picklist(['control', 'relations', 'events']))),
            focus: v.optional(text),
            select: v.optional(text),
            text: v.pipe(v.array(storySentence), v.minLength(1, 'expected a sentence')),
          }),
        ),
        v.minLength(1, 'expected at least one step'),
      ),
    }),
  ),
});

/** The schema of each published file, by file name. */
export const DATA_SCHEMAS = {
  'manifest.json': manifestSchema,
  'base.json': baseSchema,
  'control-pieces.geojson': piecesSchema,
  'control-fronts.geojson': frontsSchema,
  'control-summary.json': summarySchema,
  'control.geojson': controlSchema,
  'places.json': placesSchema,
  'events.geojson': eventsSchema,
  'relations.json': relationsSchema,
  'sources.json': sourcesSchema,
  'claims.json': claimsSchema,
  'stories.json': storiesSchema,
  'reference-lines.geojson': referenceLinesSchema,
  'towns.json': townsSchema,
} as const;

export type DataFileName = keyof typeof DATA_SCHEMAS;
export type DataFile<F extends DataFileName> = v.InferOutput<(typeof DATA_SCHEMAS)[F]>;

/** A failed check, said so that a reader (not only a developer) can tell what is wrong. */
export interface SchemaProblem {
  /** Where in the file, as a path such as `features[3].properties.date` (empty: the whole file). */
  path: string;
  message: string;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Valibot's messages are for developers ("Invalid key: Expected ..."); say it plainly. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined) return 'is missing';
  if (issue.kind === 'validation') return issue.message;
  const found = Array.isArray(issue.input) ? 'a list' : typeof issue.input;
  return `expected ${issue.expected ?? 'another value'}, found ${found === 'object' && issue.input === null ? 'nothing' : found}`;
}

/** Checks `value` against the schema of `file`; returns it typed, or the first few problems. */
export function checkDataFile<F extends DataFileName>(
  file: F,
  value: unknown,
): { ok: true; value: DataFile<F> } | { ok: false; problems: SchemaProblem[] } {
  const result = v.safeParse(DATA_SCHEMAS[file], value, { abortPipeEarly: true });
  // The checked input itself, not valibot's copy: the copy would drop keys a schema does not
  // list, and copying the base map costs time on the first load.
  if (result.success) return { ok: true, value: value as DataFile<F> };
  return {
    ok: false,
    problems: result.issues.slice(0, 5).map((issue) => ({
      path: pathOf(issue),
      message: plainMessage(issue),
    })),
  };
}
