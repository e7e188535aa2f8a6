/**
 * Checks on the relations dataset. Each validator throws DataError with a message that names the
 * record at fault; `validateRelationsData` runs them all. Periods are half-open: `from` is the
 * first day, `to` the first day after (null: still so), so a pair's periods are contiguous when
 * each `to` equals the next `from`.
 */
import type { Source } from '../../src/lib/domain/types';
import {
  type CountryRecord,
  type RecognitionRule,
  type RelationPeriod,
  type RelationsData,
  STATUS_ORDER,
  STATUSES_REQUIRING_RELATIONS,
  pairKey,
} from '../../src/lib/domain/relations';
import { type IsoDate, isIsoDate, toDay } from '../../src/lib/time/days';
import { DataError } from '../lib/context';

const PRECISIONS = ['day', 'month', 'year'];
const CONFIDENCES = ['high', 'medium', 'low'];
const ISO_ALPHA2 = /^[A-Z]{2}$/;

export interface ValidationContext {
  sources: ReadonlyMap<string, Source>;
  /** The atlas's first day: pairs of states older than it start on it. */
  firstDay: IsoDate;
  verifiedThrough: IsoDate;
}

function describe(p: RelationPeriod): string {
  return `relation ${p.a}-${p.b} ${p.status} from ${p.from}`;
}

/** Every id resolves in the bibliography, and there is at least one. */
export function validateSourceIds(
  where: string,
  ids: readonly string[] | undefined,
  sources: ReadonlyMap<string, Source>,
  allowEmpty = false,
): void {
  if (!Array.isArray(ids)) throw new DataError(`${where}: sources must be a list`);
  if (ids.length === 0 && !allowEmpty) throw new DataError(`${where}: cites no source`);
  for (const id of ids) {
    if (!sources.has(id)) throw new DataError(`${where}: unknown source "${id}"`);
  }
}

function checkDate(where: string, field: string, value: unknown): void {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new DataError(`${where}: ${field} "${String(value)}" is not a valid YYYY-MM-DD day`);
  }
}

/** Codes are distinct ISO alpha-2; independence is a valid day or null; sources resolve. */
export function validateCountries(
  countries: readonly CountryRecord[],
  sources: ReadonlyMap<string, Source>,
): void {
  const seen = new Set<string>();
  for (const c of countries) {
    const where = `country ${c.code}`;
    if (!ISO_ALPHA2.test(c.code)) throw new DataError(`${where}: not an ISO alpha-2 code`);
    if (seen.has(c.code)) throw new DataError(`${where}: listed twice`);
    seen.add(c.code);
    if (!c.name?.trim()) throw new DataError(`${where}: name is missing`);
    if (c.independence !== null) {
      checkDate(where, 'independence', c.independence);
      validateSourceIds(where, c.sources, sources);
    } else {
      // A state older than the atlas needs no dated source for its existence.
      validateSourceIds(where, c.sources, sources, true);
    }
    if (c.recognisedTerritorySources !== undefined) {
      validateSourceIds(`${where} recognised territory`, c.recognisedTerritorySources, sources);
    }
  }
  // The control layer divides these states into zones; the panel cites these sources for them.
  for (const code of ['AM', 'AZ', 'GE']) {
    const c = countries.find((country) => country.code === code);
    if (!c?.recognisedTerritorySources?.length) {
      throw new DataError(`country ${code}: recognisedTerritorySources are missing`);
    }
  }
}

/** Fields of one period: known states, valid status, dates, precision, confidence, sources. */
export function validatePeriodFields(
  p: RelationPeriod,
  countries: readonly CountryRecord[],
  sources: ReadonlyMap<string, Source>,
): void {
  const where = describe(p);
  const codes = new Set(countries.map((c) => c.code));
  if (!codes.has(p.a)) throw new DataError(`${where}: ${p.a} is not a followed state`);
  if (!codes.has(p.b)) throw new DataError(`${where}: ${p.b} is not a followed state`);
  if (p.a === p.b) throw new DataError(`${where}: a state paired with itself`);
  if (!(STATUS_ORDER as readonly string[]).includes(p.status)) {
    throw new DataError(`${where}: unknown status "${p.status}"`);
  }
  checkDate(where, 'from', p.from);
  if (p.to !== null) {
    checkDate(where, 'to', p.to);
    if (toDay(p.to) <= toDay(p.from)) {
      throw new DataError(`${where}: to ${p.to} must be after from (to is exclusive)`);
    }
  }
  if (!PRECISIONS.includes(p.datePrecision)) {
    throw new DataError(`${where}: datePrecision must be day, month or year`);
  }
  if (!CONFIDENCES.includes(p.confidence)) {
    throw new DataError(`${where}: confidence must be high, medium or low`);
  }
  if (typeof p.diplomaticRelations !== 'boolean') {
    throw new DataError(`${where}: diplomaticRelations must be true or false`);
  }
  validateSourceIds(where, p.sources, sources);
}

