/**
 * The guided story being read, as a rune class beside AppState: which story, which step, and
 * whether the list of stories is open. Its intent methods (open, next, previous, close) apply a
 * step to the app state, the one place where a step becomes a day, view, position, layers,
 * focus and selection. The stories file is loaded on first use (the first view never waits for
 * it); the URL keeps `story=<id>&step=<n>` (url.ts) so a step can be shared, and a link that
 * names a step applies it once the file has loaded.
 */
import {
  type StoriesFile,
  type Story,
  type StoryStep,
  positionForBounds,
  stepIndex,
} from '../domain/stories';
import { SELECTION_KINDS, type Selection, type SelectionKind } from '../domain/selection';
import type { AppState } from './app-state.svelte';
import { DEFAULT_LAYERS, type HashState, type LayerId } from './url';

export interface StoryHost {
  /** The state a step sets. */
  app: AppState;
  /** Fetches and checks the stories file. */
  load(): Promise<StoriesFile>;
  /** The map's free area in pixels, to fit a step's bounds. */
  viewport(): { width: number; height: number };
}

export type StoriesStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** `event:tianjin-communique-2025` as a selection; null when malformed. */
export function selectionOf(text: string | undefined): Selection | null {
  if (!text) return null;
  const at = text.indexOf(':');
  const kind = text.slice(0, at);
  if (at <= 0 || !(SELECTION_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as SelectionKind, id: text.slice(at + 1) };
}

/** What a step sets, as the hash state AppState.applyHash takes; names and embed are kept. */
export function stepHash(
  step: StoryStep,
  keep: Pick<HashState, 'names' | 'embed'>,
  viewport: { width: number; height: number },
): HashState {
  const map =
    'bbox' in step.map
      ? positionForBounds(step.map.bbox, viewport.width, viewport.height)
      : { zoom: step.map.zoom, lat: step.map.lat, lon: step.map.lon };
  const hash: HashState = {
    date: step.date,
    map,
    layers: [...((step.layers as LayerId[] | undefined) ?? DEFAULT_LAYERS)],
    ...keep,
  };
  if (step.view) hash.view = step.view;
  if (step.focus) hash.focus = step.focus;
  const select = selectionOf(step.select);
  if (select) hash.select = select;
  return hash;
}

export class StoryState {
  readonly #host: StoryHost;
  #stories: readonly Story[] | null = $state.raw(null);
  #status: StoriesStatus = $state('idle');
  #failure: string | null = $state(null);
  #storyId: string | null = $state(null);
  #index = $state(0);
  #listOpen = $state(false);
  #loading: Promise<void> | null = null;

  constructor(host: StoryHost) {
    this.#host = host;
  }

  get stories(): readonly Story[] {
    return this.#stories ?? [];
  }
  get status(): StoriesStatus {
    return this.#status;
  }
  get failure(): string | null {
    return this.#failure;
  }
  get listOpen(): boolean {
    return this.#listOpen;
  }
  /** The open story's id (also while its file loads), or null. */
  get storyId(): string | null {
    return this.#storyId;
  }
  /** The open story, once loaded. */
  get story(): Story | null {
    return this.#stories?.find((s) => s.id === this.#storyId) ?? null;
  }
  /** The step shown, from 0. */
  get index(): number {
    return this.#index;
  }
  get step(): StoryStep | null {
    return this.story?.steps[this.#index] ?? null;
  }
  /** Whether the list or a story wants the stories UI. */
  get wanted(): boolean {
    return this.#listOpen || this.#storyId !== null;
  }

  /** Opens the list of stories (loading them). */
  showList(): void {
    this.#listOpen = true;
    this.#storyId = null;
    void this.#ensureLoaded();
  }

  hideList(): void {
    this.#listOpen = false;
  }

  /** Opens a story at a step (1-based) and shows that step. */
  open(id: string, step = 1): void {
    this.#listOpen = false;
    this.#storyId = id;
    this.#index = Math.max(0, step - 1);
    if (this.#stories) this.#show(true);
    else void this.#ensureLoaded().then(() => this.#show(true));
  }

  next(): void {
    const story = this.story;
    if (!story || this.#index >= story.steps.length - 1) return;
    this.#index += 1;
    this.#show(false);
  }

  previous(): void {
    if (!this.story || this.#index <= 0) return;
    this.#index -= 1;
    this.#show(false);
  }

  /** Closes the story; the map stays on the step last shown. */
  close(): void {
    this.#storyId = null;
    this.#listOpen = false;
  }

  /** Tries loading the file again after a failure. */
  retry(): void {
    if (this.#status !== 'failed') return;
    this.#loading = null;
    const id = this.#storyId;
    void this.#ensureLoaded().then(() => {
      if (id !== null && id === this.#storyId) this.#show(true);
    });
  }

  /** The URL's part: `story=` and `step=` while a story is open. */
  toHash(): Pick<HashState, 'story' | 'step'> {
    return this.#storyId ? { story: this.#storyId, step: this.#index + 1 } : {};
  }

  /**
   * A link or an edited address was read: a new story or step in it is opened (and applied);
   * one without `story=` closes the story.
   */
  followHash(state: HashState): void {
    if (!state.story) {
      if (this.#storyId !== null) this.close();
      return;
    }
    const step = state.step ?? 1;
    if (state.story === this.#storyId && step === this.#index + 1) return;
    this.open(state.story, step);
  }

  #ensureLoaded(): Promise<void> {
    if (this.#loading) return this.#loading;
    this.#status = 'loading';
    this.#failure = null;
    this.#loading = this.#host.load().then(
      (file) => {
        this.#stories = file.stories;
        this.#status = 'ready';
      },
      (error: unknown) => {
        this.#status = 'failed';
        this.#failure = error instanceof Error ? error.message : String(error);
      },
    );
    return this.#loading;
  }

  /** Applies the current step; `fromLink` checks the story and step a link named. */
  #show(fromLink: boolean): void {
    if (!this.#stories || this.#storyId === null) return;
    const story = this.story;
    const { app } = this.#host;
    if (!story) {
      if (fromLink) app.notify(`There is no story “${this.#storyId}” in the atlas.`);
      this.#storyId = null;
      return;
    }
    const { index, clamped } = stepIndex(story, this.#index + 1);
    if (clamped) {
      app.notify(
        `“${story.title}” has ${story.steps.length} steps; showing step ${index + 1} instead.`,
      );
    }
    this.#index = index;
    const state = stepHash(
      story.steps[index]!,
      { names: app.names, ...(app.embed ? { embed: true as const } : {}) },
      this.#host.viewport(),
    );
    app.applyHash({ state, problems: [], rewrite: false });
  }
}
