/**
 * Draws the header, legend, scale bar and attribution over a copy of the map's pixels, with the
 * canvas 2D API (the text is drawn here, not captured from the page), at the image's pixel
 * ratio. Where things go is decided by layout.ts.
 */
import type { PatternImage } from '../map/patterns';
import { type Box, type Layout, METRICS, layoutExport, metresPerPixel, scaleBar } from './layout';

export interface LegendItem {
  label: string;
  /** Fill colour as #rrggbb; none draws white under the pattern, if any. */
  colour?: string;
  /** The map's own pattern image laid over the colour (dots, hatching, signs...). */
  pattern?: PatternImage;
  /** Drawn as a line instead of a swatch: dashed (the boundary between sides) or solid. */
  line?: 'dashed' | 'solid';
}

export interface LegendSection {
  heading: string;
  items: LegendItem[];
}

export interface ExportContent {
  title: string;
  /** Lines under the title: the day, the view, the map position. */
  details: string[];
  legend: LegendSection[];
  attribution: string[];
}

export interface MapPixels {
  image: HTMLCanvasElement;
  pixelRatio: number;
  zoom: number;
  latitude: number;
}

const FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";
const INK = '#1b1b1b';
const PANEL = 'rgba(255, 255, 255, 0.92)';

type Line = { text: string; kind: 'title' | 'heading' | 'text'; item?: LegendItem };

function font(kind: Line['kind']): string {
  if (kind === 'title') return `600 ${METRICS.titleSize}px ${FONT_FAMILY}`;
  if (kind === 'heading') return `600 ${METRICS.textSize}px ${FONT_FAMILY}`;
  return `${METRICS.textSize}px ${FONT_FAMILY}`;
}

function panel(g: CanvasRenderingContext2D, box: Box): void {
  g.fillStyle = PANEL;
  g.beginPath();
  g.roundRect(box.x, box.y, box.width, box.height, 6);
  g.fill();
}

/** A canvas fill that repeats a pattern image, as the map's fill-pattern does. */
function patternFill(g: CanvasRenderingContext2D, image: PatternImage): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  const data = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
  tile.getContext('2d')?.putImageData(data, 0, 0);
  return g.createPattern(tile, 'repeat');
}

function swatch(g: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): void {
  const size = METRICS.swatch;
  if (item.line) {
    g.save();
    g.strokeStyle = item.colour ?? INK;
    g.lineWidth = 2;
    g.setLineDash(item.line === 'dashed' ? [4, 3] : []);
    g.beginPath();
    g.moveTo(x, y + size / 2);
    g.lineTo(x + size, y + size / 2);
    g.stroke();
    g.restore();
    return;
  }
  g.fillStyle = item.colour ?? '#ffffff';
  g.fillRect(x, y, size, size);
  const pattern = item.pattern ? patternFill(g, item.pattern) : null;
  if (pattern) {
    g.save();
    // One pixel in, so a tile's first row and column are not hidden under the swatch's border.
    g.translate(x + 1, y + 1);
    g.fillStyle = pattern;
    g.fillRect(-1, -1, size, size);
    g.restore();
  }
  g.strokeStyle = 'rgba(0, 0, 0, 0.45)';
  g.lineWidth = 1;
  g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
}

/** Writes `lines` down a box from its top, one line height each, clipped to the box. */
function writeLines(g: CanvasRenderingContext2D, box: Box, lines: Line[], layout: Layout): void {
  g.save();
  g.beginPath();
  g.rect(box.x, box.y, box.width, box.height);
  g.clip();
  let y = box.y + METRICS.padding;
  for (const line of lines) {
    const height = line.kind === 'title' ? layout.titleLine : layout.textLine;
    let x = box.x + METRICS.padding;
    if (line.item) {
      swatch(g, line.item, x, y + (height - METRICS.swatch) / 2 - 1);
      x += METRICS.swatch + METRICS.swatchGap;
    }
    g.font = font(line.kind);
    g.fillStyle = INK;
    g.textBaseline = 'middle';
    g.fillText(line.text, x, y + height / 2);
    y += height;
  }
  g.restore();
}

/** The map's pixels with everything the reader needs to cite the image drawn over them. */
export function composeExport(map: MapPixels, content: ExportContent): HTMLCanvasElement {
  const canvas = map.image;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('This browser cannot draw the exported image.');
  const ratio = map.pixelRatio;
  const width = canvas.width / ratio;
  const height = canvas.height / ratio;

  const header: Line[] = [
    { text: content.title, kind: 'title' },
    ...content.details.map((text): Line => ({ text, kind: 'text' })),
  ];
  const legend: Line[] = content.legend.flatMap((section): Line[] => [
    { text: section.heading, kind: 'heading' },
    ...section.items.map((item): Line => ({ text: item.label, kind: 'text', item })),
  ]);
  const footer: Line[] = content.attribution.map((text) => ({ text, kind: 'text' }));
  const measure = (line: Line) => {
    g.font = font(line.kind);
    return g.measureText(line.text).width;
  };
  const scale = scaleBar(metresPerPixel(map.zoom, map.latitude), METRICS.scaleMax);
  const layout = layoutExport({
    width,
    height,
    headerLines: header.map(measure),
    legendLines: legend.map((l) => ({ width: measure(l), swatch: l.item !== undefined })),
    footerLines: footer.map(measure),
    scale,
  });

  g.save();
  g.scale(ratio, ratio);
  panel(g, layout.header);
  writeLines(g, layout.header, header, layout);
  if (layout.legend) {
    panel(g, layout.legend);
    writeLines(g, layout.legend, legend, layout);
  }
  panel(g, layout.footer);
  writeLines(g, layout.footer, footer, layout);

  const box = layout.scale;
  panel(g, box);
  const left = box.x + METRICS.padding;
  g.font = font('text');
  g.fillStyle = INK;
  g.textBaseline = 'middle';
  g.fillText(scale.label, left, box.y + METRICS.padding + layout.textLine / 2);
  const barTop = box.y + METRICS.padding + layout.textLine;
  g.fillRect(left, barTop + METRICS.scaleHeight - 1.5, scale.length, 1.5);
  g.fillRect(left, barTop, 1.5, METRICS.scaleHeight);
  g.fillRect(left + scale.length - 1.5, barTop, 1.5, METRICS.scaleHeight);
  g.restore();
  return canvas;
}
