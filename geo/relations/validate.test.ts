import { describe, expect, it } from 'vitest';
import type { RelationPeriod, RelationsData } from '../../src/lib/domain/relations';
import { pairKey } from '../../src/lib/domain/relations';
import { FIRST_DAY, VERIFIED_THROUGH } from '../config';
import { build, relationsData } from './build';
import { loadBibliography as loadSources, REPO_ROOT } from '../lib/bibliography';
import { UN_MEMBER_CODES } from './un-members';
import {
  type ValidationContext,
  validateContiguity,
  validateCountries,
  validateCoverage,
  validateIndependence,
  validateNonRecognition,
  validatePeriodFields,
  validatePrecedence,
  validateRelationsData,
  validateRules,
  validateSourceIds,
  validateStatusOrder,
  validateUnMembers,
} from './validate';

const sources = loadSources();
const ctx: ValidationContext = { sources, firstDay: FIRST_DAY, verifiedThrough: VERIFIED_THROUGH };
const real = (): RelationsData => structuredClone(relationsData());

function find(data: RelationsData, a: string, b: string, from: string): RelationPeriod {
  const found = data.relations.find((r) => pairKey(r.a, r.b) === pairKey(a, b) && r.from === from);
  if (!found) throw new Error(`fixture: no ${a}-${b} period from ${from}`);
  return found;
}

describe('validateRelationsData', () => {
  it('accepts the real dataset', () => {
    expect(validateRelationsData(real(), ctx)).toEqual([]);
  });
});

describe('validateSourceIds', () => {
  it('accepts ids of the bibliography and rejects unknown or missing ones', () => {
    expect(validateSourceIds('x', ['rel-un-members', 'rel-tr-nato'], sources)).toEqual([]);
    expect(validateSourceIds('x', ['rel-no-such-page'], sources).join('\n')).toMatch(
      /unknown source/,
    );
    expect(validateSourceIds('x', [], sources).join('\n')).toMatch(/cites no source/);
  });

  it('every source of the real data resolves', () => {
    const data = real();
    for (const p of data.relations) expect(validateSourceIds('p', p.sources, sources)).toEqual([]);
  });
});

describe('validateCountries', () => {
  it('accepts the real states', () => {
    expect(validateCountries(real().countries, sources)).toEqual([]);
  });

  it('rejects a duplicate, a bad independence date and an undated new state', () => {
    const twice = real().countries;
    twice.push({ ...twice[0]! });
    expect(validateCountries(twice, sources).join('\n')).toMatch(/listed twice/);
    const badDate = real().countries;
    badDate[0]!.independence = '1991-09-31';
    expect(validateCountries(badDate, sources)).not.toEqual([]);
    const unsourced = real().countries;
    unsourced[1]!.sources = [];
    expect(validateCountries(unsourced, sources).join('\n')).toMatch(/cites no source/);
  });

  it('requires sourced recognised territory for the states the control layer divides', () => {
    const missing = real().countries;
    delete missing.find((c) => c.code === 'GE')!.recognisedTerritorySources;
    expect(validateCountries(missing, sources).join('\n')).toMatch(
      /GE: recognisedTerritorySources/,
    );
    const unknown = real().countries;
    unknown.find((c) => c.code === 'AZ')!.recognisedTerritorySources = ['no-such-source'];
    expect(validateCountries(unknown, sources).join('\n')).toMatch(
      /unknown source "no-such-source"/,
    );
  });
});

describe('validatePeriodFields', () => {
  it('accepts every real period', () => {
    const data = real();
    for (const p of data.relations) {
      expect(validatePeriodFields(p, data.countries, sources)).toEqual([]);
    }
  });

  it('rejects invalid dates, reversed dates, unknown statuses, states and sources', () => {
    const data = real();
    const base = find(data, 'GE', 'RU', '2008-08-29');
    const broken = (change: Partial<RelationPeriod>) =>
      validatePeriodFields({ ...base, ...change } as RelationPeriod, data.countries, sources).join(
        '\n',
      );
    expect(broken({ from: '2008-02-30' })).toMatch(/not a valid/);
    expect(broken({ from: '2008-8-29' })).toMatch(/not a valid/);
    expect(broken({ to: '2008-08-29' })).toMatch(/must be after/);
    expect(broken({ status: 'friendship' as never })).toMatch(/unknown status/);
    expect(broken({ b: 'FR' })).toMatch(/not a followed state/);
    expect(broken({ b: 'GE' })).toMatch(/itself/);
    expect(broken({ sources: ['rel-invented'] })).toMatch(/unknown source/);
    expect(broken({ confidence: 'certain' as never })).toMatch(/confidence/);
    expect(broken({ datePrecision: 'week' as never })).toMatch(/datePrecision/);
  });
});

