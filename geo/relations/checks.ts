/**
 * Shared pieces of the relations checks: codes, dates, source ids and the grouping of periods
 * by pair. Each check returns the problems it finds, naming the record at fault.
 */
import type { Source } from '../../src/lib/domain/types';
import { type RelationPeriod, pairKey } from '../../src/lib/domain/relations';
import { type IsoDate, isIsoDate, toDay } from '../../src/lib/time/days';

export const PRECISIONS = ['day', 'month', 'year'];
export const CONFIDENCES = ['high', 'medium', 'low'];
export const ISO_ALPHA2 = /^[A-Z]{2}$/;

export function describe(p: RelationPeriod): string {
  return `relation ${p.a}-${p.b} ${p.status} from ${p.from}`;
}

/** Every id resolves in the bibliography, and there is at least one. */
export function validateSourceIds(
  where: string,
  ids: readonly string[] | undefined,
  sources: ReadonlyMap<string, Source>,
  allowEmpty = false,
): string[] {
  const problems: string[] = [];
  if (!Array.isArray(ids)) return [`${where}: sources must be a list`];
  if (ids.length === 0 && !allowEmpty) problems.push(`${where}: cites no source`);
  for (const id of ids) {
    if (!sources.has(id)) problems.push(`${where}: unknown source "${id}"`);
  }
  return problems;
}

export function checkDate(where: string, field: string, value: unknown): string[] {
  return typeof value === 'string' && isIsoDate(value)
    ? []
    : [`${where}: ${field} "${String(value)}" is not a valid YYYY-MM-DD day`];
}

/** Both ends valid (or `to` null) and `to` after `from`. */
export function checkInterval(where: string, from: unknown, to: unknown): string[] {
  const problems = [...checkDate(where, 'from', from)];
  if (to !== null) problems.push(...checkDate(where, 'to', to));
  if (problems.length === 0 && to !== null && toDay(to as IsoDate) <= toDay(from as IsoDate))
    problems.push(`${where}: to ${String(to)} must be after from (to is exclusive)`);
  return problems;
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
