/** The bibliography rules, each shown failing on a broken entry, and all reported at once. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/domain/types';
import {
  checkSource,
  citedSourceIds,
  loadBibliography,
  mergeBibliographies,
  uncitedInData,
  uncitedSources,
  REPO_ROOT,
} from './bibliography';

const GOOD: Source = {
  id: 'example-page',
  title: 'A page',
  publisher: 'A publisher',
  date: '2020-10-20',
  url: 'https://example.org/page',
  type: 'news',
  affiliation: 'independent',
};

const problemsOf = (change: Partial<Source> & Record<string, unknown>): string =>
  checkSource({ ...GOOD, ...change } as Source, 'test.json').join('\n');

describe('bibliography entries', () => {
  it('the real bibliography has no problem', () => {
    const problems: string[] = [];
    expect(loadBibliography(undefined, problems).size).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
  it('every entry of the real bibliography is cited by a record', () => {
    const dir = join(REPO_ROOT, 'public', 'data');
    const published = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => /\.(json|geojson)$/.test(f))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const sources = loadBibliography();
    expect(uncitedInData(sources, published)).toEqual([]);
    const withStray = new Map(sources).set('stray-page', { ...GOOD, id: 'stray-page' });
    expect(uncitedInData(withStray, published)).toEqual([
      'source "stray-page": cited by no record',
    ]);
  });
  it('accept a well-formed entry', () => {
    expect(checkSource(GOOD, 'test.json')).toEqual([]);
  });
  it('reject a bad id, a missing title or publisher, a bad date or address', () => {
    expect(problemsOf({ id: 'Bad Id' })).toMatch(/test.json: source "Bad Id": id must be/);
    expect(problemsOf({ title: ' ' })).toMatch(/title is missing/);
    expect(problemsOf({ publisher: '' })).toMatch(/publisher is missing/);
    expect(problemsOf({ date: '20 Oct 2020' })).toMatch(/date must be/);
    expect(problemsOf({ url: 'ftp://example.org' })).toMatch(/url must be http/);
    expect(problemsOf({ url: null })).toMatch(/needs an address \(url\) or an identifier/);
  });
  it('accept an official document known by its symbol, a book by ISBN, an article by DOI', () => {
    expect(problemsOf({ url: null, symbol: 'S/RES/822 (1993)' })).toBe('');
    expect(problemsOf({ url: null, isbn: '978-0-8147-1945-9' })).toBe('');
    expect(problemsOf({ url: null, doi: '10.1080/02634937.2011.000000' })).toBe('');
    expect(problemsOf({ url: null, symbol: ' ' })).toMatch(/needs an address/);
  });
  it('reject an undated page without the day it was read', () => {
    expect(problemsOf({ date: null })).toMatch(/undated page needs "accessed"/);
    expect(problemsOf({ date: null, accessed: '3 Dec 2026' })).toMatch(/needs "accessed"/);
    expect(problemsOf({ date: null, accessed: '2026-12-03' })).toBe('');
  });
  it('reject a project file cited in place of a publication', () => {
    expect(problemsOf({ file: 'notes.txt' })).toMatch(/cites a project file/);
  });
  it('reject a missing or unknown type', () => {
    expect(problemsOf({ type: undefined })).toMatch(/type must be one of official, news/);
    expect(problemsOf({ type: 'blog' as Source['type'] })).toMatch(/type must be one of/);
  });
  it('reject a missing affiliation, and a party without whose', () => {
    expect(problemsOf({ affiliation: undefined })).toMatch(
      /affiliation must be independent or party/,
    );
    expect(problemsOf({ affiliation: 'party' })).toMatch(/needs partyOf/);
    expect(problemsOf({ affiliation: 'party', partyOf: 'AZ' })).toBe('');
    expect(problemsOf({ partyOf: 'AM' })).toMatch(/partyOf is only for affiliation "party"/);
  });
  it('reject internal wording in title, publisher or note', () => {
    const cases: [Partial<Source>, string][] = [
      [{ note: 'Matches facts.md' }, '"facts.md"'],
      [{ note: 'As in the fact sheet.' }, '"fact sheet"'],
      [{ title: 'Seed document' }, '"seed"'],
      [{ note: 'See rows 3-4.' }, '"row"'],
      [{ publisher: 'Site not recorded' }, '"not recorded"'],
      [{ note: 'Weak source.' }, '"weak"'],
      [{ publisher: 'Wikipedia (copy)' }, '"copy"'],
      [{ note: 'Title made-up by us.' }, '"made-up"'],
      [{ note: 'From 002_d22ad53533fc271f.txt' }, 'a project file name'],
    ];
    for (const [change, what] of cases) {
      const field = Object.keys(change)[0];
      expect(problemsOf(change)).toContain(`${field} uses internal wording (${what})`);
    }
    expect(problemsOf({ note: 'Azerbaijani state news agency; an arrow of seedlings.' })).toBe('');
  });
  it('report every problem of an entry at once', () => {
    expect(checkSource({ ...GOOD, title: '', publisher: '' }, 'test.json')).toHaveLength(2);
  });
  it('may repeat an id across files only with identical content', () => {
    const same = mergeBibliographies([
      { file: 'a.json', entries: [GOOD] },
      { file: 'b.json', entries: [GOOD] },
    ]);
    expect(same.problems).toEqual([]);
    const differ = mergeBibliographies([
      { file: 'a.json', entries: [GOOD] },
      { file: 'b.json', entries: [{ ...GOOD, title: 'Another title' }] },
    ]);
    expect(differ.problems).toEqual([
      'source "example-page" differs between geo/sources/a.json and b.json',
    ]);
  });
  it('find the cited ids at any depth of the records, and only known ids', () => {
    const records = [
      { features: [{ properties: { sources: ['a', 'unknown'] } }] },
      { readings: [{ text: 'a reading', sources: ['b'] }], recognisedTerritorySources: ['c'] },
    ];
    expect([...citedSourceIds(records, new Set(['a', 'b', 'c', 'd']))].sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
  it('reject an entry no record cites', () => {
    const sources = new Map(['a', 'b', 'c'].map((id) => [id, { ...GOOD, id }]));
    expect(uncitedSources(sources, new Set(['b']))).toEqual([
      'source "a": cited by no record',
      'source "c": cited by no record',
    ]);
    expect(uncitedSources(sources, new Set(['a', 'b', 'c']))).toEqual([]);
  });
  it('reject a file that is not a list', () => {
    const out = mergeBibliographies([{ file: 'a.json', entries: {} as Source[] }]);
    expect(out.problems).toEqual(['geo/sources/a.json: expected an array']);
  });
});
