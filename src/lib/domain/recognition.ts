/**
 * The recognition of the breakaway entities (Abkhazia, South Ossetia, the Nagorno-Karabakh
 * Republic): their records as published in relations.json, and pure lookups on them. An entity
 * is a subject of recognition, never a state of the relations data: it has an id of its own
 * (`ABK`, `OSS`, `NKR`, the control layer's controller codes), not an ISO code.
 *
 * Each recognition is one record per recognising UN member state, half-open like every period:
 * `from` the first day it recognised the entity, `to` the first day it no longer did (its
 * withdrawal), null while it still does.
 */
import type { DatePrecision, DayNumber, IsoDate } from '../time/days';
import { type DayInterval, contains, intervalOf } from '../time/interval';
import type { Confidence, CountryCode } from './types';

export const ENTITY_IDS = ['ABK', 'OSS', 'NKR'] as const;
export type EntityId = (typeof ENTITY_IDS)[number];

export function isEntityId(code: string | null | undefined): code is EntityId {
  return (ENTITY_IDS as readonly string[]).includes(code ?? '');
}

export interface EntityRecord {
  id: EntityId;
  /** Neutral English name; both names where the name itself is disputed. */
  name: string;
  /** The UN member state whose territory the entity is internationally recognised as. */
  withinState: CountryCode;
  /** The day the atlas counts the entity from (its declaration), and until (dissolution). */
  from: IsoDate;
  to: IsoDate | null;
  datePrecision: DatePrecision;
  sources: string[];
  note?: string;
  /**
   * For an entity no UN member state ever recognised: the sourced statement of that lack.
   * Present exactly when the data has no recognition record about the entity.
   */
  noRecognition?: { note: string; sources: string[] };
}

/** One UN member state's recognition of one entity over one half-open period. */
export interface RecognitionRecord {
  subject: EntityId;
  /** ISO code of the recognising UN member state. */
  by: CountryCode;
  from: IsoDate;
  /** The first day after the recognition ended (withdrawal), or null while it holds. */
  to: IsoDate | null;
  /** How exactly `from` is known. */
  datePrecision: DatePrecision;
  sources: string[];
  confidence: Confidence;
  note?: string;
}

export type DatedEntity = EntityRecord & { days: DayInterval };
export type DatedRecognition = RecognitionRecord & { days: DayInterval };

export interface RecognitionIndex {
  entities: ReadonlyMap<EntityId, DatedEntity>;
  /** Every entity's recognitions, ordered by `from` then by recognising state. */
  recognitions: ReadonlyMap<EntityId, readonly DatedRecognition[]>;
}

export function recognitionIndexOf(data: {
  entities: readonly EntityRecord[];
  recognitions: readonly RecognitionRecord[];
}): RecognitionIndex {
  const recognitions = new Map<EntityId, DatedRecognition[]>();
  for (const r of data.recognitions) {
    const list = recognitions.get(r.subject) ?? [];
    list.push({ ...r, days: intervalOf(r) });
    recognitions.set(r.subject, list);
  }
  for (const list of recognitions.values()) {
    list.sort((x, y) => x.days.from - y.days.from || x.by.localeCompare(y.by));
  }
  return {
    entities: new Map(data.entities.map((e) => [e.id, { ...e, days: intervalOf(e) }])),
    recognitions,
  };
}

/** What the data says about an entity's recognition on one day. */
export interface RecognitionOnDay {
  /** Whether the entity existed (as the atlas counts it) on the day. */
  exists: boolean;
  /** Recognitions in force on the day. */
  recognising: readonly DatedRecognition[];
  /** Recognitions withdrawn before the day (their `to` is on or before it). */
  withdrawn: readonly DatedRecognition[];
}

export function recognitionOn(
  index: RecognitionIndex,
  entity: EntityId,
  day: DayNumber,
): RecognitionOnDay {
  const record = index.entities.get(entity);
  const all = index.recognitions.get(entity) ?? [];
  return {
    exists: record !== undefined && contains(record.days, day),
    recognising: all.filter((r) => contains(r.days, day)),
    withdrawn: all.filter((r) => r.days.to !== null && r.days.to <= day),
  };
}

/** How a country is coloured with an entity in focus. */
export type EntityStatus = 'recognises' | 'does-not-recognise' | 'no-data';

/**
 * The colour key of every country in `codes` with `entity` in focus on `day`: `recognises` for
 * the states whose recognition is in force, `does-not-recognise` for all others while the
 * entity exists, and `no-data` on days it did not exist.
 */
export function recognitionStatuses(
  index: RecognitionIndex,
  entity: EntityId,
  day: DayNumber,
  codes: Iterable<CountryCode>,
): Map<CountryCode, EntityStatus> {
  const { exists, recognising } = recognitionOn(index, entity, day);
  const by = new Set(recognising.map((r) => r.by));
  const result = new Map<CountryCode, EntityStatus>();
  for (const code of codes) {
    result.set(code, !exists ? 'no-data' : by.has(code) ? 'recognises' : 'does-not-recognise');
  }
  return result;
}

/** Every recognition record of one state about one entity, in date order. */
export function recognitionsBy(
  index: RecognitionIndex,
  entity: EntityId,
  state: CountryCode,
): readonly DatedRecognition[] {
  return (index.recognitions.get(entity) ?? []).filter((r) => r.by === state);
}
