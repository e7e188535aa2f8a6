/** What can be selected on the map, in the search or by a link: the URL's `select=kind:id`. */
export const SELECTION_KINDS = ['country', 'zone', 'place', 'event'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export interface Selection {
  kind: SelectionKind;
  id: string;
}
