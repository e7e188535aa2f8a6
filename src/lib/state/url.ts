/**
 * The URL hash as shareable state. Every parameter is optional:
 *
 *   #map=zoom/lat/lon&date=YYYY-MM-DD&layers=control,events&focus=AM&select=zone:shusha
 *    &names=intl&view=control&compare=YYYY-MM-DD&story=war-2020&step=3&nkao=on
 *
 * `map=` follows MapLibre's `hash: 'map'` convention and is read and written by MapLibre itself;
 * here it is only parsed and kept. Parsing never throws and never reads the clock: a well-formed
 * date outside the covered range is clamped, anything malformed or unknown is dropped, and each
 * such case is reported as a problem the UI shows in a dismissible notice.
 */
import { type IsoDate, clampDay, formatDate, parseIsoDate, toDay, toIso } from '../time/days';
import { CONVENTIONS } from '../domain/labels';
import { SELECTION_KINDS, type Selection, type SelectionKind } from '../domain/selection';
import type { NamingConvention } from '../domain/types';
import { type MapPosition, checkMapPosition, formatMapPosition } from './map-position';

export type { MapPosition, Selection, SelectionKind };
export { formatMapPosition };

export const LAYERS = ['control', 'relations', 'events'] as const;
export type LayerId = (typeof LAYERS)[number];
export const DEFAULT_LAYERS: readonly LayerId[] = ['control', 'events'];

export const VIEWS = ['control', 'recognised', 'claims'] as const;
export type ViewId = (typeof VIEWS)[number];

/** What the hash says; absent fields mean "use the default". */
export interface HashState {
  map?: MapPosition;
  date?: IsoDate;
  layers?: LayerId[];
  focus?: string;
  select?: Selection;
  names?: NamingConvention;
  view?: ViewId;
  /** The day compared with the day shown (`compare=`). */
  compare?: IsoDate;
  /** `embed=1`: the page is inside another site's frame (map, date control and legend only). */
  embed?: true;
  /** `story=<id>`: a guided story is open (see story.svelte.ts). */
  story?: string;
  /** `step=<n>`: its step, from 1; only with `story=`. */
  step?: number;
  /**
   * `nkao=on` / `nkao=off`: the former NKAO's outline shown or hidden by the user's choice;
   * absent, it follows the day (shown before the oblast's abolition).
   */
  nkao?: boolean;
}

export interface DateRange {
  first: IsoDate;
  last: IsoDate;
}

export interface ParsedHash {
  state: HashState;
  /** Human-readable, one per ignored or adjusted parameter. */
  problems: string[];
  /**
   * Whether the hash says anything the state will not keep (an ignored or adjusted parameter, a
   * repeat): then the URL should be rewritten from the state, so that it says what is shown.
   */
  rewrite: boolean;
}

/** Longest quoted value in a problem; a link may carry a value of any length. */
export const SHOWN_VALUE_LIMIT = 40;

/** A parameter as a problem quotes it: `key=value`, each shortened, in curly quotes. */
export function quoteParameter(key: string, value: string | null, rawValue: string): string {
  return quote(`${key}${rawValue ? '=' + (value ?? rawValue) : ''}`);
}

function quote(text: string): string {
  const short =
    text.length > SHOWN_VALUE_LIMIT ? `${text.slice(0, SHOWN_VALUE_LIMIT - 1).trimEnd()}…` : text;
  return `“${short}”`;
}

const KNOWN_KEYS = [
  'map',
  'date',
  'layers',
  'focus',
  'select',
  'names',
  'view',
  'compare',
  'embed',
  'story',
  'step',
  'nkao',
] as const;
const STORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits `#a=1&b=2` into ordered pairs; a key without `=` gets an empty value. */
export function hashPairs(hash: string): [string, string][] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.trim() === '') return [];
  return body
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    });
}

