/**
 * The view model of the details panel: what it shows about a selection on a day, as plain
 * objects the panel only renders. Every `Statement` carries the ids of the sources it rests on.
 */
import type { Controller } from '../domain/types';
import type { Confidence, CountryCode, NamingConvention } from '../domain/types';
import type { EntityId } from '../domain/recognition';
import type { RelationStatus } from '../domain/relations';
import type { Selection } from '../domain/selection';
import type { DayNumber, IsoDate } from '../time/days';
import type { View } from '../domain/views';

/** What can be selected; the same shape as the URL's `select=kind:id`. */
export type DetailsSelection = Selection;

export interface DetailsOptions {
  /** The day on the slider. */
  day: DayNumber;
  convention: NamingConvention;
  /** The focus of the relations layer (a country, or an entity id), if any. */
  focus?: CountryCode | null;
  /** The view (`view=`): in the recognised view a zone's panel lists who recognised its holder. */
  view?: View;
}

/** One sentence of the panel and the sources it rests on (never empty). */
export interface Statement {
  text: string;
  sources: string[];
  confidence?: Confidence;
}

/** A name in another convention or script. */
export interface NameVariant {
  /** What usage this is: "International usage", "Armenian usage", "Armenian" (script), ... */
  usage: string;
  name: string;
  /** BCP 47 language tag of `name`, for screen readers and font choice. */
  lang: string;
}

/** A link to another selection, with its label in the chosen convention. */
export interface SelectionLink {
  selection: DetailsSelection;
  label: string;
}

/** Who held the selection on the day, and since when (start of the unbroken run). */
export interface ControlNow {
  controller: Controller;
  label: string;
  since: IsoDate;
  /** "since 8 May 1992", or "since at least 1 January 1988 (start of the atlas)". */
  sinceLabel: string;
  statement: Statement;
  /**
   * A typed transitional phase of the day's period (ceasefire and disarmament under way), told
   * with the period's note and sources; null when the period has none.
   */
  transition: Statement | null;
}

/** One segment of the control history, placed on a bar: `start`/`end` are fractions 0..1. */
export interface HistorySegment {
  from: IsoDate;
  to: IsoDate | null;
  controller: Controller;
  label: string;
  /** "1 January 1988 – 9 November 2020". */
  period: string;
  start: number;
  end: number;
  current: boolean;
  statement: Statement;
}

export interface EventLink {
  id: string;
  date: IsoDate;
  dateLabel: string;
  title: string;
  sources: string[];
  /** A key event of the data (geo/events/README.md): the panel names these first. */
  key: boolean;
}

/** The parts of a state held by another controller on the day. */
export interface HeldPart {
  controller: Controller;
  label: string;
  pieces: SelectionLink[];
  areaKm2: number;
  statement: Statement;
}

/** One period of the relation between a country and the focus country. */
export interface RelationSegment {
  status: RelationStatus;
  period: string;
  from: IsoDate;
  to: IsoDate | null;
  /** Position on the covered range, fractions 0..1 (clamped: some pairs start before 1988). */
  start: number;
  end: number;
  current: boolean;
  statement: Statement;
}

export interface RelationHistory {
  focus: CountryCode;
  focusName: string;
  /** What held on the day, or null before a record exists. */
  now: Statement | null;
  segments: RelationSegment[];
}

/** One recognition of the entity in focus, with its withdrawal if any. */
export interface RecognitionLine {
  by: CountryCode;
  name: string;
  from: IsoDate;
  to: IsoDate | null;
  /** In force on the day. */
  current: boolean;
  /** Withdrawn before or on the day. */
  withdrawn: boolean;
  statement: Statement;
}

/** With a breakaway entity in focus: who recognised it, and what the selected state did. */
export interface EntityRecognition {
  entity: EntityId;
  entityName: string;
  /** What the selected state did on the day; null when the selection is not a state. */
  now: Statement | null;
  /** Who recognised it on the day (or, for an entity no UN member recognised, that lack). */
  summary: Statement | null;
  /** Every recognition in date order, withdrawals included. */
  lines: RecognitionLine[];
}

export interface EventDetails {
  dateLabel: string;
  date: IsoDate;
  place: SelectionLink | null;
  summary: Statement;
  readings: Statement[];
  concerns: SelectionLink[];
}

/** What the panel shows. Sections that do not apply are empty or null. */
export interface Details {
  selection: DetailsSelection;
  /** The day the details are for, and as text ("1 June 2019"). */
  day: IsoDate;
  dayLabel: string;
  /** Where the day lies on the history bars (fraction 0..1 of the covered range). */
  dayPosition: number;
  /** The covered range as years, for the ends of the history bars. */
  rangeLabels: { first: string; last: string };
  /** "Zone", "Town", "Country", "Event", ... */
  kindLabel: string;
  title: string;
  /** BCP 47 tag of the title. */
  titleLang: string;
  /** The other conventions' names and the names in their own scripts (distinct from title). */
  names: NameVariant[];
  /** For a place: the control zone it lies in. */
  within: SelectionLink | null;
  control: ControlNow | null;
  /** Recognised status, area, where a place lies, parts held by others, ... */
  facts: Statement[];
  heldByOthers: HeldPart[];
  history: HistorySegment[];
  /** Every event about the selection, in date order. */
  events: EventLink[];
  /** The most important of `events`, named first: key events, newest first (keyEventsFirst). */
  keyEvents: EventLink[];
  relation: RelationHistory | null;
  /** With an entity (ABK, OSS, NKR) in focus, its recognition. */
  recognition: EntityRecognition | null;
  event: EventDetails | null;
}

/** The part of `Details` that depends on what is selected (the rest is about the day). */
export type SelectionDetails = Omit<
  Details,
  'day' | 'dayLabel' | 'dayPosition' | 'rangeLabels' | 'keyEvents'
>;
