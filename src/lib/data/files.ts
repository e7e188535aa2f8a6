/**
 * Which published data files load when, by name (no imports: the build config reads the first
 * view's list too, to have index.html preload those files beside the program).
 */

/** What the first view draws or lists: loaded before the map. */
export const FIRST_VIEW_FILES = [
  'manifest.json',
  'base.json',
  'control-pieces.geojson',
  'control-fronts.geojson',
  'control-summary.json',
  'places.json',
  'events.geojson',
  'relations.json',
  // Under 1 KB gzip; the first view of a day before 1991-11-26 shows it.
  'reference-lines.geojson',
] as const;

/** What only the panel reads: the bibliography and the control periods' precision and notes. */
export const PANEL_FILES = ['control.geojson', 'sources.json'] as const;

export const DATA_FILES = [...FIRST_VIEW_FILES, ...PANEL_FILES] as const;

/** What only a zoomed-in map reads: loaded when the map is first zoomed in far enough. */
export const ZOOM_FILES = ['towns.json'] as const;

/** What only a view other than control reads: loaded on the first switch to that view. */
export const VIEW_FILES = ['claims.json'] as const;
