/**
 * Where each part of an exported image goes: pure arithmetic on sizes, so it is unit-tested
 * without a browser. Every length here is in CSS pixels; the drawing code multiplies by the
 * image's pixel ratio, so a 2× image is the screen image at twice the resolution.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Mean circumference of the Earth at the equator, in metres (WGS 84). */
const EARTH_CIRCUMFERENCE = 40_075_016.686;
/** MapLibre's tiles are 512 CSS pixels wide at zoom 0. */
const TILE_SIZE = 512;

/** Ground metres per CSS pixel of a Web Mercator map at `zoom`, at `latitude` degrees. */
export function metresPerPixel(zoom: number, latitude: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** Length of the bar in CSS pixels. */
  length: number;
  label: string;
}

/**
 * The longest round distance (1, 2 or 5 times a power of ten) whose bar fits in `maxLength`
 * CSS pixels.
 */
export function scaleBar(metresPerCssPixel: number, maxLength: number): ScaleBar {
  const most = metresPerCssPixel * maxLength;
  const power = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((s) => s * power <= most) ?? 1;
  const metres = step * power;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, length: metres / metresPerCssPixel, label };
}

/** Sizes of the drawing, in CSS pixels. */
export const METRICS = {
  margin: 8,
  padding: 8,
  titleSize: 15,
  textSize: 11,
  lineGap: 4,
  swatch: 11,
  swatchGap: 6,
  scaleMax: 120,
  scaleHeight: 5,
} as const;

export interface LayoutInput {
  /** The map's size in CSS pixels (the image is this times its pixel ratio). */
  width: number;
  height: number;
  /** Widths in CSS pixels of the header's lines (title, then details). */
  headerLines: number[];
  /** Widths of the legend's lines: headings and items (items get a swatch before them). */
  legendLines: { width: number; swatch: boolean }[];
  /** Widths of the attribution's lines. */
  footerLines: number[];
  scale: ScaleBar;
}

export interface Layout {
  header: Box;
  legend: Box | null;
  footer: Box;
  /** The scale bar's box: the label above, the bar below. */
  scale: Box;
  /** Height of one text line of each kind. */
  titleLine: number;
  textLine: number;
}

/** Lines of `widths`, with padding, no wider than the image allows. */
function textBox(widths: number[], lineHeights: number[], maxWidth: number) {
  const { padding } = METRICS;
  const width = Math.min(maxWidth, Math.max(0, ...widths) + 2 * padding);
  const height = lineHeights.reduce((sum, h) => sum + h, 0) + 2 * padding;
  return { width, height };
}

/**
 * Header at the top left (title and details), attribution along the bottom, the legend above
 * the attribution on the left, and the scale bar above it on the right.
 */
export function layoutExport(input: LayoutInput): Layout {
  const { margin, padding, titleSize, textSize, lineGap, swatch, swatchGap } = METRICS;
  const titleLine = titleSize + lineGap;
  const textLine = textSize + lineGap;
  const maxWidth = input.width - 2 * margin;

  const [title = 0, ...details] = input.headerLines;
  const headerSize = textBox(
    [title, ...details],
    [titleLine, ...details.map(() => textLine)],
    maxWidth,
  );
  const header: Box = { x: margin, y: margin, ...headerSize };

  const footerSize = textBox(
    input.footerLines,
    input.footerLines.map(() => textLine),
    maxWidth,
  );
  const footer: Box = {
    x: margin,
    y: input.height - margin - footerSize.height,
    ...footerSize,
  };

  let legend: Box | null = null;
  if (input.legendLines.length > 0) {
    const widths = input.legendLines.map((l) => l.width + (l.swatch ? swatch + swatchGap : 0));
    const size = textBox(
      widths,
      input.legendLines.map(() => textLine),
      maxWidth,
    );
    legend = { x: margin, y: footer.y - margin - size.height, ...size };
  }

  const scaleWidth = input.scale.length + 2 * padding;
  const scaleHeight = textLine + METRICS.scaleHeight + 2 * padding;
  const scale: Box = {
    x: input.width - margin - scaleWidth,
    y: footer.y - margin - scaleHeight,
    width: scaleWidth,
    height: scaleHeight,
  };
  return { header, legend, footer, scale, titleLine, textLine };
}

/** The downloaded file's name, after the day shown. */
export function exportFileName(isoDate: string): string {
  return `caucasus-atlas-${isoDate}.png`;
}