describe('validateNonRecognition', () => {
  it('accepts the real data', () => {
    for (const p of real().relations) expect(validateNonRecognition(p)).toEqual([]);
  });

  it('needs notRecognisedBy on non-recognition, naming a side, and only there', () => {
    const data = real();
    const pkAm = find(data, 'AM', 'PK', '1991-09-21');
    expect(validateNonRecognition({ ...pkAm, notRecognisedBy: undefined }).join('\n')).toMatch(
      /notRecognisedBy/,
    );
    expect(validateNonRecognition({ ...pkAm, notRecognisedBy: 'TR' }).join('\n')).toMatch(
      /must be AM or PK/,
    );
    const later = find(data, 'AM', 'PK', '2025-08-31');
    expect(validateNonRecognition({ ...later, notRecognisedBy: 'PK' }).join('\n')).toMatch(
      /only for non-recognition/,
    );
  });
});

describe('validatePrecedence', () => {
  it('accepts the real data', () => {
    for (const p of real().relations) expect(validatePrecedence(p)).toEqual([]);
  });

  it('rejects an alliance or partnership between states without diplomatic relations', () => {
    const amAz = find(real(), 'AM', 'AZ', '1991-10-18');
    expect(validatePrecedence({ ...amAz, status: 'alliance' }).join('\n')).toMatch(
      /requires diplomatic relations/,
    );
    expect(validatePrecedence({ ...amAz, status: 'strategic-partnership' }).join('\n')).toMatch(
      /requires/,
    );
    expect(validatePrecedence({ ...amAz, diplomaticRelations: true }).join('\n')).toMatch(
      /contradicts/,
    );
  });
});

describe('validateContiguity', () => {
  it('accepts the real data', () => {
    expect(validateContiguity(real().relations)).toEqual([]);
  });

  it('rejects an overlap, a gap and a period after an open-ended one', () => {
    const overlap = real();
    find(overlap, 'GE', 'RU', '1999-04-20').to = '2008-09-01';
    expect(validateContiguity(overlap.relations).join('\n')).toMatch(/overlaps/);
    const gap = real();
    find(gap, 'GE', 'RU', '1999-04-20').to = '2008-08-20';
    expect(validateContiguity(gap.relations).join('\n')).toMatch(/gap/);
    const open = real();
    find(open, 'AM', 'PK', '1991-09-21').to = null;
    expect(validateContiguity(open.relations).join('\n')).toMatch(/open-ended/);
  });
});

describe('validateIndependence', () => {
  it('accepts the real data', () => {
    const data = real();
    expect(validateIndependence(data.relations, data.countries, FIRST_DAY)).toEqual([]);
  });

  it('rejects a pair that starts before a state was independent', () => {
    const data = real();
    find(data, 'AM', 'PK', '1991-09-21').from = '1991-09-20';
    expect(validateIndependence(data.relations, data.countries, FIRST_DAY).join('\n')).toMatch(
      /before independence/,
    );
  });

  it('rejects a pair of pre-1988 states that does not start on the first day', () => {
    const data = real();
    find(data, 'IR', 'US', FIRST_DAY).from = '1990-01-01';
    expect(validateIndependence(data.relations, data.countries, FIRST_DAY).join('\n')).toMatch(
      /must start on/,
    );
  });
});

