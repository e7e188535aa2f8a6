/**
 * The relation between a selected country and the focus country of the relations layer: what
 * held on the day and every sourced period of the pair, or, for states whose bilateral
 * relations the atlas does not follow, what a world-level recognition rule says.
 */
import type { AtlasIndex } from '../domain/atlas-index';
import { STATUS_TEXT } from '../domain/labels';
import {
  type RelationPeriod,
  historyOfPair,
  isRelationPeriod,
  notYetIndependent,
  relationOn,
  ruleOn,
} from '../domain/relations';
import type { CountryCode } from '../domain/types';
import { type DayNumber, formatDay } from '../time/days';
import { contains } from '../time/interval';
import { present, statement } from './sourcing';
import type { RelationHistory, RelationSegment, Statement } from './types';
import { barSpan, countryName, periodLabel } from './wording';

/** `names.a` is the selected country, `names.b` the focus country. */
function relationText(
  period: RelationPeriod,
  names: { a: string; b: string },
  focus: CountryCode,
): string {
  if (period.status === 'non-recognition') {
    const refuser = period.notRecognisedBy === focus ? names.b : names.a;
    const refused = period.notRecognisedBy === focus ? names.a : names.b;
    return `${refuser} did not recognise ${refused}.`;
  }
  return `${names.a} and ${names.b}: ${STATUS_TEXT[period.status]}.`;
}

/** What a world-level recognition rule says about the pair on the day, or null. */
function recognitionByRule(
  iso: CountryCode,
  focus: CountryCode,
  day: DayNumber,
  index: AtlasIndex,
): Statement | null {
  for (const [subject, other] of [
    [focus, iso],
    [iso, focus],
  ] as const) {
    const rule = ruleOn(index.relations, subject, other, day);
    if (!rule) continue;
    const verb = rule.except.includes(other) ? 'did not recognise' : 'recognised';
    return statement(
      `On this day ${countryName(index, other)} ${verb} ${countryName(index, subject)} (diplomatic relations between the two are not followed in this atlas).`,
      rule.sources,
      rule.confidence,
    );
  }
  return null;
}

export function relationHistory(
  iso: CountryCode,
  focus: CountryCode | null | undefined,
  day: DayNumber,
  index: AtlasIndex,
): RelationHistory | null {
  if (!focus || focus === iso) return null;
  const relations = index.relations;
  const followed = relations.countries.has(focus) && relations.countries.has(iso);
  const names = { a: countryName(index, iso), b: countryName(index, focus) };
  const segments = (followed ? historyOfPair(relations, iso, focus) : [])
    .map((r): RelationSegment | null => {
      const period = periodLabel(r.days, { from: r.datePrecision, to: 'day' });
      const s = statement(
        `${period.charAt(0).toUpperCase()}${period.slice(1)}: ${relationText(r, names, focus)}${r.note ? ` ${r.note}` : ''}`,
        r.sources,
        r.confidence,
      );
      if (!s) return null;
      return {
        status: r.status,
        period,
        from: r.from,
        to: r.to,
        ...barSpan(r.days, index.covered),
        current: contains(r.days, day),
        statement: s,
      };
    })
    .filter(present);
  const lookup = followed ? relationOn(relations, iso, focus, day) : ({ kind: 'no-data' } as const);
  let now: Statement | null = null;
  if (isRelationPeriod(lookup)) {
    now = statement(
      `On this day: ${relationText(lookup, names, focus)}`,
      lookup.sources,
      lookup.confidence,
    );
  } else if (lookup.kind === 'not-independent') {
    const record = notYetIndependent(relations, [iso, focus], day);
    if (record && record.independenceDay !== null) {
      now = statement(
        `On this day ${record.name} was not yet independent (independent from ${formatDay(record.independenceDay)}).`,
        record.sources,
      );
    }
  }
  if (!now && (isRelationPeriod(lookup) || lookup.kind !== 'not-independent'))
    now = recognitionByRule(iso, focus, day, index);
  if (!now && segments.length === 0) return null;
  return { focus, focusName: names.b, now, segments };
}
