/**
 * "Cite this view": a citation of what is on screen, as plain text, BibTeX and CSL-JSON, from
 * values the caller reads off the app (day, view, selection, data version) and the access day,
 * which is the reader's own date and is passed in, never read here.
 */
import { type IsoDate, formatDate, parseIsoDate } from '../time/days';

export const ATLAS_TITLE = 'Caucasus Atlas';
export const ATLAS_AUTHOR = 'Caucasus Atlas authors';

export interface CitationInput {
  /** The day shown. */
  day: IsoDate;
  /** The data version: the content hash `version` of public/data/manifest.json. */
  dataVersion: string;
  verifiedThrough: IsoDate;
  /** What the map shows, in words: "control of territory; layers: control, events". */
  view: string;
  /** The selection's name ("Shusha"), or null when nothing is selected. */
  selection: string | null;
  /** The focus country's name for the relations layer, or null. */
  focus: string | null;
  /** The absolute address of the view. */
  url: string;
  /** The day the reader accessed the view (their clock). */
  accessed: IsoDate;
}

export interface Citation {
  title: string;
  text: string;
  bibtex: string;
  csl: string;
}

/** "Shusha on 10 November 2020", or "The South Caucasus on …" without a selection. */
export function citationTitle(input: Pick<CitationInput, 'day' | 'selection'>): string {
  return `${input.selection ?? 'The South Caucasus and Pakistan'} on ${formatDate(input.day)}`;
}

function viewSentence(input: CitationInput): string {
  const parts = [`View: ${input.view}`];
  if (input.focus) parts.push(`relations of ${input.focus}`);
  if (input.selection) parts.push(`selected: ${input.selection}`);
  return `${parts.join('; ')}.`;
}

function dataSentence(input: CitationInput): string {
  return `Data version ${input.dataVersion}, verified through ${formatDate(input.verifiedThrough)}.`;
}

/** The plain-text citation, in one paragraph. */
export function citationText(input: CitationInput): string {
  return [
    `${ATLAS_AUTHOR}. “${citationTitle(input)}”. ${ATLAS_TITLE}.`,
    dataSentence(input),
    viewSentence(input),
    `${input.url} (accessed ${formatDate(input.accessed)}).`,
  ].join(' ');
}

/** Characters TeX gives a meaning to, escaped for a BibTeX field. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[&%$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** A BibTeX key from the day: `caucasusatlas2020-11-10`. */
function bibtexKey(day: IsoDate): string {
  return `caucasusatlas${day}`;
}

/** A biblatex-friendly `@online` entry (plain BibTeX reads it as `@misc`-like with `url`). */
export function citationBibtex(input: CitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${ATLAS_AUTHOR}}`],
    ['title', bibtexEscape(citationTitle(input))],
    ['organization', ATLAS_TITLE],
    ['version', bibtexEscape(input.dataVersion)],
    ['note', bibtexEscape(`${dataSentence(input)} ${viewSentence(input)}`)],
    // url and urldate are read verbatim by biblatex; only % would end the line in TeX.
    ['url', input.url.replaceAll('%', '\\%')],
    ['urldate', input.accessed],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${bibtexKey(input.day)},\n${body}\n}\n`;
}

function dateParts(day: IsoDate): { 'date-parts': [[number, number, number]] } {
  const date = parseIsoDate(day);
  if (!date) throw new Error(`not a day: ${day}`);
  return { 'date-parts': [[date.year, date.month, date.day]] };
}

/** CSL-JSON (an array of one item), for Zotero, Pandoc and other CSL processors. */
export function citationCsl(input: CitationInput): string {
  const item = {
    id: bibtexKey(input.day),
    type: 'dataset',
    title: citationTitle(input),
    author: [{ literal: ATLAS_AUTHOR }],
    'container-title': ATLAS_TITLE,
    version: input.dataVersion,
    note: `${dataSentence(input)} ${viewSentence(input)}`,
    URL: input.url,
    accessed: dateParts(input.accessed),
  };
  return JSON.stringify([item], null, 2) + '\n';
}

export function citationOf(input: CitationInput): Citation {
  return {
    title: citationTitle(input),
    text: citationText(input),
    bibtex: citationBibtex(input),
    csl: citationCsl(input),
  };
}
