/**
 * Bilateral relations among the ten states the atlas follows, and the world-level rule for the
 * recognition of Armenia: the shapes of public/data/relations.json and pure lookups on them.
 *
 * The published dates are ISO calendar days; `relationsIndexOf` turns every period into a
 * `DayInterval` once at load, so the lookups below only compare day numbers.
 */
import type { DatePrecision, DayNumber, IsoDate } from '../time/days';
import { toDay } from '../time/days';
import { type DayInterval, contains, intervalOf } from '../time/interval';
import {
  type EntityRecord,
  type EntityStatus,
  type RecognitionIndex,
  type RecognitionRecord,
  isEntityId,
  recognitionIndexOf,
  recognitionStatuses,
} from './recognition';
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

/** Where a state's capital is, for the relations layer's lines (from places.json). */
export interface Capital {
  country: CountryCode;
  lon: number;
  lat: number;
}

export interface RelationsData {
  countries: CountryRecord[];
  relations: RelationPeriod[];
  rules: RecognitionRule[];
  /** The breakaway entities, subjects of recognition (see recognition.ts). */
  entities: EntityRecord[];
  recognitions: RecognitionRecord[];
  statusOrder: RelationStatus[];
}

export type NotIndependent = { kind: 'not-independent' };
export type NoData = { kind: 'no-data' };

/** A published record with its days, converted once when the data is indexed. */
export type Dated<T> = T & { days: DayInterval };

/** What the data says about a pair on a day. */
export type PairLookup = Dated<RelationPeriod> | NotIndependent | NoData;

/**
 * How a country is coloured with a focus country selected: a pair status; `recognised` (by the
 * world rule, relations not followed); `focus` for the focus itself; `not-independent` before
 * the focus or the other state was independent; `no-data` when the atlas claims nothing.
 */
export type FocusStatus =
  RelationStatus | 'recognised' | 'focus' | 'not-independent' | 'no-data' | EntityStatus;

export function isRelationPeriod(value: PairLookup): value is Dated<RelationPeriod> {
  return !('kind' in value);
}

/** Pair key independent of order: `AM-PK` for both (PK, AM) and (AM, PK). */
export function pairKey(a: CountryCode, b: CountryCode): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** A followed state with the day it became independent (null: before the atlas). */
export type IndexedCountry = CountryRecord & { independenceDay: DayNumber | null };

/** The relations data arranged for lookups by pair and by day. */
export interface RelationsIndex extends RecognitionIndex {
  /** The followed states, by code, in the data's order. */
  countries: ReadonlyMap<CountryCode, IndexedCountry>;
  /** Every pair's periods ordered by `from`, under `pairKey(a, b)`. */
  pairs: ReadonlyMap<string, readonly Dated<RelationPeriod>[]>;
  rules: readonly Dated<RecognitionRule>[];
}

export function relationsIndexOf(data: RelationsData): RelationsIndex {
  const pairs = new Map<string, Dated<RelationPeriod>[]>();
  for (const r of data.relations) {
    const key = pairKey(r.a, r.b);
    const list = pairs.get(key) ?? [];
    list.push({ ...r, days: intervalOf(r) });
    pairs.set(key, list);
  }
  for (const list of pairs.values()) list.sort((x, y) => x.days.from - y.days.from);
  return {
    countries: new Map(
      data.countries.map((c) => [
        c.code,
        { ...c, independenceDay: c.independence === null ? null : toDay(c.independence) },
      ]),
    ),
    pairs,
    rules: data.rules.map((r) => ({ ...r, days: intervalOf(r) })),
    ...recognitionIndexOf(data),
  };
}

/** All periods of a pair, ordered by `from`; the same list for (a, b) and (b, a). */
export function historyOfPair(
  index: RelationsIndex,
  a: CountryCode,
  b: CountryCode,
): readonly Dated<RelationPeriod>[] {
  return index.pairs.get(pairKey(a, b)) ?? [];
}

/** The followed state of the pair that was not yet independent on `day`, if any. */
export function notYetIndependent(
  index: RelationsIndex,
  codes: readonly CountryCode[],
  day: DayNumber,
): IndexedCountry | undefined {
  for (const code of codes) {
    const country = index.countries.get(code);
    if (country && country.independenceDay !== null && day < country.independenceDay)
      return country;
  }
  return undefined;
}

/**
 * The period of the pair holding on `day`; `not-independent` before either state's
 * independence; `no-data` for states the dataset does not follow, for a state paired with
 * itself, and for days no period covers.
 */
export function relationOn(
  index: RelationsIndex,
  a: CountryCode,
  b: CountryCode,
  day: DayNumber,
): PairLookup {
  if (a === b || !index.countries.has(a) || !index.countries.has(b)) return { kind: 'no-data' };
  if (notYetIndependent(index, [a, b], day)) return { kind: 'not-independent' };
  const period = historyOfPair(index, a, b).find((r) => contains(r.days, day));
  return period ?? { kind: 'no-data' };
}

/** The recognition rule about `subject` that speaks of `other` on `day`, if any. */
export function ruleOn(
  index: RelationsIndex,
  subject: CountryCode,
  other: CountryCode,
  day: DayNumber,
): Dated<RecognitionRule> | undefined {
  return index.rules.find(
    (r) => r.subject === subject && r.appliesTo.includes(other) && contains(r.days, day),
  );
}

/** What the recognition rules say about `other` and `subject` on `day`, if anything. */
function ruleStatus(
  index: RelationsIndex,
  subject: CountryCode,
  other: CountryCode,
  day: DayNumber,
): FocusStatus | null {
  const rule = ruleOn(index, subject, other, day);
  if (!rule) return null;
  return rule.except.includes(other) ? 'non-recognition' : 'recognised';
}

/**
 * The colour key of every country in `allCountryCodes` with `focus` selected on `day`; for an
 * entity in focus (ABK, OSS, NKR), whether each state recognises it (recognition.ts).
 * Pairs of followed states come from the pair data; where that has nothing (a state outside
 * the ten, or a day before a pair's first record), a recognition rule about the focus (or,
 * for a focus outside the ten, about the other state) is used; everything else is `no-data`.
 */
export function relationsOfFocus(
  index: RelationsIndex,
  focus: CountryCode,
  day: DayNumber,
  allCountryCodes: Iterable<CountryCode>,
): Map<CountryCode, FocusStatus> {
  // An entity in focus colours the states by whether they recognise it.
  if (isEntityId(focus)) return recognitionStatuses(index, focus, day, allCountryCodes);
  const result = new Map<CountryCode, FocusStatus>();
  const focusNotYet = notYetIndependent(index, [focus], day) !== undefined;
  for (const code of allCountryCodes) {
    if (code === focus) {
      result.set(code, focusNotYet ? 'not-independent' : 'focus');
      continue;
    }
    if (focusNotYet) {
      result.set(code, 'not-independent');
      continue;
    }
    const pair = relationOn(index, focus, code, day);
    if (isRelationPeriod(pair)) {
      result.set(code, pair.status);
    } else if (pair.kind === 'not-independent') {
      result.set(code, 'not-independent');
    } else {
      result.set(
        code,
        ruleStatus(index, focus, code, day) ?? ruleStatus(index, code, focus, day) ?? 'no-data',
      );
    }
  }
  return result;
}
