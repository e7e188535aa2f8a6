/**
 * Checks on the breakaway entities and their recognition records. Each returns the problems it
 * finds, naming the record at fault: recognising states are UN members, intervals are half-open
 * and lie within the entity's existence, one state's records about one entity never overlap,
 * and every source resolves. An entity without any record must say so, with sources.
 */
import type { Source } from '../../src/lib/domain/types';
import {
  ENTITY_IDS,
  type EntityRecord,
  type RecognitionRecord,
} from '../../src/lib/domain/recognition';
import { toDay } from '../../src/lib/time/days';
import { CONFIDENCES, PRECISIONS, checkInterval, validateSourceIds } from './checks';

function describeRecognition(r: RecognitionRecord): string {
  return `recognition of ${r.subject} by ${r.by} from ${r.from}`;
}

/** Known, distinct ids; a UN member as the state they lie in; valid dates and sources. */
export function validateEntities(
  entities: readonly EntityRecord[],
  unMembers: readonly string[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    const where = `entity ${e.id}`;
    if (!(ENTITY_IDS as readonly string[]).includes(e.id)) problems.push(`${where}: unknown id`);
    if (seen.has(e.id)) problems.push(`${where}: listed twice`);
    seen.add(e.id);
    if (!e.name?.trim()) problems.push(`${where}: name is missing`);
    if (!unMembers.includes(e.withinState)) {
      problems.push(`${where}: withinState ${e.withinState} is not a UN member`);
    }
    problems.push(...checkInterval(where, e.from, e.to));
    if (!PRECISIONS.includes(e.datePrecision)) problems.push(`${where}: bad datePrecision`);
    problems.push(...validateSourceIds(where, e.sources, sources));
    if (e.noRecognition !== undefined) {
      if (!e.noRecognition.note?.trim()) problems.push(`${where}: noRecognition needs a note`);
      problems.push(
        ...validateSourceIds(`${where} noRecognition`, e.noRecognition.sources, sources),
      );
    }
  }
  return problems;
}

/** Fields of one record: a known entity, a UN member other than the entity's state, dates. */
export function validateRecognitionFields(
  r: RecognitionRecord,
  entities: readonly EntityRecord[],
  unMembers: readonly string[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems: string[] = [];
  const where = describeRecognition(r);
  const entity = entities.find((e) => e.id === r.subject);
  if (!entity) problems.push(`${where}: ${r.subject} is not a known entity`);
  if (!unMembers.includes(r.by)) problems.push(`${where}: ${r.by} is not a UN member state`);
  if (entity && r.by === entity.withinState) {
    problems.push(`${where}: ${r.by} is the state the entity lies in`);
  }
  problems.push(...checkInterval(where, r.from, r.to));
  if (!PRECISIONS.includes(r.datePrecision)) problems.push(`${where}: bad datePrecision`);
  if (!CONFIDENCES.includes(r.confidence)) problems.push(`${where}: bad confidence`);
  problems.push(...validateSourceIds(where, r.sources, sources));
  return problems;
}

/** A record lies within its entity's existence: not before it, not after its dissolution. */
function validateWithinEntity(r: RecognitionRecord, entity: EntityRecord): string[] {
  const problems: string[] = [];
  const where = describeRecognition(r);
  if (toDay(r.from) < toDay(entity.from)) {
    problems.push(`${where}: starts before the entity (from ${entity.from})`);
  }
  if (entity.to !== null && (r.to === null || toDay(r.to) > toDay(entity.to))) {
    problems.push(`${where}: outlasts the entity (dissolved ${entity.to})`);
  }
  return problems;
}

/** One state's records about one entity, in date order, never overlap. */
export function validateRecognitionOverlap(records: readonly RecognitionRecord[]): string[] {
  const problems: string[] = [];
  const groups = new Map<string, RecognitionRecord[]>();
  for (const r of records) {
    const key = `${r.subject} by ${r.by}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, list] of groups) {
    list.sort((x, y) => toDay(x.from) - toDay(y.from));
    for (let i = 0; i + 1 < list.length; i++) {
      const end = list[i]!.to;
      if (end === null || toDay(end) > toDay(list[i + 1]!.from)) {
        problems.push(`recognitions of ${key}: ${list[i]!.from} overlaps ${list[i + 1]!.from}`);
      }
    }
  }
  return problems;
}

/** Runs every check on the entities and their recognitions. */
export function validateRecognitionData(
  entities: readonly EntityRecord[],
  records: readonly RecognitionRecord[],
  unMembers: readonly string[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems = validateEntities(entities, unMembers, sources);
  for (const r of records) {
    problems.push(...validateRecognitionFields(r, entities, unMembers, sources));
  }
  // The checks across records compare dates, so they need every record's fields to be valid.
  if (problems.length > 0) return problems;
  for (const r of records) {
    problems.push(
      ...validateWithinEntity(
        r,
        entities.find((e) => e.id === r.subject)!,
      ),
    );
  }
  problems.push(...validateRecognitionOverlap(records));
  for (const e of entities) {
    const count = records.filter((r) => r.subject === e.id).length;
    if (count === 0 && e.noRecognition === undefined) {
      problems.push(`entity ${e.id}: no recognition records and no sourced noRecognition`);
    }
    if (count > 0 && e.noRecognition !== undefined) {
      problems.push(`entity ${e.id}: noRecognition contradicts its ${count} recognition records`);
    }
  }
  return problems;
}
