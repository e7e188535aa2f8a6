/**
 * Checks on the relations dataset. Each validator returns the list of problems it finds (empty
 * when the rule holds), each naming the record at fault and what is wrong;
 * `validateRelationsData` runs them all. Periods are half-open: `from` is the
 * first day, `to` the first day after (null: still so), so a pair's periods are contiguous when
 * each `to` equals the next `from`.
 */
import type { Source } from '../../src/lib/domain/types';
import {
  type CountryRecord,
  type RelationPeriod,
  type RelationsData,
  STATUS_ORDER,
  STATUSES_REQUIRING_RELATIONS,
  pairKey,
} from '../../src/lib/domain/relations';
import { type IsoDate, toDay } from '../../src/lib/time/days';
import {
  CONFIDENCES,
  ISO_ALPHA2,
  PRECISIONS,
  checkDate,
  checkInterval,
  describe,
  periodsByPair,
  validateSourceIds,
} from './checks';
import { validateRules, validateUnMembers } from './rules-validate';

export { periodsByPair, validateRules, validateSourceIds, validateUnMembers };

export interface ValidationContext {
  sources: ReadonlyMap<string, Source>;
  /** The atlas's first day: pairs of states older than it start on it. */
  firstDay: IsoDate;
  verifiedThrough: IsoDate;
}

/** Codes are distinct ISO alpha-2; independence is a valid day or null; sources resolve. */
export function validateCountries(
  countries: readonly CountryRecord[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of countries) {
    const where = `country ${c.code}`;
    if (!ISO_ALPHA2.test(c.code)) problems.push(`${where}: not an ISO alpha-2 code`);
    if (seen.has(c.code)) problems.push(`${where}: listed twice`);
    seen.add(c.code);
    if (!c.name?.trim()) problems.push(`${where}: name is missing`);
    if (c.independence !== null) {
      problems.push(...checkDate(where, 'independence', c.independence));
      problems.push(...validateSourceIds(where, c.sources, sources));
    } else {
      // A state older than the atlas needs no dated source for its existence.
      problems.push(...validateSourceIds(where, c.sources, sources, true));
    }
    if (c.recognisedTerritorySources !== undefined) {
      problems.push(
        ...validateSourceIds(
          `${where} recognised territory`,
          c.recognisedTerritorySources,
          sources,
        ),
      );
    }
  }
  // The control layer divides these states into zones; the panel cites these sources for them.
  for (const code of ['AM', 'AZ', 'GE']) {
    const c = countries.find((country) => country.code === code);
    if (!c?.recognisedTerritorySources?.length) {
      problems.push(`country ${code}: recognisedTerritorySources are missing`);
    }
  }
  return problems;
}

