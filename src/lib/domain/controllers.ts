/**
 * Names of the controllers, by date: before independence in 1991 the states were Soviet
 * republics, and the app names them so.
 */
import type { Controller } from './types';
import { type IsoDate, toDay } from '../time/days';

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

const STATE_NAMES: Record<'AM' | 'AZ' | 'GE', [soviet: string, state: string]> = {
  AM: ['Armenian SSR', 'Armenia'],
  AZ: ['Azerbaijan SSR', 'Azerbaijan'],
  GE: ['Georgian SSR', 'Georgia'],
};

const DE_FACTO: Record<'NKR' | 'ABK' | 'OSS' | 'RU-PKF', string> = {
  NKR: 'Nagorno-Karabakh Republic / Artsakh (de facto)',
  ABK: 'Abkhazia (de facto)',
  OSS: 'South Ossetia (de facto)',
  'RU-PKF': 'Russian peacekeeping force (under the 10 Nov 2020 statement)',
};

/** The controller's name as it applied on `date`. */
export function controllerLabel(code: Controller, date: IsoDate): string {
  if (code === 'AM' || code === 'AZ' || code === 'GE') {
    const [soviet, state] = STATE_NAMES[code];
    return toDay(date) < toDay(INDEPENDENCE[code]) ? soviet : state;
  }
  return DE_FACTO[code];
}