/** `notRecognisedBy` is present exactly for non-recognition and names one side of the pair. */
export function validateNonRecognition(p: RelationPeriod): void {
  const where = describe(p);
  if (p.status === 'non-recognition') {
    if (p.notRecognisedBy !== p.a && p.notRecognisedBy !== p.b) {
      throw new DataError(`${where}: notRecognisedBy must be ${p.a} or ${p.b}`);
    }
  } else if (p.notRecognisedBy !== undefined) {
    throw new DataError(`${where}: notRecognisedBy is only for non-recognition`);
  }
}

/**
 * The precedence rule: relations, strategic partnerships and alliances exist only with
 * diplomatic relations, and non-recognition or no-relations only without. So a pair without
 * relations (Armenia and Azerbaijan in the Collective Security Treaty) cannot be an alliance.
 */
export function validatePrecedence(p: RelationPeriod): void {
  const needsRelations = STATUSES_REQUIRING_RELATIONS.includes(p.status);
  if (needsRelations && !p.diplomaticRelations) {
    throw new DataError(`${describe(p)}: ${p.status} requires diplomatic relations`);
  }
  if (!needsRelations && p.diplomaticRelations) {
    throw new DataError(`${describe(p)}: ${p.status} contradicts diplomaticRelations: true`);
  }
}

/** Periods grouped by unordered pair, each group ordered by `from`. */
export function periodsByPair(periods: readonly RelationPeriod[]): Map<string, RelationPeriod[]> {
  const groups = new Map<string, RelationPeriod[]>();
  for (const p of periods) {
    const key = pairKey(p.a, p.b);
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  for (const list of groups.values()) list.sort((x, y) => toDay(x.from) - toDay(y.from));
  return groups;
}

/** Within a pair, each period ends where the next begins: no overlap and no gap. */
export function validateContiguity(periods: readonly RelationPeriod[]): void {
  for (const [key, list] of periodsByPair(periods)) {
    for (let i = 0; i + 1 < list.length; i++) {
      const current = list[i]!;
      const next = list[i + 1]!;
      if (current.to === null) {
        throw new DataError(
          `pair ${key}: period from ${current.from} is open-ended but ${next.from} follows`,
        );
      }
      const end = toDay(current.to);
      const start = toDay(next.from);
      if (end > start) {
        throw new DataError(
          `pair ${key}: period from ${current.from} to ${current.to} overlaps the one from ${next.from}`,
        );
      }
      if (end < start) {
        throw new DataError(`pair ${key}: gap between ${current.to} and ${next.from}`);
      }
    }
  }
}

/**
 * A pair starts no earlier than both states' independence, and a pair of two states older than
 * the atlas starts exactly on its first day (so the old pairs have no unexplained hole).
 */
export function validateIndependence(
  periods: readonly RelationPeriod[],
  countries: readonly CountryRecord[],
  firstDay: IsoDate,
): void {
  const independence = new Map(countries.map((c) => [c.code, c.independence]));
  for (const [key, list] of periodsByPair(periods)) {
    const first = list[0]!;
    const dates = [independence.get(first.a), independence.get(first.b)];
    for (const date of dates) {
      if (date && toDay(first.from) < toDay(date)) {
        throw new DataError(`pair ${key}: starts ${first.from}, before independence on ${date}`);
      }
    }
    if (toDay(first.from) < toDay(firstDay)) {
      throw new DataError(
        `pair ${key}: starts ${first.from}, before the atlas's first day ${firstDay}`,
      );
    }
    if (dates.every((d) => d === null) && first.from !== firstDay) {
      throw new DataError(
        `pair ${key}: both states predate the atlas, so it must start on ${firstDay}`,
      );
    }
  }
}

/** Every pair of followed states has periods, and the last one reaches the verified-through day. */
export function validateCoverage(
  periods: readonly RelationPeriod[],
  countries: readonly CountryRecord[],
  verifiedThrough: IsoDate,
): void {
  const groups = periodsByPair(periods);
  const codes = countries.map((c) => c.code);
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const key = pairKey(codes[i]!, codes[j]!);
      const list = groups.get(key);
      if (!list) throw new DataError(`pair ${key}: no periods`);
      const last = list[list.length - 1]!;
      if (last.to !== null && toDay(last.to) <= toDay(verifiedThrough)) {
        throw new DataError(
          `pair ${key}: ends ${last.to}, before the verified-through day ${verifiedThrough}`,
        );
      }
    }
  }
}