/** Fields of one period: known states, valid status, dates, precision, confidence, sources. */
export function validatePeriodFields(
  p: RelationPeriod,
  countries: readonly CountryRecord[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems: string[] = [];
  const where = describe(p);
  const codes = new Set(countries.map((c) => c.code));
  if (!codes.has(p.a)) problems.push(`${where}: ${p.a} is not a followed state`);
  if (!codes.has(p.b)) problems.push(`${where}: ${p.b} is not a followed state`);
  if (p.a === p.b) problems.push(`${where}: a state paired with itself`);
  if (!(STATUS_ORDER as readonly string[]).includes(p.status)) {
    problems.push(`${where}: unknown status "${p.status}"`);
  }
  problems.push(...checkInterval(where, p.from, p.to));
  if (!PRECISIONS.includes(p.datePrecision)) {
    problems.push(`${where}: datePrecision must be day, month or year`);
  }
  if (!CONFIDENCES.includes(p.confidence)) {
    problems.push(`${where}: confidence must be high, medium or low`);
  }
  if (typeof p.diplomaticRelations !== 'boolean') {
    problems.push(`${where}: diplomaticRelations must be true or false`);
  }
  problems.push(...validateSourceIds(where, p.sources, sources));
  return problems;
}

/** `notRecognisedBy` is present exactly for non-recognition and names one side of the pair. */
export function validateNonRecognition(p: RelationPeriod): string[] {
  const problems: string[] = [];
  const where = describe(p);
  if (p.status === 'non-recognition') {
    if (p.notRecognisedBy !== p.a && p.notRecognisedBy !== p.b) {
      problems.push(`${where}: notRecognisedBy must be ${p.a} or ${p.b}`);
    }
  } else if (p.notRecognisedBy !== undefined) {
    problems.push(`${where}: notRecognisedBy is only for non-recognition`);
  }
  return problems;
}

/**
 * The precedence rule: relations, strategic partnerships and alliances exist only with
 * diplomatic relations, and non-recognition or no-relations only without. So a pair without
 * relations (Armenia and Azerbaijan in the Collective Security Treaty) cannot be an alliance.
 */
export function validatePrecedence(p: RelationPeriod): string[] {
  const problems: string[] = [];
  const needsRelations = STATUSES_REQUIRING_RELATIONS.includes(p.status);
  if (needsRelations && !p.diplomaticRelations) {
    problems.push(`${describe(p)}: ${p.status} requires diplomatic relations`);
  }
  if (!needsRelations && p.diplomaticRelations) {
    problems.push(`${describe(p)}: ${p.status} contradicts diplomaticRelations: true`);
  }
  return problems;
}

/** Within a pair, each period ends where the next begins: no overlap and no gap. */
export function validateContiguity(periods: readonly RelationPeriod[]): string[] {
  const problems: string[] = [];
  for (const [key, list] of periodsByPair(periods)) {
    for (let i = 0; i + 1 < list.length; i++) {
      const current = list[i]!;
      const next = list[i + 1]!;
      if (current.to === null) {
        problems.push(
          `pair ${key}: period from ${current.from} is open-ended but ${next.from} follows`,
        );
        continue;
      }
      const end = toDay(current.to);
      const start = toDay(next.from);
      if (end > start) {
        problems.push(
          `pair ${key}: period from ${current.from} to ${current.to} overlaps the one from ${next.from}`,
        );
      }
      if (end < start) {
        problems.push(`pair ${key}: gap between ${current.to} and ${next.from}`);
      }
    }
  }
  return problems;
}

/**
 * A pair starts no earlier than both states' independence, and a pair of two states older than
 * the atlas starts exactly on its first day (so the old pairs have no unexplained hole).
 */
export function validateIndependence(
  periods: readonly RelationPeriod[],
  countries: readonly CountryRecord[],
  firstDay: IsoDate,
): string[] {
  const problems: string[] = [];
  const independence = new Map(countries.map((c) => [c.code, c.independence]));
  for (const [key, list] of periodsByPair(periods)) {
    const first = list[0]!;
    const dates = [independence.get(first.a), independence.get(first.b)];
    for (const date of dates) {
      if (date && toDay(first.from) < toDay(date)) {
        problems.push(`pair ${key}: starts ${first.from}, before independence on ${date}`);
      }
    }
    if (toDay(first.from) < toDay(firstDay)) {
      problems.push(`pair ${key}: starts ${first.from}, before the atlas's first day ${firstDay}`);
    }
    if (dates.every((d) => d === null) && first.from !== firstDay) {
      problems.push(`pair ${key}: both states predate the atlas, so it must start on ${firstDay}`);
    }
  }
  return problems;
}

/** Every pair of followed states has periods, and the last one reaches the verified-through day. */
export function validateCoverage(
  periods: readonly RelationPeriod[],
  countries: readonly CountryRecord[],
  verifiedThrough: IsoDate,
): string[] {
  const problems: string[] = [];
  const groups = periodsByPair(periods);
  const codes = countries.map((c) => c.code);
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const key = pairKey(codes[i]!, codes[j]!);
      const list = groups.get(key);
      if (!list) {
        problems.push(`pair ${key}: no periods`);
        continue;
      }
      const last = list[list.length - 1]!;
      if (last.to !== null && toDay(last.to) <= toDay(verifiedThrough)) {
        problems.push(
          `pair ${key}: ends ${last.to}, before the verified-through day ${verifiedThrough}`,
        );
      }
    }
  }
  return problems;
}

/** `statusOrder` is exactly the published order, lowest first. */
export function validateStatusOrder(order: readonly string[]): string[] {
  const problems: string[] = [];
  if (JSON.stringify(order) !== JSON.stringify(STATUS_ORDER)) {
    problems.push(`statusOrder must be ${STATUS_ORDER.join(', ')}`);
  }
  return problems;
}

/** Runs every check on a whole dataset. */
export function validateRelationsData(data: RelationsData, ctx: ValidationContext): string[] {
  const problems = [
    ...validateStatusOrder(data.statusOrder),
    ...validateCountries(data.countries, ctx.sources),
  ];
  for (const p of data.relations) {
    problems.push(...validatePeriodFields(p, data.countries, ctx.sources));
    problems.push(...validateNonRecognition(p));
    problems.push(...validatePrecedence(p));
  }
  // The checks across periods compare dates, so they need every record's fields to be valid.
  if (problems.length > 0) return problems;
  return [
    ...validateContiguity(data.relations),
    ...validateIndependence(data.relations, data.countries, ctx.firstDay),
    ...validateCoverage(data.relations, data.countries, ctx.verifiedThrough),
    ...validateRules(data.rules, data.relations, data.countries, ctx.sources),
  ];
}
