/**
 * The reference lines the user can switch on: the former Nagorno-Karabakh Autonomous Oblast's
 * outline (public/data/reference-lines.geojson), shown by default on the days the oblast
 * existed within the atlas's range: before its abolition by the Azerbaijani parliament on
 * 26 November 1991 (the event record `nkao-autonomy-abolished`; the published file's `to`,
 * which a test checks against this date).
 */
import { type DayNumber, type IsoDate, toDay } from '../time/days';

export const NKAO_ABOLISHED: IsoDate = '1991-11-26';

/** What the legend, the toggle and the README call the line. */
export const NKAO_LINE_LABEL = 'Former NKAO (approximate, our own line)';

/** Whether the outline shows on `day` when the user has not chosen: while the oblast existed. */
export function nkaoShownByDefault(day: DayNumber): boolean {
  return day < toDay(NKAO_ABOLISHED);
}
