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
  // Pakistan with the South Caucasus, whose relations with it the preset shows.
  pakistan: [
    [39.5, 23.5],
    [77.9, 44.0],
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
/** Below this height (a phone held sideways) the overlays fold away as on a narrow screen. */
export const SHORT_HEIGHT = 500;

/**
 * A phone-sized window, upright or sideways: the timeline starts compact, the legend and the
 * layer options start folded, and the first view frames the South Caucasus alone.
 */
export function isCompactScreen(width: number, height: number): boolean {
  return width < NARROW_WIDTH || height < SHORT_HEIGHT;
}

/** A wide window at least this tall (px) starts with the timeline's land chart shown. */
export const CHART_HEIGHT = 900;

/**
 * Whether the timeline's land chart starts shown: where there is height for it beside a
 * readable map (a tall window, or a phone, whose timeline starts folded and unfolds to all of
 * it), not in a laptop's 800 px, where the map would keep under two thirds of the window.
 */
export function startsWithChart(width: number, height: number): boolean {
  return isCompactScreen(width, height) || height >= CHART_HEIGHT;
}

/**
 * The view a page opens at without a `map=`: both regions where there is room for them to be
 * readable, the South Caucasus alone on a phone (Pakistan is then pointed to at the edge).
 */
export function firstView(width: number, height: number): PresetView {
  return isCompactScreen(width, height) ? 'caucasus' : 'caucasus-pakistan';
}

/**
 * Room kept free for the top bar, the legend (left) and the timeline (bottom) when framing a
 * view; on a phone, where the overlays fold, the bar above and the compact timeline, the
 * folded legend and the caption below.
 */
export function viewPadding(width: number, height: number) {
  if (!isCompactScreen(width, height)) return { top: 110, bottom: 215, left: 300, right: 30 };
  if (width >= NARROW_WIDTH) {
    // Sideways: one line of bar above, the compact timeline and the caption below.
    return {
      top: Math.round(height * 0.2),
      bottom: Math.round(height * 0.26),
      left: 40,
      right: 40,
    };
  }
  const top = Math.round(Math.min(140, height * 0.18));
  const bottom = Math.round(Math.min(170, height * 0.2));
  return { top, bottom, left: 12, right: 12 };
}

/** The details panel's width on a wide screen (25rem) and its gap to the edge, in px. */
const PANEL_ROOM = 400 + 10 + 30;
/** The bottom sheet's largest share of a narrow screen's height (50vh), above the timeline. */
const SHEET_SHARE = 0.5;

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
    const sheet = Math.round(height * SHEET_SHARE) + (overlays ? overlays.bottom : 0);
    return { ...view, top, bottom: sheet + 16 };
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

/** Where a place off the screen lies, seen from the middle of the view. */
export type Heading = 'east' | 'west' | 'north' | 'south';

/** A point inside Pakistan, near the middle of its preset view, that a pointer leads to. */
export const PAKISTAN_POINT: readonly [number, number] = [69.3, 30.4];

/**
 * The side of the view `bounds` ([[west, south], [east, north]]) beyond which `point` lies, or
 * null when it is in view: a pointer at that edge leads to it.
 */
export function headingTo(
  bounds: readonly [readonly [number, number], readonly [number, number]],
  point: readonly [number, number],
): Heading | null {
  const [[west, south], [east, north]] = bounds;
  const [lon, lat] = point;
  const beyond = {
    east: lon - east,
    west: west - lon,
    north: lat - north,
    south: south - lat,
  };
  let best: Heading | null = null;
  for (const side of ['east', 'west', 'north', 'south'] as const) {
    if (beyond[side] > 0 && (best === null || beyond[side] > beyond[best])) best = side;
  }
  return best;
}
