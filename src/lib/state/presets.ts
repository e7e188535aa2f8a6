/**
 * The preset views the user can jump to, and how much of the screen the overlays leave for a
 * view. Plain data, so the buttons need nothing of the map; the map frames them.
 */
export type PresetView = 'caucasus-pakistan' | 'caucasus' | 'karabakh' | 'pakistan';

/** [[west, south], [east, north]] of each preset view. */
export const PRESET_BOUNDS: Record<PresetView, [[number, number], [number, number]]> = {
  'caucasus-pakistan': [
    [39.5, 23.5],
    [77.5, 44.0],
  ],
  caucasus: [
    [39.9, 38.2],
    [50.7, 43.7],
  ],
  // The former Nagorno-Karabakh Autonomous Oblast (its zones span about 46.4–47.2 E,
  // 39.4–40.4 N) with a small margin, so Stepanakert is near the middle, not Armenia.
  karabakh: [
    [46.2, 39.3],
    [47.4, 40.5],
  ],
  pakistan: [
    [60.8, 23.6],
    [77.9, 37.1],
  ],
};

/** The views offered as buttons (the first view, framing both regions, is the start). */
export const PRESET_BUTTONS: readonly { view: PresetView; label: string }[] = [
  { view: 'caucasus', label: 'South Caucasus' },
  { view: 'karabakh', label: 'Karabakh' },
  { view: 'pakistan', label: 'Pakistan' },
];

/** Below this width the legend and options fold away and panels become bottom sheets. */
export const NARROW_WIDTH = 700;

/**
 * Room kept free for the top bar, the legend (left) and the timeline (bottom) when framing a
 * view; on a narrow screen, where the overlays fold, only a margin above and below.
 */
export function viewPadding(width: number, height: number) {
  if (width >= NARROW_WIDTH) return { top: 110, bottom: 215, left: 300, right: 30 };
  const top = Math.round(Math.min(140, height * 0.18));
  const bottom = Math.round(Math.min(420, height * 0.45));
  return { top, bottom, left: 12, right: 12 };
}

/** The details panel's width on a wide screen (25rem) and its gap to the edge, in px. */
const PANEL_ROOM = 400 + 10 + 30;
/** The bottom sheet's largest share of a narrow screen's height (55vh). */
const SHEET_SHARE = 0.55;

/**
 * Room kept free when framing a selection: as for a view, and also the open details panel, on
 * the right on a wide screen and as a bottom sheet on a narrow one. Where the legend and the
 * panel leave too little between them, the legend's room shrinks (the legend can be folded;
 * the panel is what the reader is looking at).
 */
export function selectionPadding(width: number, height: number, overlays?: OverlayEdges) {
  const view = viewPadding(width, height);
  // The top bar wraps onto more lines on a narrow screen: keep clear of it as measured.
  const top = Math.max(view.top, overlays ? overlays.top + 12 : 0);
  if (width < NARROW_WIDTH) {
    return { ...view, top, bottom: Math.round(height * SHEET_SHARE) + 16 };
  }
  const bottom = Math.max(view.bottom, overlays ? overlays.bottom + 12 : 0);
  const left = Math.max(30, Math.min(view.left, width - PANEL_ROOM - 240));
  return { top, bottom, left, right: PANEL_ROOM };
}

/** Where the top bar ends and the timeline begins, measured from the top and bottom edges. */
export interface OverlayEdges {
  top: number;
  bottom: number;
}
