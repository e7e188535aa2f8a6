/**
 * Everything the map shows that is not fixed style, one setter per input: the date, the view,
 * the focus, the app layers shown, the selection, the naming convention, the compared day and
 * the pointer. Each setter writes
 * only what changed since the last call, so MapView can call them from one effect each.
 *
 * While the map cannot draw (its WebGL context is lost, and MapLibre has dropped the style), the
 * painters are suspended: setters only remember their input. A restored context rebuilds the
 * style without any feature-state, so `resume` forgets everything painted and paints the
 * remembered inputs again, as on a fresh load.
 */
import type { NamingConvention } from '../domain/types';
import type { DayNumber } from '../time/days';
import type { LayerId, Selection, ViewId } from '../state/url';
import type { FeatureCollection } from 'geojson';
import type { ClaimFeature } from '../domain/claims';
import { ViewPainter } from './view-painter';
import { ComparePainter } from './compare-painter';
import { ControlPainter } from './control-painter';
import { EventsPainter } from './events-painter';
import { writeState } from './feature-state';
import { type MapData, placeLabels, selectionOutline } from './map-data';
import type { PaintTarget } from './paint-target';
import { RelationsPainter } from './relations-painter';
import {
  COMPARE_LAYERS,
  HIDDEN_AT_START,
  HOVER_LAYERS,
  LAYER_GROUPS,
  LAYER_ORDER,
  type LayerGroup,
  type LayerName,
} from './style/layer-order';

type Hovered = { source: 'control' | 'countries'; id: number };

const GROUPS: readonly LayerGroup[] = ['control', 'relations', 'events'];

/** What the map should show; `null` day or layers: not given yet. */
interface Inputs {
  day: DayNumber | null;
  focus: string | null;
  layers: readonly LayerId[] | null;
  selection: Selection | null;
  convention: NamingConvention;
  view: ViewId;
  /** The day compared with the day shown, or null. */
  compare: DayNumber | null;
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

export class AtlasPainters {
  readonly #target: PaintTarget;
  readonly #data: MapData;
  readonly #control: ControlPainter;
  readonly #relations: RelationsPainter;
  readonly #events: EventsPainter;
  readonly #view: ViewPainter;
  readonly #compare: ComparePainter;
  readonly #inputs: Inputs;
  #suspended = false;
  // What the map shows now; `undefined`: not known (after a restored context), write it.
  #paintedDay: DayNumber | null = null;
  /** Each map layer's visibility as the map has it; the style starts with HIDDEN_AT_START hidden. */
  #visible: Partial<Record<LayerName, boolean>> = Object.fromEntries(
    LAYER_ORDER.map((name) => [name, !HIDDEN_AT_START.includes(name)]),
  );
  /** The pointer has been over a zone or country: the hover outlines are shown from then on. */
  #hoveredOnce = false;
  /** The selection outline shows from the first selection that has one (it starts hidden). */
  #outlinedOnce = false;
  /** The style starts with no selection outline. */
  #paintedSelection: Selection | null | undefined = null;
  #paintedConvention: NamingConvention | undefined;
  #hovered: Hovered | null = null;

