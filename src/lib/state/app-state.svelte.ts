/**
 * The app's state as one rune class. The URL hash is its shareable form (see url.ts); defaults
 * come from the data (the day defaults to the day the data is verified through, never to the
 * machine's clock).
 *
 * The state is read through getters and changed only through the intent methods below, so each
 * rule about how one choice affects another (a focus turns the relations layer on, a day is
 * clamped to the covered range) is written once, here.
 */
import type { CountryCode, NamingConvention } from '../domain/types';
import { type DayNumber, type IsoDate, clampDay, toDay, toIso } from '../time/days';
import {
  type DateRange,
  DEFAULT_LAYERS,
  type HashState,
  type LayerId,
  LAYERS,
  type MapPosition,
  type ParsedHash,
  type Selection,
  type ViewId,
} from './url';

import { nkaoShownByDefault } from '../domain/reference-lines';
import { type Notice, noticeText, withNotice } from './notices';
import { Comparison } from './comparison.svelte';

export type { Notice };

/**
 * A position a link asked the map to show. `request` counts the links, so that following the
 * same link again (after panning away) moves the map back.
 */
export interface CameraRequest {
  position: MapPosition;
  request: number;
}
export { MAX_NOTICES } from './notices';

/**
 * A selection the map should frame: one opened from the search, a tick, a panel chip or a
 * link. `request` counts them, so that opening the same thing again frames it again.
 */
export interface FrameRequest {
  selection: Selection;
  request: number;
}

export class AppState {
  readonly range: DateRange;
  /** The first and last day the atlas covers, as day numbers. */
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;

  #day: DayNumber = $state(0);
  #layers: LayerId[] = $state([...DEFAULT_LAYERS]);
  #focus: CountryCode | null = $state(null);
  #selection: Selection | null = $state(null);
  #names: NamingConvention = $state('intl');
  #view: ViewId = $state('control');
  #embed = $state(false);
  #notices: Notice[] = $state([]);
  #nextNotice = 1;
  #camera: CameraRequest | null = $state.raw(null);
  #shown: MapPosition | null = $state.raw(null);
  #frame: FrameRequest | null = $state.raw(null);
  /** The user's choice for the former NKAO's outline (`nkao=`); null: it follows the day. */
  #nkaoChoice: boolean | null = $state(null);