/** The UN member list is 193 distinct alpha-2 codes. */
export function validateUnMembers(codes: readonly string[]): void {
  const distinct = new Set(codes);
  if (distinct.size !== codes.length) throw new DataError('UN member list has duplicates');
  if (codes.length !== 193)
    throw new DataError(`UN member list has ${codes.length} codes, not 193`);
  for (const code of codes) {
    if (!ISO_ALPHA2.test(code)) throw new DataError(`UN member list: "${code}" is not alpha-2`);
  }
}

function validateRuleFields(r: RecognitionRule, sources: ReadonlyMap<string, Source>): void {
  const where = `rule ${r.id}`;
  if (r.kind !== 'recognition') throw new DataError(`${where}: unknown kind "${r.kind}"`);
  if (!ISO_ALPHA2.test(r.subject)) throw new DataError(`${where}: subject is not alpha-2`);
  checkDate(where, 'from', r.from);
  if (r.to !== null) {
    checkDate(where, 'to', r.to);
    if (toDay(r.to) <= toDay(r.from)) throw new DataError(`${where}: to must be after from`);
  }
  if (!PRECISIONS.includes(r.datePrecision)) throw new DataError(`${where}: bad datePrecision`);
  if (!CONFIDENCES.includes(r.confidence)) throw new DataError(`${where}: bad confidence`);
  validateSourceIds(where, r.sources, sources);
  if (r.appliesTo.includes(r.subject)) throw new DataError(`${where}: applies to its own subject`);
  if (new Set(r.appliesTo).size !== r.appliesTo.length) {
    throw new DataError(`${where}: appliesTo has duplicates`);
  }
  for (const code of r.except) {
    if (!r.appliesTo.includes(code)) {
      throw new DataError(`${where}: ${code} in except but not in appliesTo`);
    }
  }
}

/** A followed state in `except` withholds recognition in the pair data, others never do. */
function validateRuleAgainstPairs(
  r: RecognitionRule,
  groups: ReadonlyMap<string, RelationPeriod[]>,
  followed: ReadonlySet<string>,
): void {
  if (!followed.has(r.subject)) return;
  const ruleStart = toDay(r.from);
  const ruleEnd = r.to === null ? Infinity : toDay(r.to);
  for (const code of r.appliesTo.filter((c) => followed.has(c))) {
    for (const p of groups.get(pairKey(code, r.subject)) ?? []) {
      const start = toDay(p.from);
      const end = p.to === null ? Infinity : toDay(p.to);
      if (end <= ruleStart || start >= ruleEnd) continue;
      const withheld = p.status === 'non-recognition' && p.notRecognisedBy === code;
      if (r.except.includes(code) && !withheld) {
        throw new DataError(
          `rule ${r.id}: ${code} is excepted but ${describe(p)} says it recognised ${r.subject}`,
        );
      }
      if (!r.except.includes(code) && withheld) {
        throw new DataError(
          `rule ${r.id}: ${describe(p)} contradicts the rule (${code} not excepted)`,
        );
      }
    }
  }
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
): void {
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new DataError(`rule ${r.id}: id used twice`);
    ids.add(r.id);
    validateRuleFields(r, sources);
  }
  const bySubject = new Map<string, RecognitionRule[]>();
  for (const r of rules) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
  for (const [subject, list] of bySubject) {
    list.sort((x, y) => toDay(x.from) - toDay(y.from));
    for (let i = 0; i + 1 < list.length; i++) {
      const end = list[i]!.to;
      if (end === null || toDay(end) > toDay(list[i + 1]!.from)) {
        throw new DataError(`rules about ${subject}: ${list[i]!.id} overlaps ${list[i + 1]!.id}`);
      }
    }
  }
  const groups = periodsByPair(periods);
  const followed = new Set(countries.map((c) => c.code));
  for (const r of rules) validateRuleAgainstPairs(r, groups, followed);
}

/** `statusOrder` is exactly the published order, lowest first. */
export function validateStatusOrder(order: readonly string[]): void {
  if (JSON.stringify(order) !== JSON.stringify(STATUS_ORDER)) {
    throw new DataError(`statusOrder must be ${STATUS_ORDER.join(', ')}`);
  }
}

/** Runs every check on a whole dataset. */
export function validateRelationsData(data: RelationsData, ctx: ValidationContext): void {
  validateStatusOrder(data.statusOrder);
  validateCountries(data.countries, ctx.sources);
  for (const p of data.relations) {
    validatePeriodFields(p, data.countries, ctx.sources);
    validateNonRecognition(p);
    validatePrecedence(p);
  }
  validateContiguity(data.relations);
  validateIndependence(data.relations, data.countries, ctx.firstDay);
  validateCoverage(data.relations, data.countries, ctx.verifiedThrough);
  validateRules(data.rules, data.relations, data.countries, ctx.sources);
}
