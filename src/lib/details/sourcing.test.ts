import { describe, expect, it } from 'vitest';
import { type Details, citedSources, detailsOf, statement } from './index';
import { index, options } from './test-fixture';

/** Every statement anywhere in the details, found by walking the object. */
function allStatements(value: unknown): { text: string; sources: string[] }[] {
  if (Array.isArray(value)) return value.flatMap(allStatements);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own =
      typeof record.text === 'string' && Array.isArray(record.sources)
        ? [{ text: record.text, sources: record.sources as string[] }]
        : [];
    return [...own, ...Object.values(record).flatMap(allStatements)];
  }
  return [];
}

function expectAllSourced(details: Details | null): void {
  expect(details).not.toBeNull();
  const found = allStatements(details);
  expect(found.length).toBeGreaterThan(0);
  for (const s of found) expect(s.sources.length, s.text).toBeGreaterThan(0);
}

describe('statement', () => {
  it('refuses a statement without sources', () => {
    expect(statement('Held by someone.', [])).toBeNull();
    expect(statement('Held by someone.', [''])).toBeNull();
    expect(statement('  ', ['a'])).toBeNull();
    expect(statement('Held by someone.', ['a', 'a'])).toEqual({
      text: 'Held by someone.',
      sources: ['a'],
    });
  });
});

describe('sourcing', () => {
  it('produces no statement without sources, for every kind of selection', () => {
    const day = options('2019-06-01', { focus: 'PK' });
    expectAllSourced(detailsOf({ kind: 'zone', id: 'shusha' }, index, day));
    expectAllSourced(detailsOf({ kind: 'place', id: 'shusha' }, index, day));
    expectAllSourced(detailsOf({ kind: 'country', id: 'AZ' }, index, day));
    expectAllSourced(detailsOf({ kind: 'country', id: 'AM' }, index, day));
    expectAllSourced(detailsOf({ kind: 'event', id: 'shusha-1992' }, index, day));
  });

  it('numbers the cited sources in order of first appearance', () => {
    const d = detailsOf({ kind: 'zone', id: 'shusha' }, index, options('2019-06-01'))!;
    expect(citedSources(d)).toEqual([
      'src-1992',
      'src-recog-az',
      'src-zones',
      'src-ssr',
      'src-2020',
    ]);
  });
});
