/**
 * Place names inside running text (event titles and summaries) in the chosen naming
 * convention, from the place registry: "Shusha comes under Azerbaijani control" reads
 * "Şuşa comes under Azerbaijani control" in Azerbaijani usage and "Shushi comes under ..." in
 * Armenian usage. The texts are written with international names; each place's international
 * name is swapped for its name in the convention (`placeName`).
 *
 * Left as written, because changing them would change what they say:
 * - quoted words (a quotation, or a loaded word attributed to a side);
 * - sentences about names themselves ("Madagiz, which he renamed Sugovushan").
 * A name given with another of its names in brackets, "Stepanakert (Khankendi)", becomes the
 * convention's name with the international one in brackets: "Xankəndi (Stepanakert)".
 */
import { type Place, placeName } from './places';
import type { NamingConvention } from './types';

type NamedPlace = Pick<Place, 'name' | 'names' | 'native' | 'kind'>;

/** Rewrites a text's place names into a convention. */
export type NameRewrite = (text: string) => string;

const identity: NameRewrite = (text) => text;

/** Quoted stretches: straight or curly double quotes. */
const QUOTED = /("[^"]*"|“[^”]*”)/;
/** A sentence that talks about names keeps every name it gives. */
const ABOUT_NAMES = /\b(renam\w*|names?d?|call(s|ed)?)\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function build(places: Iterable<NamedPlace>, convention: NamingConvention): NameRewrite {
  if (convention === 'intl') return identity;
  /** International name -> the convention's name, and every spelling of the same place. */
  const targets = new Map<string, { to: string; spellings: Set<string> }>();
  for (const place of places) {
    const to = placeName(place, convention);
    if (to === place.name) continue;
    const spellings = new Set(
      [place.name, ...Object.values(place.names), ...Object.values(place.native)].filter(
        (s): s is string => typeof s === 'string' && s.length > 0,
      ),
    );
    targets.set(place.name, { to, spellings });
  }
  if (targets.size === 0) return identity;
  // Longest first, so "Yukhari Askipara" wins over a shorter name inside it.
  const alternatives = [...targets.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])( \\(([^()]+)\\))?`,
    'gu',
  );
  const inSentence = (sentence: string) =>
    ABOUT_NAMES.test(sentence)
      ? sentence
      : sentence.replace(pattern, (match, name: string, bracket?: string, inner?: string) => {
          const target = targets.get(name);
          if (!target) return match;
          if (bracket && inner && target.spellings.has(inner)) return `${target.to} (${name})`;
          return `${target.to}${bracket ?? ''}`;
        });
  return (text) =>
    text
      .split(QUOTED)
      .map((part, i) =>
        // Odd parts are the quoted stretches.
        i % 2 === 1
          ? part
          : part
              .split(/(?<=[.;!?])(\s+)/)
              .map(inSentence)
              .join(''),
      )
      .join('');
}

const cache = new WeakMap<object, Map<NamingConvention, NameRewrite>>();

/**
 * The rewrite for a place registry and a convention, built once per registry object (the
 * loaded data's map of places) and convention.
 */
export function nameRewrite(
  places: ReadonlyMap<string, NamedPlace> | readonly NamedPlace[],
  convention: NamingConvention,
): NameRewrite {
  let byConvention = cache.get(places);
  if (!byConvention) {
    byConvention = new Map();
    cache.set(places, byConvention);
  }
  let rewrite = byConvention.get(convention);
  if (!rewrite) {
    rewrite = build(places instanceof Map ? places.values() : (places as NamedPlace[]), convention);
    byConvention.set(convention, rewrite);
  }
  return rewrite;
}
