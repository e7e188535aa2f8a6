/**
 * The panel's rule: a statement stands only with the sources it rests on. `statement` returns
 * null for anything unsourced, and every builder drops the nulls, so no unsourced sentence can
 * reach the panel.
 */
import type { Confidence } from '../domain/types';
import type { Details, Statement } from './types';

/** A statement, or null when nothing supports it. */
export function statement(
  text: string,
  sources: readonly string[],
  confidence?: Confidence,
): Statement | null {
  const ids = [...new Set(sources.filter((s) => s.length > 0))];
  if (ids.length === 0 || text.trim() === '') return null;
  return confidence ? { text, sources: ids, confidence } : { text, sources: ids };
}

export function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/**
 * Every source id the details cite, in the order they first appear in the panel, for the
 * numbered bibliography.
 */
export function citedSources(details: Details): string[] {
  const order = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => order.add(id));
  if (details.event) {
    add(details.event.summary.sources);
    details.event.readings.forEach((r) => add(r.sources));
  }
  if (details.control) add(details.control.statement.sources);
  details.facts.forEach((f) => add(f.sources));
  details.heldByOthers.forEach((h) => add(h.statement.sources));
  details.history.forEach((h) => add(h.statement.sources));
  if (details.relation) {
    if (details.relation.now) add(details.relation.now.sources);
    details.relation.segments.forEach((s) => add(s.statement.sources));
  }
  if (details.recognition) {
    if (details.recognition.now) add(details.recognition.now.sources);
    if (details.recognition.summary) add(details.recognition.summary.sources);
    details.recognition.lines.forEach((l) => add(l.statement.sources));
  }
  details.events.forEach((e) => add(e.sources));
  return [...order];
}
