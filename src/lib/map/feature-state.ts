/**
 * The feature-state contract between painters and the style. Everything that changes with the
 * date, the focus or the pointer is feature-state, never data, so it repaints in one frame: this
 * table names, for each source, every key a painter may write and its type. Painters write only
 * through `writeState`, and style expressions read only through `readFlag` and `readText`, so a
 * key outside this table, or of the wrong type, is a type error; the tests check that the style
 * reads, and the painters write, exactly these keys.
 */
import type { ExpressionSpecification, FeatureIdentifier } from 'maplibre-gl';

export const FEATURE_STATE = {
  /** Control pieces (control-pieces.geojson). */
  control: {
    /** Controller on the day ('' where nobody is recorded). */
    controller: 'text',
    /** Control known only with low confidence. */
    low: 'flag',
    /** A typed transition of control (ceasefire and disarmament under way). */
    transition: 'flag',
    /** Held by a de facto authority. */
    dotted: 'flag',
    /** The recognised-borders view: the state the piece is recognised as part of ('' in other views). */
    recognised: 'text',
    hover: 'flag',
    /** While comparing two days: 'gained' or 'lost' by the holder shown (compare-painter.ts). */
    compare: 'text',
  },
  /** Boundaries between pieces (control-fronts.geojson). */
  fronts: {
    /** A front line on the day: two controllers meet here. */
    active: 'flag',
  },
  /** Base-map countries. */
  countries: {
    /** Relation to the focus country (null: no focus). */
    relation: 'text',
    /** A relation status that is also hatched. */
    relationHatch: 'flag',
    /** An alliance, also drawn with a grid. */
    relationGrid: 'flag',
    hover: 'flag',
  },
  /** Lines from the focus's capital to each followed state's capital. */
  'relation-lines': {
    status: 'text',
  },
  /** Claims (claims.json), loaded on the first switch to the claims view. */
  claims: {
    /** A claim's whole area: in force on the day, in the claims view. */
    shown: 'flag',
    /** A part of a claim: in force, in the claims view, and not held by the claimant. */
    contested: 'flag',
  },
  /** Event markers. */
  events: {
    /** Within the days around the event that it is shown. */
    near: 'flag',
  },
} as const;

type Contract = typeof FEATURE_STATE;
export type StatefulSource = keyof Contract;
type KeysOfKind<S extends StatefulSource, K> = {
  [Key in keyof Contract[S]]: Contract[S][Key] extends K ? Key : never;
}[keyof Contract[S]] &
  string;
export type FlagKey<S extends StatefulSource> = KeysOfKind<S, 'flag'>;
export type TextKey<S extends StatefulSource> = KeysOfKind<S, 'text'>;

/** The feature-state of one feature of a source, as painters write it. */
export type StateOf<S extends StatefulSource> = {
  [Key in FlagKey<S>]: boolean;
} & {
  [Key in TextKey<S>]: string | null;
};

/** The one map method painters use; a fake map in tests provides just this. */
export interface FeatureStateTarget {
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): void;
}

/** Writes part of a feature's state; the keys and their types are checked against the table. */
export function writeState<S extends StatefulSource>(
  map: FeatureStateTarget,
  source: S,
  id: number,
  state: Partial<StateOf<S>>,
): void {
  map.setFeatureState({ source, id }, state);
}

/**
 * `on` where the flag is set, else `off`. A feature without the state falls back to its property
 * of the same name: the look of the day the map opened on (baked-look.ts); without either it
 * counts as unset.
 */
export function readFlag<S extends StatefulSource>(
  _source: S,
  key: FlagKey<S>,
  on: number,
  off = 0,
): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', key], ['get', key], false], on, off];
}

/** The text state as a string; else the property of the same name; else '' (for `match`). */
export function readText<S extends StatefulSource>(
  _source: S,
  key: TextKey<S>,
): ExpressionSpecification {
  return ['coalesce', ['feature-state', key], ['get', key], ''];
}
