/**
 * The timeline's behaviour as a rune class: every date change the bar asks for goes through
 * `request`, which keeps one pending day and hands it on at the next animation frame, and play
 * advances in that same frame. So `onchange` runs at most once per frame whatever mix of drag,
 * keys, typing and play produced it. The frame scheduler is injected, so tests drive frames by
 * hand.
 *
 * Zoom is local to the bar: the track shows the full range, a calendar year or the 2020 war,
 * and play runs to the end of the window it started in.
 */
import { type DayNumber, clampDay, formatDate, toIso } from '../../time/days';
import { type GestureId, PLAY_TICK } from '../history-intent';
import { DEFAULT_SPEED, PLAY_SPEEDS, type PlaySpeed, WAR_SPEED, advancePlay } from './play';
import { type TrackWindow, inWindow, lastDayOf } from './scale';
import { type StepUnit, stepDay } from './stepping';
import { type TimelineTick, valueText } from './ticks';
import { WAR_2020_WINDOW, type Zoom, type ZoomKind, followDay, zoomWindow } from './zoom';

/** Schedules a callback for the next frame; `requestAnimationFrame` in the browser. */
export interface FrameScheduler {
  request: (callback: (now: number) => void) => number;
  cancel: (handle: number) => void;
}

export interface TimelineInputs {
  /** The day the app shows now. */
  day: () => DayNumber;
  /** Every day the atlas covers. */
  full: () => TrackWindow;
  /** Event ticks sorted by day: they name the day where play pauses. */
  ticks: () => readonly TimelineTick[];
  /** Sorted days where "pause at key events" stops play. */
  keyDays: () => readonly DayNumber[];
  /**
   * Receives the new day, at most once per frame, with the gesture it is part of (one drag of
   * the slider, one play), or null for a change of its own (a key, a click, a typed date).
   */
  onchange: (day: DayNumber, gesture: GestureId | null) => void;
  frames?: FrameScheduler;
}

