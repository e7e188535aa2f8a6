/**
 * Details of a country: independence and recognition on the day, its area, the parts of a
 * zoned state held by others, and its relation with the focus country.
 */
import type { AtlasIndex, BaseCountry, IndexedPiece } from '../domain/atlas-index';
import type { TimelineEntry } from '../domain/control';
import { controllerLabel } from '../domain/controllers';
import { STATE_NAMES, type ZonedState, isZonedState } from '../domain/labels';
import type { Controller } from '../domain/types';
import { type DayNumber, formatDay } from '../time/days';
import { contains } from '../time/interval';
import { entryOn } from './control-history';
import { nameRewrite } from '../domain/names';
import { eventLinks } from './event';
import { entityRecognition } from './recognition';
import { relationHistory } from './relation-history';
import { present, statement } from './sourcing';
import type { DetailsOptions, HeldPart, SelectionDetails, Statement } from './types';
import { areaLabel, countryName, zoneLink } from './wording';

/** The pieces of `state` held by someone else on the day, grouped by holder. */
function heldByOthers(
  state: ZonedState,
  subject: string,
  index: AtlasIndex,
  options: DetailsOptions,
): HeldPart[] {
  const groups = new Map<Controller, { pieces: IndexedPiece[]; entries: TimelineEntry[] }>();
  for (const piece of index.piecesOfState.get(state) ?? []) {
    const entry = entryOn(piece, options.day);
    if (!entry || entry.controller === state) continue;
    const group = groups.get(entry.controller) ?? { pieces: [], entries: [] };
    group.pieces.push(piece);
    group.entries.push(entry);
    groups.set(entry.controller, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([controller, group]): HeldPart | null => {
      const label = controllerLabel(controller, options.day, index.relations.countries);
      const km2 = group.pieces.reduce((sum, p) => sum + p.areaKm2, 0);
      const pieces = group.pieces
        .map((p) => zoneLink(p, options.convention))
        .sort((a, b) => a.label.localeCompare(b.label));
      const s = statement(
        `${pieces.length === 1 ? 'One zone' : `${pieces.length} zones`} of ${subject} held by ${label} on this day, ${areaLabel(km2)} on the atlas's outlines (listed below).`,
        group.entries.flatMap((e) => e.sources),
      );
      return s ? { controller, label, pieces, areaKm2: km2, statement: s } : null;
    })
    .filter(present);
}

/** Independence and the recognition rules about the country, as they stood on the day. */
function standing(iso: string, day: DayNumber, index: AtlasIndex): (Statement | null)[] {
  const facts: (Statement | null)[] = [];
  const record = index.relations.countries.get(iso);
  if (record && record.independenceDay !== null) {
    const since = formatDay(record.independenceDay);
    facts.push(
      statement(
        day >= record.independenceDay
          ? `Independent state since ${since}.`
          : `Not yet independent on this day; independent from ${since}.`,
        record.sources,
      ),
    );
  }
  for (const rule of index.relations.rules) {
    if (rule.subject !== iso || !contains(rule.days, day)) continue;
    const except = rule.except.map((c) => countryName(index, c));
    facts.push(
      statement(
        except.length === 0
          ? `Recognised by every UN member state on this day.`
          : `Recognised by every UN member state except ${except.join(', ')} on this day.`,
        rule.sources,
        rule.confidence,
      ),
    );
  }
  return facts;
}

/** The base map's name; for a Soviet republic on the day, with the name it had then. */
function countryTitle(country: BaseCountry, day: DayNumber, index: AtlasIndex): string {
  if (!isZonedState(country.iso)) return country.name;
  const label = controllerLabel(country.iso, day, index.relations.countries);
  return label === STATE_NAMES[country.iso].state ? country.name : `${country.name} (${label})`;
}

export function countryDetails(
  country: BaseCountry,
  index: AtlasIndex,
  options: DetailsOptions,
): SelectionDetails {
  const iso = country.iso;
  const facts = standing(iso, options.day, index);
  if (country.areaKm2 !== null) {
    facts.push(
      statement(
        `Area: ${areaLabel(country.areaKm2)}, measured on the base map's outline (borders as held de facto).`,
        index.geometrySources.countries,
      ),
    );
  }
  return {
    selection: { kind: 'country', id: iso },
    kindLabel: 'Country',
    title: countryTitle(country, options.day, index),
    titleLang: 'en',
    // Country names come from the base map only; no endonyms without a source to cite.
    names: [],
    within: null,
    // A state's own land is not a claim worth a line; what others held is (heldByOthers).
    control: null,
    facts: facts.filter(present),
    heldByOthers: isZonedState(iso) ? heldByOthers(iso, country.name, index, options) : [],
    history: [],
    events: eventLinks(
      index.eventsAbout.countries.get(iso) ?? [],
      nameRewrite(index.places, options.convention),
    ),
    relation: relationHistory(iso, options.focus, options.day, index),
    recognition: entityRecognition(options.focus, iso, options.day, index),
    event: null,
  };
}
