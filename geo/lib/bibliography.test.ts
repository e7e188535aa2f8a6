/** The bibliography rules, each shown failing on a broken entry, and all reported at once. */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/domain/types';
import { checkSource, loadBibliography, mergeBibliographies } from './bibliography';

const GOOD: Source = {
  id: 'example-page',
  title: 'A page',
  publisher: 'A publisher',
  date: '2020-10-20',
  url: 'https://example.org/page',
};

const problemsOf = (change: Partial<Source>): string =>
  checkSource({ ...GOOD, ...change } as Source, 'test.json').join('\n');

describe('bibliography entries', () => {
  it('the real bibliography has no problem', () => {
    const problems: string[] = [];
    expect(loadBibliography(undefined, problems).size).toBeGreaterThan(100);
    expect(problems).toEqual([]);
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
    expect(problemsOf({ url: null })).toMatch(/needs an address/);
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
  it('reject a file that is not a list', () => {
    const out = mergeBibliographies([{ file: 'a.json', entries: {} as Source[] }]);
    expect(out.problems).toEqual(['geo/sources/a.json: expected an array']);
  });
});
