/**
 * The words the panel's bibliography shows beside each source: what kind of publication it is,
 * and whether its publisher is independent or belongs to a party (and whose). In words, so the
 * distinction never rests on colour or an icon.
 */
import { DE_FACTO_NAMES, STATE_NAMES, isZonedState } from '../domain/labels';
import type { Source } from '../domain/types';

export const SOURCE_TYPE_LABELS: Record<NonNullable<Source['type']>, string> = {
  official: 'Official document',
  news: 'News agency or newspaper',
  encyclopedia: 'Encyclopedia',
  scholarly: 'Book or paper',
};

/** States other than the zoned ones whose bodies or outlets the bibliography cites as parties. */
const OTHER_PARTIES: Readonly<Record<string, string>> = {
  RU: 'Russia',
  TR: 'Türkiye',
  IR: 'Iran',
  PK: 'Pakistan',
  IN: 'India',
  CN: 'China',
  US: 'United States',
};

/** The name of a party code of the bibliography (`partyOf`): a state or a de facto authority. */
export function partyName(code: string): string {
  if (isZonedState(code)) return STATE_NAMES[code].state;
  if (code in DE_FACTO_NAMES) return DE_FACTO_NAMES[code as keyof typeof DE_FACTO_NAMES];
  return OTHER_PARTIES[code] ?? code;
}

/** "Official document; party: Georgia", "Encyclopedia; independent", or null if unknown. */
export function sourceKind(source: Source): string | null {
  const parts: string[] = [];
  if (source.type) parts.push(SOURCE_TYPE_LABELS[source.type]);
  if (source.affiliation === 'independent') parts.push('independent');
  else if (source.affiliation === 'party') {
    parts.push(source.partyOf ? `party: ${partyName(source.partyOf)}` : 'a party');
  }
  return parts.length > 0 ? parts.join('; ') : null;
}