describe('validateCoverage', () => {
  it('accepts the real data: all 45 pairs reach the verified-through day', () => {
    const data = real();
    const pairs = new Set(data.relations.map((r) => pairKey(r.a, r.b)));
    expect(pairs.size).toBe(45);
    expect(validateCoverage(data.relations, data.countries, VERIFIED_THROUGH)).toEqual([]);
  });

  it('rejects a missing pair and a pair that stops before the verified-through day', () => {
    const missing = real();
    missing.relations = missing.relations.filter((r) => pairKey(r.a, r.b) !== 'CN-US');
    expect(
      validateCoverage(missing.relations, missing.countries, VERIFIED_THROUGH).join('\n'),
    ).toMatch(/CN-US: no periods/);
    const short = real();
    find(short, 'CN', 'US', FIRST_DAY).to = '2025-01-01';
    expect(validateCoverage(short.relations, short.countries, VERIFIED_THROUGH).join('\n')).toMatch(
      /before the verified/,
    );
  });
});

describe('validateUnMembers', () => {
  it('accepts the 193 members and rejects a short or duplicated list', () => {
    expect(validateUnMembers(UN_MEMBER_CODES)).toEqual([]);
    expect(validateUnMembers(UN_MEMBER_CODES.slice(1)).join('\n')).toMatch(/192 codes/);
    expect(validateUnMembers([...UN_MEMBER_CODES.slice(1), 'AE']).join('\n')).toMatch(/duplicates/);
  });
});

describe('validateRules', () => {
  it('accepts the real rules', () => {
    const data = real();
    expect(validateRules(data.rules, data.relations, data.countries, sources)).toEqual([]);
  });

  it('rejects a rule that disagrees with the pair data', () => {
    const noException = real();
    noException.rules[0]!.except = [];
    expect(
      validateRules(noException.rules, noException.relations, noException.countries, sources).join(
        '\n',
      ),
    ).toMatch(/contradicts the rule/);
    const wrongException = real();
    wrongException.rules[1]!.except = ['PK'];
    expect(
      validateRules(
        wrongException.rules,
        wrongException.relations,
        wrongException.countries,
        sources,
      ).join('\n'),
    ).toMatch(/excepted but/);
  });

  it('rejects overlapping rules, unknown sources and a rule about itself', () => {
    const overlap = real();
    overlap.rules[0]!.to = '2025-09-01';
    expect(
      validateRules(overlap.rules, overlap.relations, overlap.countries, sources).join('\n'),
    ).toMatch(/overlaps/);
    const unsourced = real();
    unsourced.rules[0]!.sources = ['rel-nowhere'];
    expect(
      validateRules(unsourced.rules, unsourced.relations, unsourced.countries, sources).join('\n'),
    ).toMatch(/unknown source/);
    const self = real();
    self.rules[0]!.appliesTo.push('AM');
    expect(validateRules(self.rules, self.relations, self.countries, sources).join('\n')).toMatch(
      /own subject/,
    );
  });
});

describe('validateStatusOrder', () => {
  it('accepts the published order and rejects any other', () => {
    expect(validateStatusOrder(real().statusOrder)).toEqual([]);
    expect(validateStatusOrder([...real().statusOrder].reverse())).not.toEqual([]);
  });
});

describe('build', () => {
  it('publishes relations.json deterministically with the documented shape', async () => {
    const context = { root: REPO_ROOT, sources, verifiedThrough: VERIFIED_THROUGH, log: () => {} };
    const first = (await build(context)).files;
    const second = (await build(context)).files;
    expect(Object.keys(first)).toEqual(['relations.json']);
    expect(first['relations.json']).toBe(second['relations.json']);
    const parsed = JSON.parse(first['relations.json']!) as RelationsData;
    expect(Object.keys(parsed)).toEqual([
      'countries',
      'relations',
      'rules',
      'entities',
      'recognitions',
      'statusOrder',
    ]);
    expect(parsed.countries.map((c) => c.code).sort()).toEqual([
      'AM',
      'AZ',
      'CN',
      'GE',
      'IN',
      'IR',
      'PK',
      'RU',
      'TR',
      'US',
    ]);
    expect(parsed.rules[0]).toMatchObject({ subject: 'AM', except: ['PK'], to: '2025-08-31' });
  });
});
