/**
 * Shapes of the published data in public/data. Dates are ISO calendar days; every interval is
 * half-open: `from` inclusive, `to` exclusive, `to: null` for "still so" (see src/lib/time/days.ts).
 */
import type { DatePrecision, IsoDate } from '../time/days';

export type Confidence = 'high' | 'medium' | 'low';

/**
 * Who held an area. These are control codes, not country codes: `AZ`, `AM`, `GE` are the states
 * (before independence in 1991 the Soviet republics), `NKR` the Nagorno-Karabakh Republic /
 * Republic of Artsakh (de facto), `ABK` Abkhazia and `OSS` South Ossetia (de facto), `RU-PKF`
 * an area an agreement placed under the Russian peacekeeping force.
 */
export type Controller = 'AZ' | 'AM' | 'GE' | 'NKR' | 'ABK' | 'OSS' | 'RU-PKF';

export const CONTROLLERS: readonly Controller[] = ['AZ', 'AM', 'GE', 'NKR', 'ABK', 'OSS', 'RU-PKF'];

/** ISO 3166-1 alpha-2 country code, such as `AM` or `PK`. Never mixed with `Controller`. */
export type CountryCode = string;

/** Naming conventions the user can choose. */
export type NamingConvention = 'intl' | 'hy' | 'az';

/** A place name in other usages, keyed by language or convention (`hy`, `az`, `ka`, `ru`, ...). */
export type OtherNames = Partial<Record<string, string>>;

/** One bibliography entry; `id` is what data rows cite in `sources`. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** Publication date as precise as known: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null if undated. */
  date: string | null;
  /** The day an undated page was read (`YYYY-MM-DD`); required when `date` is null. */
  accessed?: string;
  /** Address of the page read, or null for a document known by an identifier below. */
  url: string | null;
  /** Identifiers of a publication without an address: a book, an article, an official document. */
  isbn?: string;
  doi?: string;
  /** An official document's symbol, such as a UN document number. */
  symbol?: string;
  /** What kind of publication it is. */
  type?: 'official' | 'news' | 'encyclopedia' | 'scholarly';
  /** Whether its publisher is a party to what it is cited for; `partyOf` says whose. */
  affiliation?: 'independent' | 'party';
  partyOf?: string;
  /** What the source is, for readers (for example "Azerbaijani state news agency"). */
  note?: string;
}

/**
 * A typed transitional phase of a period: control has not yet changed, but is changing in a way
 * the sources describe. `disarmament`: after the ceasefire of 20 September 2023 the Karabakh
 * forces were disarming and Azerbaijani forces entering localities, until the end of NKR control.
 */
export type ControlPhase = 'disarmament';

export const CONTROL_PHASES: readonly ControlPhase[] = ['disarmament'];

/** Properties of one feature of public/data/control.geojson: one area, one controller, one period. */
export interface ControlPeriodProperties {
  id: string;
  zone: string;
  name: string;
  names: OtherNames;
  controller: Controller;
  from: IsoDate;
  to: IsoDate | null;
  datePrecision: { from: DatePrecision; to: DatePrecision | null };
  sources: string[];
  confidence: Confidence;
  note?: string;
  /** A transitional phase within this controller's hold (see ControlPhase); absent otherwise. */
  phase?: ControlPhase;
}

/**
 * How a place or zone is named. `name` is the international English usage; `names` holds, in
 * Latin script, the usage of each convention where it differs (`hy`: Armenian usage "Shushi",
 * `az`: the English spelling of Azerbaijani sources "Shusha", also `ka`, `ru`); `native` holds
 * the name in each language's own script (`hy`: "Շուշի", `az`: "Şuşa", `ka`: "შუშა", `ru`:
 * "Шуша"). Azerbaijani's own script is Latin, so Azerbaijani usage shows `native.az` where there
 * is one (see `placeName`).
 */
export interface Naming {
  name: string;
  names: OtherNames;
  native: OtherNames;
}