  /**
   * `convention` is the one the style's place labels were built in; `shown`, the day whose look
   * the style's sources carry as properties (styleDataOf), or null if they carry none.
   */
  constructor(
    target: PaintTarget,
    data: MapData,
    convention: NamingConvention,
    shown: DayNumber | null = null,
    shownView: ViewId = 'control',
  ) {
    this.#target = target;
    this.#data = data;
    this.#inputs = {
      day: null,
      focus: null,
      layers: null,
      selection: null,
      convention,
      view: 'control',
      compare: null,
    };
    this.#paintedConvention = convention;
    this.#control = new ControlPainter(target, data.control.pieces, data.control.fronts, shown);
    this.#relations = new RelationsPainter(
      target,
      data.index.relations,
      data.countryCodes,
      data.capitals,
    );
    this.#events = new EventsPainter(target, data.events.features, shown);
    this.#view = new ViewPainter(target, data.control.pieces, shownView);
    this.#compare = new ComparePainter(target, data.control.pieces);
  }

  /** The map cannot be drawn on: remember inputs, write nothing. */
  suspend(): void {
    this.#suspended = true;
    this.#hovered = null;
  }

  /** The map was rebuilt without feature-state: forget what was painted, paint every input. */
  resume(): void {
    this.#suspended = false;
    this.#control.forget();
    this.#relations.forget();
    this.#events.forget();
    this.#view.forget();
    this.#compare.forget();
    this.#paintedDay = null;
    this.#visible = {};
    this.#paintedSelection = undefined;
    this.#paintedConvention = undefined;
    this.#hovered = null;
    this.#paintDay();
    this.#paintView();
    this.#paintCompare();
    this.#paintLayers();
    this.#paintSelection();
    this.#paintConvention();
  }

  /**
   * The day shown and, when given, the day compared with it: swapping the two is one call, so
   * it marks each piece once.
   */
  setDay(day: DayNumber, compare?: DayNumber | null): void {
    this.#inputs.day = day;
    if (compare !== undefined) return this.setComparison(compare);
    if (this.#suspended) return;
    this.#paintDay();
    this.#paintCompare();
  }

  /** The day compared with the day shown (null: not comparing); its marks follow the day. */
  setComparison(day: DayNumber | null): void {
    this.#inputs.compare = day;
    if (this.#suspended) return;
    this.#paintDay();
    this.#paintCompare();
    this.#paintLayers();
  }

  /** The view (control, recognised borders or claims): its fills and marks follow the day. */
  setView(view: ViewId): void {
    this.#inputs.view = view;
    if (!this.#suspended) this.#paintView();
  }

  /** The claims file, loaded on the first switch to the claims view: into its source, once. */
  setClaims(collection: FeatureCollection, features: readonly ClaimFeature[]): void {
    this.#view.setClaims(collection, features);
    if (!this.#suspended) this.#paintView();
  }

  /** The focus of the relations layer; its colours need a day, so they follow the first setDay. */
  setFocus(focus: string | null): void {
    this.#inputs.focus = focus;
    if (this.#suspended) return;
    const { day } = this.#inputs;
    if (day !== null) this.#relations.paint(focus, day);
    this.#paintLayers();
  }

  setLayers(layers: readonly LayerId[]): void {
    this.#inputs.layers = [...layers];
    if (!this.#suspended) this.#paintLayers();
  }

  setSelection(selection: Selection | null): void {
    this.#inputs.selection = selection ? { ...selection } : null;
    if (!this.#suspended) this.#paintSelection();
  }

  setConvention(convention: NamingConvention): void {
    this.#inputs.convention = convention;
    if (!this.#suspended) this.#paintConvention();
  }

  /**
   * The events shown on the day at the point of the marker `id` (a feature id of the events
   * source), by date: several where markers share a point (EventsPainter.visibleAtPointOf).
   */
  eventsAtPointOf(id: number): string[] {
    return this.#events.visibleAtPointOf(id);
  }

  /** Outlines the zone or country under the pointer (nothing for places and events). */
  setHover(over: Selection | null): void {
    if (this.#suspended) return;
    const next = this.#hoverTarget(over);
    const before = this.#hovered;
    if (before?.source === next?.source && before?.id === next?.id) return;
    if (next && !this.#hoveredOnce) {
      this.#hoveredOnce = true;
      this.#paintLayers();
    }
    if (before) writeState(this.#target, before.source, before.id, { hover: false });
    if (next) writeState(this.#target, next.source, next.id, { hover: true });
    this.#hovered = next;
  }

  #paintDay(): void {
    const { day, focus } = this.#inputs;
    if (day === null || day === this.#paintedDay) return;
    this.#paintedDay = day;
    this.#control.paint(day);
    this.#events.paint(day);
    this.#relations.paint(focus, day);
    this.#paintView();
  }

  #paintView(): void {
    const { day, view } = this.#inputs;
    if (day !== null) this.#view.paint(view, day);
  }

  #paintCompare(): void {
    const { day, compare } = this.#inputs;
    if (day !== null) this.#compare.paint(day, compare);
  }

  /** Whether a map layer should show: its app layer is on, and it has something to draw. */
  #wanted(name: LayerName): boolean {
    const group = LAYER_GROUPS[name];
    // Until the app says otherwise, every app layer shows.
    if (group && !(this.#inputs.layers ?? GROUPS).includes(group)) return false;
    if (group === 'relations' && this.#inputs.focus === null) return false;
    if (name === 'selection-outline') return this.#outlinedOnce;
    if (COMPARE_LAYERS.includes(name)) return this.#inputs.compare !== null;
    return !HOVER_LAYERS.includes(name) || this.#hoveredOnce;
  }

  #paintLayers(): void {
    for (const name of LAYER_ORDER) {
      const shown = this.#wanted(name);
      if (shown === this.#visible[name]) continue;
      this.#visible[name] = shown;
      this.#target.setLayerVisible(name, shown);
    }
  }

  #paintSelection(): void {
    const { selection } = this.#inputs;
    const before = this.#paintedSelection;
    if (before !== undefined && sameSelection(before, selection)) return;
    this.#paintedSelection = selection;
    const outline = selectionOutline(this.#data, selection);
    this.#target.setSourceData('selection', outline);
    if (outline.features.length > 0 && !this.#outlinedOnce) {
      this.#outlinedOnce = true;
      this.#paintLayers();
    }
  }

  #paintConvention(): void {
    const { convention } = this.#inputs;
    if (convention === this.#paintedConvention) return;
    this.#paintedConvention = convention;
    this.#target.setSourceData('places', placeLabels(this.#data, convention));
  }

  #hoverTarget(over: Selection | null): Hovered | null {
    if (over?.kind === 'zone') {
      const piece = this.#data.control.pieces.find((p) => p.piece === over.id);
      return piece ? { source: 'control', id: piece.id } : null;
    }
    if (over?.kind === 'country') {
      const id = this.#data.countryCodes.indexOf(over.id);
      return id >= 0 ? { source: 'countries', id } : null;
    }
    return null;
  }
}