  /** The day shown, as an ISO date: for the URL and for display. */
  readonly date: IsoDate = $derived(toIso(this.#day));
  /** The day compared with the day shown, if any (comparison.svelte.ts). */
  readonly comparison = new Comparison({
    day: () => this.#day,
    setDay: (day) => this.setDay(day),
    clamp: (day) => this.#clamp(day),
  });

  constructor(range: DateRange) {
    this.range = range;
    this.firstDay = toDay(range.first);
    this.lastDay = toDay(range.last);
    this.#day = this.lastDay;
  }

  /** The day shown. */
  get day(): DayNumber {
    return this.#day;
  }
  /** Visible layers, in canonical order. */
  get layers(): readonly LayerId[] {
    return this.#layers;
  }
  /** The country the relations layer colours the map around, if any. */
  get focus(): CountryCode | null {
    return this.#focus;
  }
  /** What the details panel shows, if anything. */
  get selection(): Selection | null {
    return this.#selection;
  }
  /** The naming convention of place names. */
  get names(): NamingConvention {
    return this.#names;
  }
  /** How the map reads the day: de facto control, recognised borders or claims. */
  get view(): ViewId {
    return this.#view;
  }
  /** Shown inside another site's frame (`embed=1`): read from the link only, never toggled. */
  get embed(): boolean {
    return this.#embed;
  }
  get notices(): readonly Notice[] {
    return this.#notices;
  }
  /** The last position a link asked for; the map moves there whenever it changes. */
  get camera(): CameraRequest | null {
    return this.#camera;
  }
  /** The last selection opened to be framed; the map frames it whenever this changes. */
  get frameRequest(): FrameRequest | null {
    return this.#frame;
  }
  /** Where the map is (as reported after each move), or where a link just sent it. */
  get mapPosition(): MapPosition | null {
    return this.#shown;
  }

  /** Whether the former NKAO's outline shows: the user's choice, else the day's default. */
  get nkaoShown(): boolean {
    return this.#nkaoChoice ?? nkaoShownByDefault(this.#day);
  }

  /** Shows or hides the former NKAO's outline; from then on it no longer follows the day. */
  showNkao(on: boolean): void {
    this.#nkaoChoice = on;
  }

  hasLayer(layer: LayerId): boolean {
    return this.#layers.includes(layer);
  }

  /** Replaces the state with what a hash says; absent parameters fall back to defaults. */
  applyHash({ state, problems }: ParsedHash): void {
    this.#day = state.date ? this.#clamp(toDay(state.date)) : this.lastDay;
    this.#layers = state.layers ? [...state.layers] : [...DEFAULT_LAYERS];
    this.#focus = state.focus ?? null;
    this.#selection = state.select ?? null;
    this.#names = state.names ?? 'intl';
    this.#view = state.view ?? 'control';
    this.comparison.restore(state.compare ? toDay(state.compare) : null);
    // A link without map= leaves the map where it is.
    if (state.map) {
      this.#camera = { position: state.map, request: (this.#camera?.request ?? 0) + 1 };
      this.#shown = state.map;
    } else if (state.select) {
      // A link that names a selection but no position shows the selection.
      this.#requestFrame(state.select);
    }
    this.#embed = state.embed === true;
    this.#nkaoChoice = state.nkao ?? null;
    this.#report(problems);
  }

  /** The shareable form: the date always (a link should pin the day), the rest when not default. */
  toHash(): HashState {
    const hash: HashState = { date: this.date };
    if (this.#shown) hash.map = { ...this.#shown };
    const defaultLayers = LAYERS.filter((l) => DEFAULT_LAYERS.includes(l));
    if (this.#layers.join(',') !== defaultLayers.join(',')) hash.layers = [...this.#layers];
    if (this.#focus) hash.focus = this.#focus;
    if (this.#selection) hash.select = { ...this.#selection };
    if (this.#names !== 'intl') hash.names = this.#names;
    if (this.#view !== 'control') hash.view = this.#view;
    const compared = this.comparison.day;
    if (compared !== null) hash.compare = toIso(compared);
    if (this.#embed) hash.embed = true;
    if (this.#nkaoChoice !== null) hash.nkao = this.#nkaoChoice;
    return hash;
  }

  /** Shows a day, clamped to the covered range. */
  setDay(day: DayNumber): void {
    this.#day = this.#clamp(day);
  }

  /**
   * Chooses the country the relations layer is about, or none. Choosing one turns the
   * relations layer on: a focus is only ever chosen to see its relations.
   */
  setFocus(code: CountryCode | null): void {
    this.#focus = code;
    if (code !== null && !this.hasLayer('relations')) this.toggleLayer('relations', true);
  }

  /** Shows the day in another view; the day, layers, focus and selection stay as they are. */
  showView(view: ViewId): void {
    this.#view = view;
  }

  /** The map reports where it is after a move (by the user, a preset, or a link). */
  mapMoved(position: MapPosition): void {
    this.#shown = position;
  }

  setConvention(names: NamingConvention): void {
    this.#names = names;
  }

  /** Shows or hides a layer, keeping the layers in canonical order. */
  toggleLayer(layer: LayerId, on: boolean): void {
    const keep = (l: LayerId) => (l === layer ? on : this.#layers.includes(l));
    this.#layers = LAYERS.filter(keep);
  }

  /** Selects without moving the map: a click on the map picks what the reader is looking at. */
  select(selection: Selection | null): void {
    this.#selection = selection;
  }

  /** Selects and asks the map to frame it: for picks made away from the map (search, ticks, chips). */
  open(selection: Selection): void {
    this.#selection = selection;
    this.#requestFrame(selection);
  }

  #requestFrame(selection: Selection): void {
    this.#frame = { selection: { ...selection }, request: (this.#frame?.request ?? 0) + 1 };
  }

  /** Drops a selection that names nothing in the data (a stale or mistyped link), saying so. */
  dropUnknownSelection(): void {
    const selection = this.#selection;
    if (!selection) return;
    this.#selection = null;
    this.notify(
      `Nothing to show for “${selection.kind}:${selection.id}”: it is not in the atlas's data.`,
    );
  }

  /**
   * Drops a focus the relations layer cannot show (a stale or mistyped link), saying which it
   * can. `known` lists what can be in focus (the choices of "Relations of").
   */
  dropUnknownFocus(known: readonly { code: string; name: string }[]): void {
    const focus = this.#focus;
    if (focus === null || known.some((k) => k.code === focus)) return;
    this.#focus = null;
    const codes = known.map((k) => k.code).join(', ');
    this.notify(`Ignored focus “${focus}”: the relations layer can show ${codes}.`);
  }

  /** Shows a notice; the same text again replaces the one shown rather than stacking. */
  notify(text: string): void {
    this.#report([text]);
  }

  /** One notice for the problems of one change of state (several are merged into one). */
  #report(problems: readonly string[]): void {
    const words = noticeText(problems);
    if (words) this.#notices = withNotice(this.#notices, { id: this.#nextNotice++, ...words });
  }

  dismiss(id: number): void {
    this.#notices = this.#notices.filter((n) => n.id !== id);
  }

  #clamp(day: DayNumber): DayNumber {
    return clampDay(day, this.firstDay, this.lastDay);
  }
}