const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export class TimelineController {
  zoom: Zoom | null = $state(null);
  playing = $state(false);
  /** The speed the user chose; null until they choose one (then the default applies). */
  #chosenSpeed: string | null = $state(null);
  /** On by default: a first play should stop where something happened, not run past it. */
  pauseAtKeys = $state(true);
  /** Said by a polite live region: why play stopped. */
  announcement = $state('');

  /** The window on the track; a zoom only applies while the day lies in it. */
  readonly view: TrackWindow = $derived.by(() => {
    const zoom = this.zoom;
    return zoom && inWindow(this.#in.day(), zoom) ? zoom : this.#in.full();
  });
  readonly zoomKind: ZoomKind | null = $derived(
    this.zoom && this.view === this.zoom ? this.zoom.kind : null,
  );
  /**
   * Until the user picks a speed: a day per second while the day (or the zoomed track) is in
   * the 2020 war window, where control changed from one day to the next, and a year per second
   * elsewhere. So a play from 1988 slows down for the war and speeds up after it.
   */
  get defaultSpeed(): PlaySpeed {
    const inWar = this.zoomKind === 'war' || inWindow(this.#in.day(), WAR_2020_WINDOW);
    return inWar ? WAR_SPEED : DEFAULT_SPEED;
  }
  /** The speed play runs at: the user's choice, else the default for the day. */
  get speed(): PlaySpeed {
    return PLAY_SPEEDS.find((s) => s.id === this.#chosenSpeed) ?? this.defaultSpeed;
  }

  /** The speed's id, for the speed menu; setting it is the user's choice. */
  get speedId(): string {
    return this.speed.id;
  }
  set speedId(id: string) {
    this.#chosenSpeed = id;
  }

  #in: TimelineInputs;
  #frames: FrameScheduler;
  #pending: DayNumber | null = null;
  #frame = 0;
  #playPosition = 0;
  #playEnd = 0;
  #lastFrameTime: number | null = null;
  #gestures = 0;
  #dragGesture: GestureId | null = null;
  #playGesture: GestureId | null = null;
  /** The gesture of the pending day. */
  #pendingGesture: GestureId | null = null;

  constructor(inputs: TimelineInputs) {
    this.#in = inputs;
    this.#frames = inputs.frames ?? browserFrames;
  }

  /** The day the next input starts from: the one waiting for its frame, if any. */
  get baseDay(): DayNumber {
    return this.#pending ?? this.#in.day();
  }

  /** True while a requested day waits for its frame. */
  get pending(): boolean {
    return this.#pending !== null;
  }

  /** Asks for a day, clamped to the range and shown on the next frame; user input stops play. */
  request(target: DayNumber): void {
    const full = this.#in.full();
    this.playing = false;
    this.#pending = clampDay(Math.round(target), full.from, lastDayOf(full));
    this.#pendingGesture = this.#dragGesture;
    this.#schedule();
  }

  /** A drag of the slider starts: the days it asks for until `endDrag` are one change. */
  beginDrag(): void {
    this.#dragGesture = ++this.#gestures;
  }

  endDrag(): void {
    this.#dragGesture = null;
  }

  /** Steps from the base day by calendar units, within the full range. */
  step(unit: StepUnit, count: number): void {
    this.request(stepDay(this.baseDay, unit, count, this.#in.full()));
  }

  togglePlay(): void {
    if (this.playing) {
      this.playing = false;
      return;
    }
    const bounds = this.view;
    const end = lastDayOf(bounds);
    let start = this.baseDay;
    // Pressing play at the end starts the window again, as media players do.
    if (start >= end) start = bounds.from;
    this.#playEnd = end;
    this.#playPosition = start;
    this.#pending = start;
    this.#playGesture = PLAY_TICK;
    this.#pendingGesture = this.#playGesture;
    this.#lastFrameTime = null;
    this.announcement = '';
    this.playing = true;
    this.#schedule();
  }

  /** Zooms the track; zooming to the war also moves the day into it when it lies outside. */
  zoomTo(kind: ZoomKind | null): void {
    // Play runs to the end of the window it started in; a new window starts a new play.
    this.playing = false;
    if (kind === null) {
      this.zoom = null;
      return;
    }
    const base = this.baseDay;
    const zoom = zoomWindow(kind, base, this.#in.full());
    if (!zoom) return;
    this.zoom = zoom;
    if (kind === 'war' && !inWindow(base, zoom)) this.request(zoom.from);
  }

  /**
   * Keeps the zoom with the day after it changed from outside (a step, a typed date, the URL).
   * Skipped while a requested day is on its way: zooming to the war first sets the window, then
   * moves the day into it.
   */
  followDay(): void {
    if (this.#pending !== null) return;
    const next = followDay(this.zoom, this.#in.day(), this.#in.full());
    if (next !== this.zoom) this.zoom = next;
  }

  /** Cancels the frame still scheduled, when the bar goes away. */
  destroy(): void {
    if (this.#frame !== 0) this.#frames.cancel(this.#frame);
    this.#frame = 0;
  }

  #schedule(): void {
    if (this.#frame === 0) this.#frame = this.#frames.request((now) => this.#onFrame(now));
  }

  #onFrame(now: number): void {
    this.#frame = 0;
    if (this.playing) this.#advance(now);
    if (this.#pending !== null) {
      const next = this.#pending;
      this.#pending = null;
      if (next !== this.#in.day()) this.#in.onchange(next, this.#pendingGesture);
    }
  }

  #advance(now: number): void {
    const elapsed = this.#lastFrameTime === null ? 0 : now - this.#lastFrameTime;
    this.#lastFrameTime = now;
    const step = advancePlay({
      position: this.#playPosition,
      daysPerSecond: this.speed.daysPerSecond,
      elapsedMs: elapsed,
      end: this.#playEnd,
      keyDays: this.pauseAtKeys ? this.#in.keyDays() : [],
    });
    this.#playPosition = step.position;
    this.#pending = step.day;
    this.#pendingGesture = this.#playGesture;
    if (step.stop === null) {
      this.#schedule();
      return;
    }
    this.playing = false;
    this.announcement =
      step.stop === 'key'
        ? `Paused at ${valueText(step.day, this.#in.ticks())}`
        : `Play finished at ${formatDate(toIso(step.day))}`;
  }
}
