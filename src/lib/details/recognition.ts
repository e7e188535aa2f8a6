/**
 * The panel's section on a breakaway entity in focus: what the selected state did about it on
 * the day, and every dated recognition and withdrawal of the entity, each with its sources.
 * For the entity no UN member recognised (the Nagorno-Karabakh Republic), the sourced lack of it.
 */
import type { AtlasIndex } from '../domain/atlas-index';
import {
  type DatedEntity,
  type DatedRecognition,
  type EntityId,
  recognitionOn,
  recognitionsBy,
} from '../domain/recognition';
import type { CountryCode } from '../domain/types';
import { type DayNumber, formatDay } from '../time/days';
import { contains } from '../time/interval';
import { present, statement } from './sourcing';
import type { EntityRecognition, RecognitionLine, Statement } from './types';
import { countryName } from './wording';

/** "recognised Abkhazia from 18 September 2011; withdrew the recognition on 31 March 2014." */
function recordText(r: DatedRecognition, entityName: string): string {
  const from = formatDay(r.days.from, r.datePrecision);
  const end = r.days.to === null ? '' : `; withdrew the recognition on ${formatDay(r.days.to)}`;
  return `recognised ${entityName} from ${from}${end}.`;
}

function line(r: DatedRecognition, entity: DatedEntity, day: DayNumber, index: AtlasIndex) {
  const name = countryName(index, r.by);
  const s = statement(
    `${name} ${recordText(r, entity.name)}${r.note ? ` ${r.note}` : ''}`,
    r.sources,
    r.confidence,
  );
  if (!s) return null;
  const result: RecognitionLine = {
    by: r.by,
    name,
    from: r.from,
    to: r.to,
    current: contains(r.days, day),
    withdrawn: r.days.to !== null && r.days.to <= day,
    statement: s,
  };
  return result;
}

/** The recognisers on the day, by name, as one sentence. */
function summaryOn(entity: DatedEntity, day: DayNumber, index: AtlasIndex): Statement | null {
  if (entity.noRecognition) {
    return statement(entity.noRecognition.note, entity.noRecognition.sources);
  }
  const { exists, recognising } = recognitionOn(index.relations, entity.id, day);
  if (!exists) return null;
  const names = recognising.map((r) => countryName(index, r.by));
  return statement(
    names.length === 0
      ? `On this day no UN member state recognised ${entity.name}.`
      : `On this day ${names.length === 1 ? 'one UN member state' : `${names.length} UN member states`} recognised ${entity.name}: ${names.join(', ')}.`,
    [...entity.sources, ...recognising.flatMap((r) => r.sources)],
  );
}

/** What `iso` did about the entity on the day. */
function stateOn(
  entity: DatedEntity,
  iso: CountryCode,
  day: DayNumber,
  index: AtlasIndex,
): Statement | null {
  const name = countryName(index, iso);
  if (!contains(entity.days, day)) {
    const span = `${formatDay(entity.days.from)}${entity.days.to === null ? '' : ` to ${formatDay(entity.days.to)}`}`;
    return statement(
      `On this day ${entity.name} did not exist as the atlas counts it (${span}).`,
      entity.sources,
    );
  }
  const records = recognitionsBy(index.relations, entity.id, iso);
  const current = records.find((r) => contains(r.days, day));
  if (current) {
    return statement(
      `On this day ${name} recognised ${entity.name}.`,
      current.sources,
      current.confidence,
    );
  }
  const earlier = records.filter((r) => r.days.to !== null && r.days.to <= day).at(-1);
  if (earlier) {
    return statement(
      `On this day ${name} did not recognise ${entity.name}: it withdrew its recognition on ${formatDay(earlier.days.to!)}.`,
      earlier.sources,
      earlier.confidence,
    );
  }
  if (entity.noRecognition) {
    return statement(
      `On this day ${name} did not recognise ${entity.name}.`,
      entity.noRecognition.sources,
    );
  }
  // Not among the recorded recognisers: the claim rests on the record of who did recognise.
  const { recognising } = recognitionOn(index.relations, entity.id, day);
  return statement(
    `On this day ${name} did not recognise ${entity.name} (it is not among the states recorded as recognising it).`,
    [...entity.sources, ...recognising.flatMap((r) => r.sources)],
  );
}

/**
 * The recognition section for an entity in focus, or null when the focus is not an entity.
 * `iso` is the selected state, if the selection is one.
 */
export function entityRecognition(
  focus: string | null | undefined,
  iso: CountryCode | null,
  day: DayNumber,
  index: AtlasIndex,
): EntityRecognition | null {
  const entity = focus ? index.relations.entities.get(focus as EntityId) : undefined;
  if (!entity) return null;
  const records = index.relations.recognitions.get(entity.id) ?? [];
  return {
    entity: entity.id,
    entityName: entity.name,
    now: iso ? stateOn(entity, iso, day, index) : null,
    summary: summaryOn(entity, day, index),
    lines: records.map((r) => line(r, entity, day, index)).filter(present),
  };
}
