import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONTH_SHORT, followedStates, usageInSentence } from './labels';
import { type RelationsData, relationsIndexOf } from './relations';

const relations = relationsIndexOf(
  JSON.parse(
    readFileSync(new URL('../../../public/data/relations.json', import.meta.url), 'utf8'),
  ) as RelationsData,
);

describe('labels', () => {
  it('follows the states the relations data lists, with their names', () => {
    const followed = followedStates(relations);
    expect(followed.map((s) => s.code)).toEqual([
      'AM',
      'AZ',
      'GE',
      'PK',
      'TR',
      'IR',
      'RU',
      'IN',
      'CN',
      'US',
    ]);
    expect(followed[0]).toEqual({ code: 'AM', name: 'Armenia' });
  });

  it('abbreviates months to three letters for the axis', () => {
    expect(MONTH_SHORT).toHaveLength(12);
    expect([MONTH_SHORT[0], MONTH_SHORT[8], MONTH_SHORT[11]]).toEqual(['Jan', 'Sep', 'Dec']);
  });

  it('writes the international usage in lower case inside a sentence', () => {
    expect(usageInSentence('intl')).toBe('international usage');
    expect(usageInSentence('hy')).toBe('Armenian usage');
  });
});
