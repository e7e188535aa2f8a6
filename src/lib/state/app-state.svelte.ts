/**
 * The app's state as one rune class. The URL hash is its shareable form (see url.ts); defaults
 * come from the data (the date defaults to the day the data is verified through, never to the
 * machine's clock).
 */
import type { NamingConvention } from '../domain/types';
import { type DayNumber, type IsoDate, clampDay, toDay, toIso } from '../time/days';
import {
  type DateRange,
  DEFAULT_LAYERS,
  type HashState,
  type LayerId,
  LAYERS,
  type ParsedHash,
  type Selection,
  type ViewId,
} from './url';

export interface Notice {
  id: number;
  text: string;
}

export class AppState {
  readonly range: DateRange;
  date: IsoDate = $state('');
  layers: LayerId[] = $state([...DEFAULT_LAYERS]);
  focus: string | null = $state(null);
  selection: Selection | null = $state(null);
  names: NamingConvention = $state('intl');
  view: ViewId = $state('control');
  notices: Notice[] = $state([]);

  /** The current date as a day number, for lookups. */
  readonly day: DayNumber = $derived(toDay(this.date));

  #nextNotice = 1;

  constructor(range: DateRange) {
    this.range = range;
    this.date = range.last;
  }

  /** Replaces the state with what a hash says; absent parameters fall back to defaults. */
  applyHash({ state, problems }: ParsedHash): void {
    this.date = state.date ?? this.range.last;
    this.layers = state.layers ? [...state.layers] : [...DEFAULT_LAYERS];
    this.focus = state.focus ?? null;
    this.selection = state.select ?? null;
    this.names = state.names ?? 'intl';
    this.view = state.view ?? 'control';
    const notes = [...problems];
    if (this.view !== 'control') {
      notes.push(
        `The “${this.view}” view is not available yet; the map shows who controlled what.`,
      );
    }
    if (notes.length > 0) this.notify(notes.join(' '));
  }

  /** The shareable form: the date always (a link should pin the day), the rest when not default. */
  toHash(): HashState {
    const hash: HashState = { date: this.date };
    const defaultLayers = LAYERS.filter((l) => DEFAULT_LAYERS.includes(l));
    if (this.layers.join(',') !== defaultLayers.join(',')) hash.layers = [...this.layers];
    if (this.focus) hash.focus = this.focus;
    if (this.selection) hash.select = { ...this.selection };
    if (this.names !== 'intl') hash.names = this.names;
    if (this.view !== 'control') hash.view = this.view;
    return hash;
  }

  /** Sets the date, clamped to the covered range. */
  setDay(day: DayNumber): void {
    this.date = toIso(clampDay(day, toDay(this.range.first), toDay(this.range.last)));
  }

  toggleLayer(layer: LayerId, on: boolean): void {
    const keep = (l: LayerId) => (l === layer ? on : this.layers.includes(l));
    this.layers = LAYERS.filter(keep);
  }

  select(selection: Selection | null): void {
    this.selection = selection;
  }

  hasLayer(layer: LayerId): boolean {
    return this.layers.includes(layer);
  }

  notify(text: string): void {
    this.notices = [...this.notices, { id: this.#nextNotice++, text }];
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}
