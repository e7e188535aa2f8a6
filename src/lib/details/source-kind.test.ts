import { describe, expect, it } from 'vitest';
import type { Source } from '../domain/types';
import { partyName, sourceKind } from './source-kind';

const source = (extra: Partial<Source>): Source => ({
  id: 'x',
  title: 'T',
  publisher: 'P',
  date: null,
  url: null,
  ...extra,
});

describe('sourceKind: the type and affiliation beside a source', () => {
  it('names the type and says independent or whose party', () => {
    expect(sourceKind(source({ type: 'official', affiliation: 'party', partyOf: 'GE' }))).toBe(
      'Official document; party: Georgia',
    );
    expect(sourceKind(source({ type: 'news', affiliation: 'independent' }))).toBe(
      'News agency or newspaper; independent',
    );
    expect(sourceKind(source({ type: 'scholarly', affiliation: 'party', partyOf: 'RU' }))).toBe(
      'Book or paper; party: Russia',
    );
    expect(sourceKind(source({ type: 'encyclopedia' }))).toBe('Encyclopedia');
    expect(sourceKind(source({}))).toBeNull();
  });

  it('names the de facto authorities and falls back to the code', () => {
    expect(partyName('NKR')).toBe('Nagorno-Karabakh Republic / Artsakh (de facto)');
    expect(partyName('ABK')).toBe('Abkhazia (de facto)');
    expect(partyName('AZ')).toBe('Azerbaijan');
    expect(partyName('ZZ')).toBe('ZZ');
  });
});
