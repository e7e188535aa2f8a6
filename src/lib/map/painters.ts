/**
 * Everything the map shows that is not fixed style, one setter per input: the date, the focus,
 * the app layers shown, the selection, the naming convention and the pointer. Each setter writes
 * only what changed since the last call, so MapView can call them from one effect each.
 *
 * While the map cannot draw (its WebGL context is lost, and MapLibre has dropped the style), the
 * painters are suspended: setters only remember their input. A restored context rebuilds the
 * style without any feature-state, so `resume` forgets everything painted and paints the
 * remembered inputs again, as on a fresh load.
 */
import type { NamingConvention } from '../domain/types';
import type { DayNumber } from '../time/days';
import type { LayerId, Selection } from '../state/url';
import { ControlPainter } from './control-painter';
import { EventsPainter } from './events-painter';
import { writeState } from './feature-state';
import { type MapData, placeLabels, selectionOutline } from './map-data';
import type { PaintTarget } from './paint-target';
import { RelationsPainter } from './relations-painter';
import { LAYER_GROUPS, LAYER_ORDER, type LayerGroup } from './style/layer-order';

type Hovered = { source: 'control' | 'countries'; id: number };

const GROUPS: readonly LayerGroup[] = ['control', 'relations', 'events'];

/** What the map should show; `null` day or layers: not given yet. */
interface Inputs {
  day: DayNumber | null;
  focus: string | null;
  layers: readonly LayerId[] | null;
  selection: Selection | null;
  convention: NamingConvention;
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
  readonly #inputs: Inputs;
  #suspended = false;
  // What the map shows now; `undefined`: not known (after a restored context), write it.
  #paintedDay: DayNumber | null = null;
  /** The style starts with every layer visible. */
  #shownGroups: Partial<Record<LayerGroup, boolean>> = {
    control: true,
    relations: true,
    events: true,
  };
  /** The style starts with no selection outline. */
  #paintedSelection: Selection | null | undefined = null;
  #paintedConvention: NamingConvention | undefined;
  #hovered: Hovered | null = null;

  /** `convention` is the one the style's place labels were built in. */
  constructor(target: PaintTarget, data: MapData, convention: NamingConvention) {
    this.#target = target;
    this.#data = data;
    this.#inputs = { day: null, focus: null, layers: null, selection: null, convention };
    this.#paintedConvention = convention;
    this.#control = new ControlPainter(target, data.control.pieces, data.control.fronts);
    this.#relations = new RelationsPainter(
      target,
      data.index.relations,
      data.countryCodes,
      data.capitals,
    );
    this.#events = new EventsPainter(target, data.events.features);
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
    this.#paintedDay = null;
    this.#shownGroups = {};
    this.#paintedSelection = undefined;
    this.#paintedConvention = undefined;
    this.#hovered = null;
    this.#paintDay();
    this.#paintLayers();
    this.#paintSelection();
    this.#paintConvention();
  }

  setDay(day: DayNumber): void {
    this.#inputs.day = day;
    if (!this.#suspended) this.#paintDay();
  }

  /** The focus of the relations layer; its colours need a day, so they follow the first setDay. */
  setFocus(focus: string | null): void {
    this.#inputs.focus = focus;
    const { day } = this.#inputs;
    if (!this.#suspended && day !== null) this.#relations.paint(focus, day);
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

  /** Outlines the zone or country under the pointer (nothing for places and events). */
  setHover(over: Selection | null): void {
    if (this.#suspended) return;
    const next = this.#hoverTarget(over);
    const before = this.#hovered;
    if (before?.source === next?.source && before?.id === next?.id) return;
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
  }

  #paintLayers(): void {
    // Until the app says otherwise, every layer shows, as in the style.
    const layers = this.#inputs.layers ?? GROUPS;
    for (const group of GROUPS) {
      const shown = layers.includes(group);
      if (shown === this.#shownGroups[group]) continue;
      this.#shownGroups[group] = shown;
      for (const name of LAYER_ORDER) {
        if (LAYER_GROUPS[name] === group) this.#target.setLayerVisible(name, shown);
      }
    }
  }

  #paintSelection(): void {
    const { selection } = this.#inputs;
    const before = this.#paintedSelection;
    if (before !== undefined && sameSelection(before, selection)) return;
    this.#paintedSelection = selection;
    this.#target.setSourceData('selection', selectionOutline(this.#data, selection));
  }

  #paintConvention(): void {
    const { convention } = this.#inputs;
    if (convention === this.#paintedConvention) return;
    this.#paintedConvention = convention;
    this.#target.setSourceData('places', placeLabels(this.#data.places, convention));
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
