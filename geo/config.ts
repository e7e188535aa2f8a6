import type { IsoDate } from '../src/lib/time/days';

/** First day the atlas covers. */
export const FIRST_DAY: IsoDate = '1988-01-01';

/**
 * The last day the data has been checked against sources. The app opens on it by default and
 * clamps later dates to it: nothing after it is claimed.
 */
export const VERIFIED_THROUGH: IsoDate = '2025-09-30';
