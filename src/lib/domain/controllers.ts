/**
 * Names of the controllers, by day: before independence in 1991 the states were Soviet
 * republics, and the app names them so. The independence days come from the relations data,
 * where they are cited.
 */
import type { DayNumber } from '../time/days';
import { DE_FACTO_NAMES, STATE_NAMES, isZonedState } from './labels';
import type { IndexedCountry } from './relations';
import type { Controller, CountryCode } from './types';

/** The followed states with their independence days (`AtlasIndex.relations.countries`). */
export type IndependenceDays = ReadonlyMap<CountryCode, Pick<IndexedCountry, 'independenceDay'>>;

/** The controller's name as it applied on `day`. */
export function controllerLabel(
  code: Controller,
  day: DayNumber,
  countries: IndependenceDays,
): string {
  if (!isZonedState(code)) return DE_FACTO_NAMES[code];
  const { soviet, state } = STATE_NAMES[code];
  const independence = countries.get(code)?.independenceDay ?? null;
  return independence !== null && day < independence ? soviet : state;
}
