/**
 * Everything the map shows that is not fixed style, one setter per input: the date, the focus,
 * the app layers shown, the selection, the naming convention and the pointer. Each setter writes
 * only what changed since the last call, so MapView can call them from one effect each.
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

export class AtlasPainters {
  readonly #target: PaintTarget;
  readonly #data: MapData;
  readonly #control: ControlPainter;
  readonly #relations: RelationsPainter;
  readonly #events: EventsPainter;
  #day: DayNumber | null = null;
  #focus: string | null = null;
  /** The style starts with every layer visible. */
  #shownGroups: Record<LayerGroup, boolean> = { control: true, relations: true, events: true };
  #selection: Selection | null = null;
  #convention: NamingConvention;
  #hovered: Hovered | null = null;

  /** `convention` is the one the style's place labels were built in. */
  constructor(target: PaintTarget, data: MapData, convention: NamingConvention) {
    this.#target = target;
    this.#data = data;
    this.#convention = convention;
    this.#control = new ControlPainter(target, data.control.pieces, data.control.fronts);
    this.#relations = new RelationsPainter(
      target,
      data.index.relations,
      data.countryCodes,
      data.capitals,
    );
    this.#events = new EventsPainter(target, data.events.features);
  }

  setDay(day: DayNumber): void {
    if (day === this.#day) return;
    this.#day = day;
    this.#control.paint(day);
    this.#events.paint(day);
    this.#relations.paint(this.#focus, day);
  }

  /** The focus of the relations layer; its colours need a day, so they follow the first setDay. */
  setFocus(focus: string | null): void {
    this.#focus = focus;
    if (this.#day !== null) this.#relations.paint(focus, this.#day);
  }

  setLayers(layers: readonly LayerId[]): void {
    for (const group of Object.keys(this.#shownGroups) as LayerGroup[]) {
      const shown = layers.includes(group);
      if (shown === this.#shownGroups[group]) continue;
      this.#shownGroups[group] = shown;
      for (const name of LAYER_ORDER) {
        if (LAYER_GROUPS[name] === group) this.#target.setLayerVisible(name, shown);
      }
    }
  }

  setSelection(selection: Selection | null): void {
    const before = this.#selection;
    if (before?.kind === selection?.kind && before?.id === selection?.id) return;
    this.#selection = selection ? { ...selection } : null;
    this.#target.setSourceData('selection', selectionOutline(this.#data, selection));
  }

  setConvention(convention: NamingConvention): void {
    if (convention === this.#convention) return;
    this.#convention = convention;
    this.#target.setSourceData('places', placeLabels(this.#data.places, convention));
  }

  /** Outlines the zone or country under the pointer (nothing for places and events). */
  setHover(over: Selection | null): void {
    const next = this.#hoverTarget(over);
    const before = this.#hovered;
    if (before?.source === next?.source && before?.id === next?.id) return;
    if (before) writeState(this.#target, before.source, before.id, { hover: false });
    if (next) writeState(this.#target, next.source, next.id, { hover: true });
    this.#hovered = next;
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
