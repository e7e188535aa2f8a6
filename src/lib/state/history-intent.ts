/**
 * Whether a change of the URL hash makes a browser history entry (so that Back returns to the
 * view before it) or replaces the current one. Decided here, once, from two things only:
 *
 * - WHICH parameters changed: `map=` alone (the reader panned or zoomed, the map framed a
 *   selection) replaces; any other key pushes, including keys this module has never heard of,
 *   so a new parameter gets history entries with no code here;
 * - an explicit intent of the change: a gesture (a slider drag) makes one entry for all its
 *   changes; the ticks of a play replace the current entry, as a map move does (a play runs
 *   through days as a pan runs through places); and the state a link or Back/Forward put in
 *   place, with the clean-up of what it rejected, replaces.
 *
 * No window, no runes: url-sync.svelte.ts does the writing and tells this what happened.
 */
import { hashPairs } from './url';

export type HistoryMode = 'push' | 'replace' | 'none';

/** Names one continuous gesture (one drag); its changes share one history entry. */
export type GestureId = number;

/** The gesture of every play tick: it replaces the current entry, never makes one. */
export const PLAY_TICK: GestureId = -1;

/** Keys whose change alone never makes an entry: where the map is looking. */
export const REPLACING_KEYS: readonly string[] = ['map'];

/** The keys whose value differs between two hashes (added and removed ones included). */
export function changedKeys(from: string, to: string): string[] {
  const before = new Map(hashPairs(from));
  const after = new Map(hashPairs(to));
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key));
}

/** Push or replace for one change, from the keys it changes alone. */
export function modeForKeys(keys: readonly string[]): HistoryMode {
  if (keys.length === 0) return 'none';
  return keys.every((key) => REPLACING_KEYS.includes(key)) ? 'replace' : 'push';
}

/**
 * The history policy of one page: the gesture and settling intents it is told about, and the
 * decision for each write of the hash.
 */
export class HistoryIntent {
  /** The gesture the next change belongs to, if any. */
  #pending: GestureId | null = null;
  /** The gesture whose first change made the current entry. */
  #entryGesture: GestureId | null = null;
  #settling = false;

  /**
   * Says what the next change of state is part of: a gesture (its first change pushes, the
   * rest replace that entry), or nothing (null: a change of its own, such as a key press).
   */
  next(gesture: GestureId | null): void {
    this.#pending = gesture;
  }

  /**
   * From now until `settled()`, writes replace: the state a link or Back/Forward has just put
   * in place, and what it rejected or corrected, are that entry, not new ones.
   */
  settle(): void {
    this.#settling = true;
    this.#entryGesture = null;
  }

  settled(): void {
    this.#settling = false;
  }

  /** How to write `to` over the current entry `from`. Consumes the pending gesture. */
  decide(from: string, to: string): HistoryMode {
    const gesture = this.#pending;
    this.#pending = null;
    const byKeys = modeForKeys(changedKeys(from, to));
    if (byKeys !== 'push') return byKeys;
    if (this.#settling || gesture === PLAY_TICK) return 'replace';
    if (gesture !== null && gesture === this.#entryGesture) return 'replace';
    this.#entryGesture = gesture;
    return 'push';
  }
}
