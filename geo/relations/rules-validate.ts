/**
 * Checks on the recognition rules and the UN member list: each returns the problems it finds,
 * naming the rule at fault.
 */
import type { Source } from '../../src/lib/domain/types';
import {
  type CountryRecord,
  type RecognitionRule,
  type RelationPeriod,
  pairKey,
} from '../../src/lib/domain/relations';
import { toDay } from '../../src/lib/time/days';
import {
  CONFIDENCES,
  ISO_ALPHA2,
  PRECISIONS,
  checkInterval,
  describe,
  periodsByPair,
  validateSourceIds,
} from './checks';

/** The UN member list is 193 distinct alpha-2 codes. */
export function validateUnMembers(codes: readonly string[]): string[] {
  const problems: string[] = [];
  const distinct = new Set(codes);
  if (distinct.size !== codes.length) problems.push('UN member list has duplicates');
  if (codes.length !== 193) problems.push(`UN member list has ${codes.length} codes, not 193`);
  for (const code of codes) {
    if (!ISO_ALPHA2.test(code)) problems.push(`UN member list: "${code}" is not alpha-2`);
  }
  return problems;
}

function validateRuleFields(r: RecognitionRule, sources: ReadonlyMap<string, Source>): string[] {
  const problems: string[] = [];
  const where = `rule ${r.id}`;
  if (r.kind !== 'recognition') problems.push(`${where}: unknown kind "${r.kind}"`);
  if (!ISO_ALPHA2.test(r.subject)) problems.push(`${where}: subject is not alpha-2`);
  problems.push(...checkInterval(where, r.from, r.to));
  if (!PRECISIONS.includes(r.datePrecision)) problems.push(`${where}: bad datePrecision`);
  if (!CONFIDENCES.includes(r.confidence)) problems.push(`${where}: bad confidence`);
  problems.push(...validateSourceIds(where, r.sources, sources));
  if (r.appliesTo.includes(r.subject)) problems.push(`${where}: applies to its own subject`);
  if (new Set(r.appliesTo).size !== r.appliesTo.length) {
    problems.push(`${where}: appliesTo has duplicates`);
  }
  for (const code of r.except) {
    if (!r.appliesTo.includes(code)) {
      problems.push(`${where}: ${code} in except but not in appliesTo`);
    }
  }
  return problems;
}

/** A followed state in `except` withholds recognition in the pair data, others never do. */
function validateRuleAgainstPairs(
  r: RecognitionRule,
  groups: ReadonlyMap<string, RelationPeriod[]>,
  followed: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  if (!followed.has(r.subject)) return problems;
  const ruleStart = toDay(r.from);
  const ruleEnd = r.to === null ? Infinity : toDay(r.to);
  for (const code of r.appliesTo.filter((c) => followed.has(c))) {
    for (const p of groups.get(pairKey(code, r.subject)) ?? []) {
      const start = toDay(p.from);
      const end = p.to === null ? Infinity : toDay(p.to);
      if (end <= ruleStart || start >= ruleEnd) continue;
      const withheld = p.status === 'non-recognition' && p.notRecognisedBy === code;
      if (r.except.includes(code) && !withheld) {
        problems.push(
          `rule ${r.id}: ${code} is excepted but ${describe(p)} says it recognised ${r.subject}`,
        );
      }
      if (!r.except.includes(code) && withheld) {
        problems.push(`rule ${r.id}: ${describe(p)} contradicts the rule (${code} not excepted)`);
      }
    }
  }
  return problems;
}

/**
 * Recognition rules: valid fields; distinct ids; rules about one subject do not overlap; and
 * they agree with the pair data: a followed state in `except` is recorded as not recognising the
 * subject for the whole rule period, and a followed state not in `except` never is.
 */
export function validateRules(
  rules: readonly RecognitionRule[],
  periods: readonly RelationPeriod[],
  countries: readonly CountryRecord[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`rule ${r.id}: id used twice`);
    ids.add(r.id);
    problems.push(...validateRuleFields(r, sources));
  }
  if (problems.length > 0) return problems;
  const bySubject = new Map<string, RecognitionRule[]>();
  for (const r of rules) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
  for (const [subject, list] of bySubject) {
    list.sort((x, y) => toDay(x.from) - toDay(y.from));
    for (let i = 0; i + 1 < list.length; i++) {
      const end = list[i]!.to;
      if (end === null || toDay(end) > toDay(list[i + 1]!.from)) {
        problems.push(`rules about ${subject}: ${list[i]!.id} overlaps ${list[i + 1]!.id}`);
      }
    }
  }
  const groups = periodsByPair(periods);
  const followed = new Set(countries.map((c) => c.code));
  for (const r of rules) problems.push(...validateRuleAgainstPairs(r, groups, followed));
  return problems;
}
