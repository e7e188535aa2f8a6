/**
 * Bilateral relations among the ten states the atlas follows, and the world-level rule for the
 * recognition of Armenia: the shapes of public/data/relations.json and pure lookups on them.
 *
 * Dates are ISO calendar days; every period is half-open: `from` is its first day, `to` the first
 * day after it, `to: null` for "still so" (see src/lib/time/days.ts). Nothing here reads the clock.
 */
import type { DatePrecision, DayNumber, IsoDate } from '../time/days';
import { toDay } from '../time/days';
import type { Confidence, CountryCode } from './types';

/** Statuses of a pair of states, from lowest to highest; a pair has exactly one per day. */
export const STATUS_ORDER = [
  'non-recognition',
  'no-relations',
  'relations',
  'strategic-partnership',
  'alliance',
] as const;

/**
 * - `non-recognition`: one side does not recognise the other (`notRecognisedBy` says which);
 * - `no-relations`: mutual recognition, no diplomatic relations;
 * - `relations`: diplomatic relations;
 * - `strategic-partnership`: relations plus a partnership both governments have declared;
 * - `alliance`: relations plus a mutual-defence commitment (a shared collective security treaty
 *   or a bilateral alliance).
 */
export type RelationStatus = (typeof STATUS_ORDER)[number];

/** The statuses that only exist on top of diplomatic relations (the precedence rule). */
export const STATUSES_REQUIRING_RELATIONS: readonly RelationStatus[] = [
  'relations',
  'strategic-partnership',
  'alliance',
];

export interface CountryRecord {
  code: CountryCode;
  name: string;
  /**
   * The day the atlas counts the state as independent, or null for a state that existed
   * throughout the atlas period (before 1988). Pairs have no record before it.
   */
  independence: IsoDate | null;
  sources: string[];
  /**
   * For the states whose territory the control layer divides into zones (AM, AZ, GE): sources
   * saying which territory is internationally recognised as theirs, cited by the panel wherever
   * it says a zone lies, as recognised, in that state.
   */
  recognisedTerritorySources?: string[];
  note?: string;
}

/** One status of one pair over one half-open period. `a` and `b` are unordered. */
export interface RelationPeriod {
  a: CountryCode;
  b: CountryCode;
  status: RelationStatus;
  /** First day of the period. */
  from: IsoDate;
  /** First day after the period, or null when it still holds. */
  to: IsoDate | null;
  /** How exactly `from` is known. */
  datePrecision: DatePrecision;
  /**
   * Whether the two states had diplomatic relations in this period. Redundant with `status`
   * on purpose: the build checks that the two agree (no partnership or alliance without
   * relations).
   */
  diplomaticRelations: boolean;
  sources: string[];
  confidence: Confidence;
  note?: string;
  /** Present exactly when `status` is `non-recognition`: the side that withholds recognition. */
  notRecognisedBy?: CountryCode;
}

/**
 * A world-level record: during [from, to), every UN member state listed in `appliesTo`
 * recognised `subject`, except the states in `except`, which did not. It says nothing about
 * diplomatic relations. Pairs of the ten followed states take precedence over it where they
 * have a record.
 */
export interface RecognitionRule {
  id: string;
  kind: 'recognition';
  subject: CountryCode;
  from: IsoDate;
  to: IsoDate | null;
  datePrecision: DatePrecision;
  /** ISO codes of the UN member states the rule speaks about (the subject itself excluded). */
  appliesTo: CountryCode[];
  /** States among `appliesTo` that did not recognise the subject during the period. */
  except: CountryCode[];
  sources: string[];
  confidence: Confidence;
  note?: string;
}

export interface RelationsData {
  countries: CountryRecord[];
  relations: RelationPeriod[];
  rules: RecognitionRule[];
  statusOrder: RelationStatus[];
}

export type NotIndependent = { kind: 'not-independent' };
export type NoData = { kind: 'no-data' };

/** What the data says about a pair on a day. */
export type PairLookup = RelationPeriod | NotIndependent | NoData;

/**
 * How a country is coloured with a focus country selected: a pair status; `recognised` (by the
 * world rule, relations not followed); `focus` for the focus itself; `not-independent` before
 * the focus or the other state was independent; `no-data` when the atlas claims nothing.
 */
