/** What the Share menu is given: the view shown and the published data it shares. */
import type { RelationsIndex } from '../../lib/domain/relations';
import type { IsoDate } from '../../lib/time/days';

export interface ShareProps {
  day: IsoDate;
  /** Where the published files are served (`…/data/`). */
  dataBase: string;
  manifest: {
    version: string;
    verifiedThrough: IsoDate;
    licences: Record<string, string>;
    files?: Record<string, { bytes: number }>;
  };
  relations: RelationsIndex;
  focus: string | null;
  focusName: string | null;
  /** The selection's title as the panel shows it, or null. */
  selectionLabel: string | null;
  layers: readonly string[];
}
