/**
 * Pattern images drawn in code (no sprite file to fetch). Each returns RGBA pixels that
 * MapLibre's addImage accepts.
 */
import { CLAIMANTS, type Claimant } from '../domain/claims';
import { CLAIM_HATCH_RISING, CLAIM_OUTLINES, claimHatchImage } from '../style/views';
import { CHANNELS, patternOf } from './channels';
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

function blank(size: number): PatternImage {
  return { width: size, height: size, data: new Uint8Array(size * size * 4) };
}

function setPixel(image: PatternImage, x: number, y: number, rgba: readonly number[]): void {
  const i = (y * image.width + x) * 4;
  image.data.set(rgba, i);
}

/** Dark dots on a transparent tile: marks de facto authorities beside their colour. */
export function dotPattern(size = 8): PatternImage {
  const image = blank(size);
  for (const [x, y] of [
    [1, 1],
    [2, 1],
    [1, 2],
    [2, 2],
    [5, 5],
    [6, 5],
    [5, 6],
    [6, 6],
  ] as const) {
    setPixel(image, x, y, [30, 30, 30, 170]);
  }
  return image;
}

/** The low-confidence hatching's period along x + y, in pixels (a divisor of the tile). */
export const HATCH_PERIOD = 6;
/** Pixels of each period drawn dark: a third of the area, at every zoom and on thin strips. */
export const HATCH_INK_WIDTH = 2;
export const HATCH_INK = [45, 45, 45, 150] as const;
/** A pale veil over the rest of the tile, so the area reads as one even tone, not as strokes. */
export const HATCH_TINT = [255, 255, 255, 80] as const;

/**
 * Diagonal hatching: marks areas whose control is known only with low confidence. Every pixel
 * is painted (dark lines rising to the right on a pale veil) and the lines continue across the
 * tile's edges (the period divides the tile), so the pattern covers any area evenly, however
 * thin or zoomed, instead of leaving loose strokes. The legend's swatch draws the same
 * (src/ui/Swatch.svelte, `.hatched`).
 */
export function hatchPattern(size = 12): PatternImage {
  if (size % HATCH_PERIOD !== 0)
    throw new Error(`hatch tile ${size} is not a multiple of the period`);
  const image = blank(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const ink = (x + y) % HATCH_PERIOD < HATCH_INK_WIDTH;
      setPixel(image, x, y, ink ? HATCH_INK : HATCH_TINT);
    }
  }
  return image;
}

/**
 * Short horizontal dashes, dark with a white halo: marks a typed transition of control
 * (ceasefire and disarmament under way), distinct from the dots and the diagonal hatching.
 */
export function transitionPattern(size = 16): PatternImage {
  const image = blank(size);
  for (let x = 0; x < 10; x++) {
    setPixel(image, x, 6, [255, 255, 255, 230]);
    setPixel(image, x, 7, [20, 20, 20, 240]);
    setPixel(image, x, 8, [20, 20, 20, 240]);
    setPixel(image, x, 9, [255, 255, 255, 230]);
  }
  return image;
}

/** A light square grid: marks an alliance with the focus, over its dark colour. */
export function gridPattern(size = 8): PatternImage {
  const image = blank(size);
  for (let i = 0; i < size; i++) {
    setPixel(image, i, 0, [255, 255, 255, 200]);
    setPixel(image, 0, i, [255, 255, 255, 200]);
  }
  return image;
}

/**
 * A claimant's hatching: two-pixel lines of its outline colour on a transparent tile, rising or
 * falling by claimant (CLAIM_HATCH_RISING), so two claims over one area cross.
 */
export function claimHatchPattern(claimant: Claimant, size = 12): PatternImage {
  const image = blank(size);
  const hex = CLAIM_OUTLINES[claimant];
  const rgba = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(215);
  for (let i = 0; i < size; i++) {
    const y = CLAIM_HATCH_RISING[claimant] ? size - 1 - i : i;
    setPixel(image, i, y, rgba);
    setPixel(image, (i + 1) % size, y, rgba);
  }
  return image;
}

const SIGN_INK = [20, 20, 20, 235] as const;
const SIGN_HALO = [255, 255, 255, 235] as const;

/** A sign drawn by `ink(x, y)` on a transparent tile, with a one-pixel white halo around it. */
function signPattern(size: number, ink: (x: number, y: number) => boolean): PatternImage {
  const image = blank(size);
  const near = (x: number, y: number) =>
    [-1, 0, 1].some((dx) => [-1, 0, 1].some((dy) => ink(x + dx, y + dy)));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (ink(x, y)) setPixel(image, x, y, SIGN_INK);
      else if (near(x, y)) setPixel(image, x, y, SIGN_HALO);
    }
  }
  return image;
}

/** Plus signs: gained by the holder on the day shown (comparison of two days). */
export function gainedPattern(size = 14): PatternImage {
  const c = size / 2;
  return signPattern(size, (x, y) => {
    const across = Math.abs(x - c + 0.5) <= 3.5 && (y === c - 1 || y === c);
    const down = Math.abs(y - c + 0.5) <= 3.5 && (x === c - 1 || x === c);
    return across || down;
  });
}

/** Minus signs: lost by the holder on the day shown (comparison of two days). */
export function lostPattern(size = 14): PatternImage {
  const c = size / 2;
  return signPattern(size, (x, y) => Math.abs(x - c + 0.5) <= 3.5 && (y === c - 1 || y === c));
}

/** Every pattern image the style may use. */
export const PATTERN_NAMES: readonly string[] = CHANNELS.flatMap((row) =>
  row.pattern ? [row.pattern] : [],
);

/** The image for a pattern name the style uses (see channels.ts), or null for an unknown name. */
export function patternImage(name: string): PatternImage | null {
  if (name === patternOf('dots')) return dotPattern();
  if (name === patternOf('hatching')) return hatchPattern();
  if (name === patternOf('transition')) return transitionPattern();
  if (name === patternOf('alliance-grid')) return gridPattern();
  const claimant = CLAIMANTS.find((c) => claimHatchImage(c) === name);
  if (claimant) return claimHatchPattern(claimant);
  if (name === patternOf('comparison-gained')) return gainedPattern();
  if (name === patternOf('comparison-lost')) return lostPattern();
  return null;
}

/** The map operations adding pattern images (MapLibre's map provides them). */
interface ImageTarget {
  hasImage(id: string): boolean;
  addImage(id: string, image: PatternImage): void;
}

/**
 * Adds every claimant's hatching before the claims source gets its data: a pattern image still
 * missing when a tile is cut is left out of that tile, and the claims tiles are cut only once.
 */
export function addClaimPatterns(map: ImageTarget): void {
  for (const claimant of CLAIMANTS) {
    const id = claimHatchImage(claimant);
    if (!map.hasImage(id)) map.addImage(id, claimHatchPattern(claimant));
  }
}
