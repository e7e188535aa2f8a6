import { describe, expect, it } from 'vitest';
import type { EntityRecord, RecognitionRecord } from '../../src/lib/domain/recognition';
import { loadBibliography } from '../lib/bibliography';
import { relationsData } from './build';
import {
  validateEntities,
  validateRecognitionData,
  validateRecognitionFields,
  validateRecognitionOverlap,
} from './entities-validate';
import { UN_MEMBER_CODES } from './un-members';

const sources = loadBibliography();
const real = () => structuredClone(relationsData());

function record(data: ReturnType<typeof real>, subject: string, by: string): RecognitionRecord {
  const found = data.recognitions.find((r) => r.subject === subject && r.by === by);
  if (!found) throw new Error(`fixture: no recognition of ${subject} by ${by}`);
  return found;
}

function problemsOf(entities: EntityRecord[], records: RecognitionRecord[]): string {
  return validateRecognitionData(entities, records, UN_MEMBER_CODES, sources).join('\n');
}

describe('validateRecognitionData', () => {
  it('accepts the real entities and recognitions', () => {
    const data = real();
    expect(problemsOf(data.entities, data.recognitions)).toBe('');
  });

  it('publishes the three entities under their own ids, not ISO codes', () => {
    expect(real().entities.map((e) => e.id)).toEqual(['ABK', 'OSS', 'NKR']);
  });

  it('rejects a recognition that overlaps another by the same state', () => {
    const data = real();
    const tuvalu = record(data, 'ABK', 'TV');
    const again = { ...tuvalu, from: '2013-01-01', to: null };
    expect(problemsOf(data.entities, [...data.recognitions, again])).toMatch(
      /recognitions of ABK by TV: 2011-09-18 overlaps 2013-01-01/,
    );
  });

  it('accepts a second recognition that starts on the day the first was withdrawn', () => {
    const data = real();
    const tuvalu = record(data, 'ABK', 'TV');
    const later = { ...tuvalu, from: '2014-03-31', to: null };
    expect(validateRecognitionOverlap([tuvalu, later])).toEqual([]);
  });

  it('rejects a record outside its entity: before it, or after its dissolution', () => {
    const data = real();
    const early = { ...record(data, 'OSS', 'RU'), from: '1991-01-01' };
    expect(problemsOf(data.entities, [...data.recognitions, early])).toMatch(
      /starts before the entity/,
    );
    const nkr = { ...record(data, 'ABK', 'RU'), subject: 'NKR' as const, from: '2023-01-01' };
    const withoutNote = data.entities.map((e) =>
      e.id === 'NKR' ? { ...e, noRecognition: undefined } : e,
    );
    expect(problemsOf(withoutNote, [...data.recognitions, nkr])).toMatch(
      /outlasts the entity \(dissolved 2024-01-01\)/,
    );
  });

  it('needs a sourced lack of recognition exactly when an entity has no record', () => {
    const data = real();
    const withoutNote = data.entities.map((e) =>
      e.id === 'NKR' ? { ...e, noRecognition: undefined } : e,
    );
    expect(problemsOf(withoutNote, data.recognitions)).toMatch(/NKR: no recognition records/);
    const nkr = { ...record(data, 'ABK', 'RU'), subject: 'NKR' as const, to: '2023-01-01' };
    expect(problemsOf(data.entities, [...data.recognitions, nkr])).toMatch(
      /NKR: noRecognition contradicts/,
    );
  });
});

describe('validateRecognitionFields', () => {
  it('rejects unknown states, the home state, bad dates, confidences and sources', () => {
    const data = real();
    const base = record(data, 'ABK', 'NR');
    const broken = (change: Partial<RecognitionRecord>) =>
      validateRecognitionFields(
        { ...base, ...change } as RecognitionRecord,
        data.entities,
        UN_MEMBER_CODES,
        sources,
      ).join('\n');
    expect(broken({})).toBe('');
    expect(broken({ by: 'XK' })).toMatch(/XK is not a UN member state/);
    expect(broken({ by: 'GE' })).toMatch(/state the entity lies in/);
    expect(broken({ subject: 'TRN' as never })).toMatch(/not a known entity/);
    expect(broken({ from: '2009-02-30' })).toMatch(/not a valid/);
    expect(broken({ to: '2009-12-15' })).toMatch(/must be after/);
    expect(broken({ confidence: 'sure' as never })).toMatch(/bad confidence/);
    expect(broken({ datePrecision: 'week' as never })).toMatch(/bad datePrecision/);
    expect(broken({ sources: ['rel-ent-invented'] })).toMatch(/unknown source/);
    expect(broken({ sources: [] })).toMatch(/cites no source/);
  });
});

describe('validateEntities', () => {
  it('rejects a duplicate, an unknown id, a state outside the UN and unsourced records', () => {
    const data = real();
    const [abk, oss] = data.entities;
    const check = (list: EntityRecord[]) =>
      validateEntities(list, UN_MEMBER_CODES, sources).join('\n');
    expect(check([abk!, abk!])).toMatch(/ABK: listed twice/);
    expect(check([{ ...abk!, id: 'ABH' as never }])).toMatch(/unknown id/);
    expect(check([{ ...oss!, withinState: 'XX' }])).toMatch(/not a UN member/);
    expect(check([{ ...oss!, sources: [] }])).toMatch(/cites no source/);
    expect(check([{ ...oss!, to: '1992-05-29' }])).toMatch(/must be after/);
    const nkr = data.entities.find((e) => e.id === 'NKR')!;
    expect(check([{ ...nkr, noRecognition: { note: 'x', sources: ['nope'] } }])).toMatch(
      /noRecognition: unknown source "nope"/,
    );
  });
});
