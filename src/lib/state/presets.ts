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
  karabakh: [
    [45.6, 38.85],
    [47.6, 40.65],
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
