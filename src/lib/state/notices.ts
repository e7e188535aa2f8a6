/**
 * Notices: what the app tells the user it ignored or adjusted. A bad link can carry any number of
 * problems (a hash of 2,000 repeated keys gives 1,999), and a long session of edited links any
 * number of links, so both are bounded here: one link gives one notice, which lists its first few
 * problems and counts the rest, and only the newest few notices stay.
 */

export interface Notice {
  id: number;
  /** One sentence: the problem itself, or how many there were. */
  text: string;
  /** The problems behind a merged notice, for the user who wants to see them; else empty. */
  details: readonly string[];
}

/** Most notices shown at once; the oldest go first. */
export const MAX_NOTICES = 3;

/** Most problems listed in one notice; the rest are counted. */
export const MAX_DETAILS = 8;

/** The words of one notice for the problems of one link, or null when there are none. */
export function noticeText(problems: readonly string[]): Omit<Notice, 'id'> | null {
  const distinct = [...new Set(problems)];
  if (distinct.length === 0) return null;
  if (distinct.length === 1) return { text: distinct[0]!, details: [] };
  const listed = distinct.slice(0, MAX_DETAILS);
  const rest = distinct.length - listed.length;
  return {
    text: `${distinct.length} parts of the link were ignored or adjusted.`,
    details: rest > 0 ? [...listed, `And ${rest} more.`] : listed,
  };
}

/**
 * The notices after one is added: a notice with the same text replaces the one shown (a link
 * pasted twice does not stack), and only the newest `MAX_NOTICES` stay.
 */
export function withNotice(notices: readonly Notice[], notice: Notice): Notice[] {
  const others = notices.filter((n) => n.text !== notice.text);
  return [...others, notice].slice(-MAX_NOTICES);
}