export function parseHash(hash: string, range: DateRange): ParsedHash {
  const state: HashState = {};
  const problems: string[] = [];
  const seen = new Set<string>();

  for (const [rawKey, rawValue] of hashPairs(hash)) {
    const key = decode(rawKey) ?? rawKey;
    const value = decode(rawValue);
    const shown = quoteParameter(key, value, rawValue);
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      problems.push(`Ignored unknown parameter ${shown}.`);
      continue;
    }
    if (seen.has(key)) {
      problems.push(`Ignored repeated parameter ${shown}.`);
      continue;
    }
    seen.add(key);
    // An empty layer list is meaningful: the user switched every layer off.
    if (value === null || (value === '' && key !== 'layers')) {
      problems.push(`Ignored empty or malformed parameter ${shown}.`);
      continue;
    }
    switch (key) {
      case 'map': {
        const checked = checkMapPosition(value, shown);
        if (checked.ok) {
          state.map = checked.position;
          problems.push(...checked.problems);
        } else problems.push(checked.problem);
        break;
      }
      case 'date':
      case 'compare': {
        const date = parseIsoDate(value);
        if (!date) {
          problems.push(`Ignored ${shown}: expected a real date as YYYY-MM-DD.`);
          break;
        }
        const day = toDay(value);
        const iso = toIso(clampDay(day, toDay(range.first), toDay(range.last)));
        state[key] = iso;
        if (iso !== value) {
          const what = key === 'date' ? 'showing' : 'comparing with';
          problems.push(
            `The date ${formatDate(value)} is outside the atlas (${formatDate(range.first)} to ` +
              `${formatDate(range.last)}); ${what} ${formatDate(iso)} instead.`,
          );
        }
        break;
      }
      case 'layers': {
        const names = value.split(',').filter((n) => n !== '');
        const known = names.filter((n): n is LayerId => (LAYERS as readonly string[]).includes(n));
        const unknown = names.filter((n) => !known.includes(n as LayerId));
        if (unknown.length > 0 && known.length === 0) {
          // Nothing usable: a blank map would be no answer, so the default layers stay.
          problems.push(
            `Ignored unknown layer ${quote(unknown.join(', '))}; showing the default layers ` +
              `(${DEFAULT_LAYERS.join(', ')}).`,
          );
          break;
        }
        state.layers = LAYERS.filter((l) => known.includes(l));
        if (unknown.length > 0) {
          problems.push(`Ignored unknown layer ${quote(unknown.join(', '))}.`);
        }
        break;
      }
      case 'focus': {
        if (/^[A-Za-z]{2,3}$/.test(value)) state.focus = value.toUpperCase();
        else problems.push(`Ignored ${shown}: expected a code such as AM.`);
        break;
      }
      case 'select': {
        const at = value.indexOf(':');
        const kind = value.slice(0, at);
        const id = value.slice(at + 1);
        if (
          at > 0 &&
          (SELECTION_KINDS as readonly string[]).includes(kind) &&
          ID_PATTERN.test(id)
        ) {
          state.select = {
            kind: kind as SelectionKind,
            id: kind === 'country' ? id.toUpperCase() : id,
          };
        } else {
          problems.push(`Ignored ${shown}: expected country:, zone:, place: or event: and an id.`);
        }
        break;
      }
      case 'names': {
        if ((CONVENTIONS as readonly string[]).includes(value)) {
          state.names = value as NamingConvention;
        } else problems.push(`Ignored ${shown}: expected intl, hy or az.`);
        break;
      }
      case 'view': {
        if ((VIEWS as readonly string[]).includes(value)) state.view = value as ViewId;
        else problems.push(`Ignored ${shown}: expected control, recognised or claims.`);
        break;
      }
      case 'embed': {
        if (value === '1') state.embed = true;
        else problems.push(`Ignored ${shown}: expected embed=1.`);
        break;
      }
      case 'story': {
        if (STORY_ID.test(value) && value.length <= 80) state.story = value;
        else problems.push(`Ignored ${shown}: expected a story id such as war-2020.`);
        break;
      }
      case 'nkao': {
        if (value === 'on' || value === 'off') state.nkao = value === 'on';
        else problems.push(`Ignored ${shown}: expected nkao=on or nkao=off.`);
        break;
      }
      case 'step': {
        if (/^[1-9]\d{0,3}$/.test(value)) state.step = Number(value);
        else problems.push(`Ignored ${shown}: expected a step number from 1.`);
        break;
      }
    }
  }
  if (state.step !== undefined && state.story === undefined) {
    problems.push(`Ignored ${quote(`step=${state.step}`)}: it needs a story=.`);
    delete state.step;
  }
  return { state, problems, rewrite: problems.length > 0 };
}

/**
 * Writes the state as a hash in a fixed parameter order. Fields that are absent are left out,
 * so a caller that omits defaults gets short links.
 */
export function serialiseHash(state: HashState): string {
  const parts: string[] = [];
  if (state.map) parts.push(`map=${formatMapPosition(state.map)}`);
  if (state.date) parts.push(`date=${state.date}`);
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  if (state.focus) parts.push(`focus=${encodeURIComponent(state.focus)}`);
  if (state.select) {
    parts.push(`select=${state.select.kind}:${encodeURIComponent(state.select.id)}`);
  }
  if (state.names) parts.push(`names=${state.names}`);
  if (state.view) parts.push(`view=${state.view}`);
  if (state.compare) parts.push(`compare=${state.compare}`);
  if (state.embed) parts.push('embed=1');
  if (state.story) {
    parts.push(`story=${state.story}`);
    parts.push(`step=${state.step ?? 1}`);
  }
  if (state.nkao !== undefined) parts.push(`nkao=${state.nkao ? 'on' : 'off'}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