export type FocusStatus = RelationStatus | 'recognised' | 'focus' | 'not-independent' | 'no-data';

/** 0 for `non-recognition` up to 4 for `alliance`. */
export function statusRank(status: RelationStatus): number {
  return STATUS_ORDER.indexOf(status);
}

export function isRelationPeriod(value: PairLookup): value is RelationPeriod {
  return !('kind' in value);
}

/** Pair key independent of order: `AM-PK` for both (PK, AM) and (AM, PK). */
export function pairKey(a: CountryCode, b: CountryCode): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

function containsDay(day: DayNumber, from: IsoDate, to: IsoDate | null): boolean {
  return day >= toDay(from) && (to === null || day < toDay(to));
}

function independenceDay(data: RelationsData, code: CountryCode): DayNumber | null | undefined {
  const country = data.countries.find((c) => c.code === code);
  if (!country) return undefined;
  return country.independence === null ? null : toDay(country.independence);
}

/** All periods of a pair, ordered by `from`; the same list for (a, b) and (b, a). */
export function historyOfPair(
  data: RelationsData,
  a: CountryCode,
  b: CountryCode,
): RelationPeriod[] {
  const key = pairKey(a, b);
  return data.relations
    .filter((r) => pairKey(r.a, r.b) === key)
    .sort((x, y) => toDay(x.from) - toDay(y.from));
}

/**
 * The period of the pair holding on `day`; `not-independent` before either state's
 * independence; `no-data` for states the dataset does not follow, for a state paired with
 * itself, and for days no period covers.
 */
export function relationOn(
  data: RelationsData,
  a: CountryCode,
  b: CountryCode,
  day: DayNumber,
): PairLookup {
  if (a === b) return { kind: 'no-data' };
  const ia = independenceDay(data, a);
  const ib = independenceDay(data, b);
  if (ia === undefined || ib === undefined) return { kind: 'no-data' };
  if ((ia !== null && day < ia) || (ib !== null && day < ib)) return { kind: 'not-independent' };
  const period = historyOfPair(data, a, b).find((r) => containsDay(day, r.from, r.to));
  return period ?? { kind: 'no-data' };
}

/** What the recognition rules say about `other` and `subject` on `day`, if anything. */
function ruleStatus(
  data: RelationsData,
  subject: CountryCode,
  other: CountryCode,
  day: DayNumber,
): FocusStatus | null {
  const rule = data.rules.find(
    (r) => r.subject === subject && r.appliesTo.includes(other) && containsDay(day, r.from, r.to),
  );
  if (!rule) return null;
  return rule.except.includes(other) ? 'non-recognition' : 'recognised';
}

/**
 * The colour key of every country in `allCountryCodes` with `focus` selected on `day`.
 * Pairs of followed states come from the pair data; where that has nothing (a state outside
 * the ten, or a day before a pair's first record), a recognition rule about the focus (or,
 * for a focus outside the ten, about the other state) is used; everything else is `no-data`.
 */
export function relationsOfFocus(
  data: RelationsData,
  focus: CountryCode,
  day: DayNumber,
  allCountryCodes: Iterable<CountryCode>,
): Map<CountryCode, FocusStatus> {
  const result = new Map<CountryCode, FocusStatus>();
  const focusIndependence = independenceDay(data, focus);
  const focusNotYet =
    focusIndependence !== undefined && focusIndependence !== null && day < focusIndependence;
  for (const code of allCountryCodes) {
    if (code === focus) {
      result.set(code, focusNotYet ? 'not-independent' : 'focus');
      continue;
    }
    if (focusNotYet) {
      result.set(code, 'not-independent');
      continue;
    }
    const pair = relationOn(data, focus, code, day);
    if (isRelationPeriod(pair)) {
      result.set(code, pair.status);
    } else if (pair.kind === 'not-independent') {
      result.set(code, 'not-independent');
    } else {
      result.set(
        code,
        ruleStatus(data, focus, code, day) ?? ruleStatus(data, code, focus, day) ?? 'no-data',
      );
    }
  }
  return result;
}
