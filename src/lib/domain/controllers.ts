/**
 * Names of the controllers, by date: before independence in 1991 the states were Soviet
 * republics, and the app names them so.
 */
import type { Controller } from './types';
import { type IsoDate, toDay } from '../time/days';
import { DE_FACTO_NAMES, STATE_NAMES } from './labels';

/**
 * Days on which the three republics became independent states. Armenia: referendum of
 * 21 September 1991; Azerbaijan: constitutional act of 18 October 1991; Georgia: act of
 * restoration of independence of 9 April 1991. Sources are cited in the relations data.
 */
export const INDEPENDENCE: Record<'AM' | 'AZ' | 'GE', IsoDate> = {
  AM: '1991-09-21',
  AZ: '1991-10-18',
  GE: '1991-04-09',
};

/** The controller's name as it applied on `date`. */
export function controllerLabel(code: Controller, date: IsoDate): string {
  if (code === 'AM' || code === 'AZ' || code === 'GE') {
    const { soviet, state } = STATE_NAMES[code];
    return toDay(date) < toDay(INDEPENDENCE[code]) ? soviet : state;
  }
  return DE_FACTO_NAMES[code];
}
