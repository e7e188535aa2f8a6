/**
 * The checked villages of geo/control/villages.json as named places of towns.json: drawn and
 * labelled on the zoomed-in map in each naming convention, with the bibliography ids of the
 * page their coordinates come from and of their cases. The table itself belongs to the control
 * checks (geo/control/README.md, Villages) and is only read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedVillage } from '../../src/lib/domain/places';
import type { OtherNames, Source } from '../../src/lib/domain/types';
import { roundCoord } from '../lib/context';

/** A row of geo/control/villages.json, as far as the map reads it. */
export interface VillageRow {
  id: string;
  name: string;
  names: OtherNames;
  native: OtherNames;
  district: string;
  /** The state the village lies in, whoever held it; Azerbaijan unless the row says otherwise. */
  country?: 'AZ' | 'AM';
  lat: number;
  lon: number;
  coordSource: { url: string; title: string };
  cases: [string, string, string[]][];
}

export function loadVillageRows(root: string): VillageRow[] {
  const path = join(root, 'geo', 'control', 'villages.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { villages: VillageRow[] }).villages;
}

/** The id a checked village is published under (the table's ids are bare slugs). */
export const villageId = (row: { id: string }) => `village-${row.id}`;

/**
 * A name reduced to its consonants, with the letters the two alphabets write differently taken
 * as one ("ş" and "sh", "x" and "kh", "ğ", "gh", "q" and "g", "c", "ç", "ch" and "j"): "Şexer" and
 * "Shekher", "Dilağarda" and "Dilagarda" are one name in two spellings, "Vəngli" and "Vank"
 * two names.
 */
function skeleton(name: string): string {
  return name
    .toLowerCase()
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '')
    .replace(/([sckgz])h/g, '$1')
    .replace(/[aeiouy]/g, '')
    .replace(/[qgx]/g, 'k')
    .replace(/c/g, 'j');
}

/** Two names that differ as names, not only as spellings. */
export function namedApart(a: string, b: string): boolean {
  return skeleton(a) !== skeleton(b);
}

/**
 * The international usage of a village's name. The table writes a disambiguating bracket
 * ("Horadiz (village)", "Aghjakend (Lachin)") that a label does not need, and gives both names
 * for some villages the two sides name differently ("Dashalty / Karin Tak") but one for others
 * ("Papravand", which Armenian usage calls Nor Karmiravan): where the Armenian or the
 * Azerbaijani name is another name, not another spelling, the international label gives both,
 * the table's name first, so that no convention's name stands alone for all readers.
 */
export function internationalName(row: Pick<VillageRow, 'name' | 'names' | 'native'>): string {
  const name = row.name.replace(/\s*\([^)]*\)\s*$/, '');
  if (name.includes(' / ')) return name;
  const other = [row.names.hy, row.native.az ?? row.names.az].find(
    (n): n is string => Boolean(n) && namedApart(n!, name),
  );
  return other ? `${name} / ${other}` : name;
}

export interface PublishedVillages {
  villages: CheckedVillage[];
  problems: string[];
}

/**
 * Every row of the table as a published village; a coordinate page or case source that is no
 * bibliography entry is a problem (the page is found by its url).
 */
export function publishVillages(
  rows: readonly VillageRow[],
  sources: ReadonlyMap<string, Source>,
): PublishedVillages {
  const byUrl = new Map<string, string>();
  for (const [id, s] of [...sources].sort(([a], [b]) => a.localeCompare(b)))
    if (s.url && !byUrl.has(s.url)) byUrl.set(s.url, id);
  const problems: string[] = [];
  const villages = rows.map((row): CheckedVillage => {
    const coordId = byUrl.get(row.coordSource.url);
    if (!coordId)
      problems.push(
        `village ${row.id}: its coordinate page ${row.coordSource.url} is no bibliography entry`,
      );
    const caseIds = row.cases.flatMap(([, , ids]) => ids);
    for (const id of caseIds)
      if (!sources.has(id)) problems.push(`village ${row.id}: unknown source "${id}"`);
    const ids = [...(coordId ? [coordId] : []), ...caseIds];
    return {
      id: villageId(row),
      class: 'village',
      // Most rows are villages of Azerbaijan's districts; the few beside the 2021-2022 areas in
      // Armenia say so (villages.test.ts finds each point in a piece of its country).
      country: row.country ?? 'AZ',
      lat: roundCoord(row.lat),
      lon: roundCoord(row.lon),
      name: internationalName(row),
      names: sortKeys(row.names),
      native: sortKeys(row.native),
      district: row.district,
      sources: ids.filter((id, i) => ids.indexOf(id) === i),
    };
  });
  return { villages: villages.sort((a, b) => a.id.localeCompare(b.id)), problems };
}

function sortKeys(record: OtherNames): OtherNames {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
