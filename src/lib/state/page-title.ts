/**
 * The page's title, so that a tab, a bookmark and the browser's history list say what each
 * view shows: the selection's name (in the chosen naming convention) if any, the day, the view.
 */
import type { ViewId } from './url';

/** What each view shows, as the title names it; a view not listed here is named by its id. */
export const VIEW_TITLES: Readonly<Record<ViewId, string>> = {
  control: 'De facto control',
  recognised: 'Recognised borders',
  claims: 'Claims',
};

export const SITE_NAME = 'Caucasus Atlas';

export interface TitleParts {
  /** The day shown, as written for readers ("30 September 2025"). */
  dateLabel: string;
  view: ViewId | string;
  /** The name of what the panel shows, in the chosen convention; null without a selection. */
  selectionName: string | null;
}

export function pageTitle({ dateLabel, view, selectionName }: TitleParts): string {
  const viewName = (VIEW_TITLES as Record<string, string>)[view] ?? view;
  const parts = [selectionName, dateLabel, viewName, SITE_NAME].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.join(' — ');
}
