/**
 * Every fixed English text the atlas shows for a code of the data: names of states and
 * controllers, naming conventions and scripts, months, kinds of place, relation statuses, and
 * the list of states whose relations the data follows. One copy each, so the map, the panel,
 * the legend and the search never disagree on a name.
 */
import { MONTH_NAMES } from '../time/days';
import type { PlaceKind } from './places';
import type { EntityId } from './recognition';
import type { RelationStatus, RelationsIndex } from './relations';
import type { Controller, CountryCode, NamingConvention } from './types';

/** The states whose territory the control layer divides into zones. */
export type ZonedState = 'AM' | 'AZ' | 'GE';

/** Names of the zoned states before independence (Soviet republics) and after. */
export const STATE_NAMES: Record<ZonedState, { soviet: string; state: string }> = {
  AM: { soviet: 'Armenian SSR', state: 'Armenia' },
  AZ: { soviet: 'Azerbaijan SSR', state: 'Azerbaijan' },
  GE: { soviet: 'Georgian SSR', state: 'Georgia' },
};

export function isZonedState(code: string): code is ZonedState {
  return code in STATE_NAMES;
}

/** Names of the controllers that are not states; they do not change with the date. */
export const DE_FACTO_NAMES: Record<Exclude<Controller, ZonedState>, string> = {
  NKR: 'Nagorno-Karabakh Republic / Artsakh (de facto)',
  ABK: 'Abkhazia (de facto)',
  OSS: 'South Ossetia (de facto)',
  'RU-PKF': 'Russian peacekeeping force (under the 10 Nov 2020 statement)',
};

/**
 * Short names of every controller, the same on every day, for the timeline chart's legend: it
 * covers the whole range at once, and a label that changed with the day would reflow the bar
 * during play. Hover texts and the panel keep the full names of the day.
 */
export const SHORT_CONTROLLER_NAMES: Record<Controller, string> = {
  AZ: 'Azerbaijan',
  AM: 'Armenia',
  GE: 'Georgia',
  NKR: 'Karabakh authorities (de facto)',
  ABK: 'Abkhazia (de facto)',
  OSS: 'South Ossetia (de facto)',
  'RU-PKF': 'Russian peacekeepers',
};

/** The naming conventions, in the order the names menu offers them. */
export const CONVENTIONS: readonly NamingConvention[] = ['intl', 'hy', 'az'];

/** What each convention or language's usage is called, as a heading ("Armenian usage"). */
export const USAGE_LABELS: Record<NamingConvention | 'ka' | 'ru', string> = {
  intl: 'International usage',
  hy: 'Armenian usage',
  az: 'Azerbaijani usage',
  ka: 'Georgian usage',
  ru: 'Russian usage',
};

/** The usage inside a sentence: "Title in international usage.", "Title in Armenian usage." */
export function usageInSentence(convention: NamingConvention): string {
  return convention === 'intl' ? 'international usage' : USAGE_LABELS[convention];
}

/** The languages whose names the data carries besides the international one, in display order. */
export const NAME_LANGUAGES = ['hy', 'az', 'ka', 'ru'] as const;

/** A name written in its own language's script is labelled with the language. */
export const SCRIPT_LABELS: Record<(typeof NAME_LANGUAGES)[number], string> = {
  hy: 'Armenian',
  az: 'Azerbaijani',
  ka: 'Georgian',
  ru: 'Russian',
};

export { MONTH_NAMES };

/** "Jan", "Feb", ...: the timeline's axis. */
export const MONTH_SHORT: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  capital: 'Capital',
  'de-facto-capital': 'De facto capital',
  town: 'Town',
  village: 'Village',
};

/** A relation status inside a sentence: "Armenia and Iran: diplomatic relations." */
export const STATUS_TEXT: Record<RelationStatus, string> = {
  'non-recognition': 'no recognition',
  'no-relations': 'mutual recognition, no diplomatic relations',
  relations: 'diplomatic relations',
  'strategic-partnership': 'a declared strategic partnership',
  alliance: 'an alliance (mutual-defence commitment)',
};

/**
 * The breakaway entities a focus can be, in the data's order, under the data's neutral names
 * (both names where the name itself is disputed: "Nagorno-Karabakh Republic / Artsakh").
 */
export function focusEntities(
  relations: Pick<RelationsIndex, 'entities'>,
): { code: EntityId; name: string }[] {
  return [...relations.entities.values()].map((e) => ({ code: e.id, name: e.name }));
}

/** The states whose bilateral relations the data follows, in the data's order. */
export function followedStates(
  relations: Pick<RelationsIndex, 'countries'>,
): { code: CountryCode; name: string }[] {
  return [...relations.countries.values()].map((c) => ({ code: c.code, name: c.name }));
}
