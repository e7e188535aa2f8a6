import { describe, expect, it } from 'vitest';
import { detailsOf } from './index';
import { entry, index, indexWith, options, piece } from './test-fixture';

const shusha = { kind: 'zone', id: 'shusha' } as const;

describe('zone details', () => {
  it('says who held Shusha on 2019-06-01 and since when', () => {
    const d = detailsOf(shusha, index, options('2019-06-01'))!;
    expect(d.title).toBe('Shusha');
    expect(d.control?.controller).toBe('NKR');
    expect(d.control?.label).toBe('Nagorno-Karabakh Republic / Artsakh (de facto)');
    expect(d.control?.since).toBe('1992-05-08');
    expect(d.control?.statement.text).toBe(
      'On this day Shusha was held by Nagorno-Karabakh Republic / Artsakh (de facto), without interruption since 8 May 1992.',
    );
    expect(d.control?.sinceLabel).toBe('since 8 May 1992');
    expect(d.control?.statement.sources).toEqual(['src-1992']);
  });

  it('says Azerbaijan on 2021-06-01, from the 2020 change', () => {
    const d = detailsOf(shusha, index, options('2021-06-01'))!;
    expect(d.control?.controller).toBe('AZ');
    expect(d.control?.label).toBe('Azerbaijan');
    expect(d.control?.since).toBe('2020-11-08');
  });

  it('uses the end of a period as exclusive: the last NKR day is 2020-11-07', () => {
    expect(detailsOf(shusha, index, options('2020-11-07'))!.control?.controller).toBe('NKR');
    expect(detailsOf(shusha, index, options('2020-11-08'))!.control?.controller).toBe('AZ');
  });

  it('counts an unbroken run of one holder from its first period', () => {
    const p = piece('p', 'AZ', [
      entry('1988-01-01', '1991-10-18', 'AZ', ['s1']),
      entry('1991-10-18', null, 'AZ', ['s2']),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      indexWith({ pieces: [p] }),
      options('2000-01-01'),
    )!;
    expect(d.control?.since).toBe('1988-01-01');
    expect(d.control?.statement.sources).toEqual(['s1', 's2']);
  });

  it('names the holder as it was called on the day, by the independence day in the data', () => {
    const d = detailsOf(shusha, index, options('1990-01-01'))!;
    expect(d.control?.label).toBe('Azerbaijan SSR');
    expect(d.history[0]!.label).toBe('Azerbaijan SSR, then Azerbaijan');
    expect(d.history[1]!.label).toBe('Nagorno-Karabakh Republic / Artsakh (de facto)');
    expect(detailsOf(shusha, index, options('1991-10-17'))!.control?.label).toBe('Azerbaijan SSR');
    expect(detailsOf(shusha, index, options('1991-10-18'))!.control?.label).toBe('Azerbaijan');
  });

  it('names a period that ends on independence day by the Soviet name alone', () => {
    const p = piece('p', 'AZ', [
      entry('1988-01-01', '1991-10-18', 'AZ', ['s1']),
      entry('1991-10-18', null, 'AZ', ['s2']),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      indexWith({ pieces: [p] }),
      options('2000-01-01'),
    )!;
    expect(d.history.map((h) => h.label)).toEqual(['Azerbaijan SSR', 'Azerbaijan']);
    expect(d.history[0]!.period).toBe('1 January 1988 – 17 October 1991');
  });

  it('lays the history out on the covered range, current segment marked', () => {
    const d = detailsOf(shusha, index, options('2019-06-01'))!;
    expect(d.history.map((h) => h.controller)).toEqual(['AZ', 'NKR', 'AZ']);
    expect(d.history[0]!.start).toBe(0);
    expect(d.history[2]!.end).toBe(1);
    expect(d.history[1]!.end).toBe(d.history[2]!.start);
    expect(d.history.map((h) => h.current)).toEqual([false, true, false]);
    expect(d.history[1]!.period).toBe('8 May 1992 – 7 November 2020');
    expect(d.history[1]!.statement.text).toMatch(/^Held by Nagorno-Karabakh/);
  });

  it('gives the recognised status and the area, each with its sources', () => {
    const d = detailsOf(shusha, index, options('2019-06-01'))!;
    expect(d.facts).toContainEqual({
      text: 'Shusha is internationally recognised as part of Azerbaijan.',
      sources: ['src-recog-az'],
    });
    const areaFact = d.facts.find((f) => f.text.startsWith('Area'));
    expect(areaFact?.text).toContain('about 290 km²');
    expect(areaFact?.sources).toEqual(['src-zones']);
  });

  it('leaves the area out when the outline has no source', () => {
    const d = detailsOf(
      shusha,
      indexWith({ geometrySources: { pieces: [] } }),
      options('2019-06-01'),
    )!;
    expect(d.facts.some((f) => f.text.startsWith('Area'))).toBe(false);
  });

  it('lists the events about the zone by date', () => {
    const d = detailsOf(shusha, index, options('2019-06-01'))!;
    expect(d.events.map((e) => e.id)).toEqual(['shusha-1992', 'shusha-2020']);
  });

  it('titles by the naming convention and lists the other names and scripts', () => {
    const d = detailsOf(shusha, index, options('2019-06-01', { convention: 'hy' }))!;
    expect(d.title).toBe('Shushi');
    expect(d.titleLang).toBe('hy-Latn');
    const names = d.names.map((n) => n.name);
    expect(names).toContain('Shusha');
    expect(names).toContain('Շուշի');
    expect(names).toContain('Şuşa');
    expect(names).not.toContain('Shushi');
    expect(d.names.find((n) => n.name === 'Շուշի')?.lang).toBe('hy');
  });

  it('makes no control claim when only an earlier period of the run has sources', () => {
    const p = piece('p', 'AZ', [
      entry('1988-01-01', '2000-01-01', 'NKR', ['s1']),
      entry('2000-01-01', null, 'NKR', []),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      indexWith({ pieces: [p] }),
      options('2010-01-01'),
    )!;
    expect(d.control).toBeNull();
  });

  it('writes the start of the run as precisely as it is known', () => {
    const p = piece('p', 'AZ', [
      { ...entry('1988-01-01', '1993-04-01', 'AZ', ['s1']), period: 'p@1' },
      { ...entry('1993-04-01', null, 'NKR', ['s2']), period: 'p@2' },
    ]);
    const period = (id: string, from: string, to: string | null, precision: 'day' | 'month') => ({
      id,
      zone: 'p',
      name: 'p',
      names: {},
      controller: 'AZ' as const,
      from,
      to,
      datePrecision: { from: precision, to: null },
      sources: ['s'],
      confidence: 'high' as const,
    });
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      indexWith({
        pieces: [p],
        controlPeriods: [
          period('p@1', '1988-01-01', '1993-04-01', 'day'),
          period('p@2', '1993-04-01', null, 'month'),
        ],
      }),
      options('2000-01-01'),
    )!;
    expect(d.control?.sinceLabel).toBe('since April 1993');
    expect(d.history[1]?.period).toBe('since April 1993');
  });

  it('drops unsourced periods instead of showing them', () => {
    const p = piece('p', 'AZ', [
      entry('1988-01-01', '2000-01-01', 'AZ', ['s1']),
      entry('2000-01-01', null, 'NKR', []),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'p' },
      indexWith({ pieces: [p] }),
      options('2010-01-01'),
    )!;
    expect(d.control).toBeNull();
    expect(d.history.map((h) => h.from)).toEqual(['1988-01-01']);
  });

  it('is null for an unknown id', () => {
    expect(detailsOf({ kind: 'zone', id: 'atlantis' }, index, options('2019-06-01'))).toBeNull();
    expect(detailsOf({ kind: 'event', id: 'nope' }, index, options('2019-06-01'))).toBeNull();
  });
});

describe('zone details in the recognised-borders view', () => {
  it('lists the recognition of the entity holding the zone on the day', () => {
    const recognised = options('2019-06-01', { view: 'recognised' });
    const section = detailsOf(shusha, index, recognised)!.recognition!;
    expect(section.entity).toBe('NKR');
    // The fixture's NKR: recognised by no UN member; the section says so, with its sources.
    expect(section.summary?.sources).toContain('src-nkr-none');
  });

  it('has no recognition section in the control view, or where a state holds the zone', () => {
    expect(detailsOf(shusha, index, options('2019-06-01'))!.recognition).toBeNull();
    const after = options('2021-06-01', { view: 'recognised' });
    expect(detailsOf(shusha, index, after)!.recognition).toBeNull();
  });
});

describe('a typed transitional period', () => {
  // The NKR area after the ceasefire of 20 Sep 2023: still NKR-held, disarmament under way.
  const p = piece('nkao-core', 'AZ', [
    entry('1988-01-01', '1992-01-06', 'AZ', ['s-ssr']),
    entry('1992-01-06', '2023-09-20', 'NKR', ['s-1992']),
    {
      ...entry('2023-09-20', '2023-10-01', 'NKR', ['s-ceasefire', 's-decree']),
      phase: 'disarmament',
    },
    entry('2023-10-01', null, 'AZ', ['s-end']),
  ]);
  const idx = indexWith({ pieces: [p] });
  const zone = { kind: 'zone', id: 'nkao-core' } as const;

  it('tells the transition on a day inside it, with its sources, and keeps the holder', () => {
    const d = detailsOf(zone, idx, options('2023-09-25'))!;
    expect(d.control?.controller).toBe('NKR');
    expect(d.control?.transition?.text).toBe(
      'Ceasefire and disarmament under way since 20 September 2023.',
    );
    expect(d.control?.transition?.sources).toEqual(['s-ceasefire', 's-decree']);
  });

  it('says nothing of a transition before it starts or after control changed', () => {
    expect(detailsOf(zone, idx, options('2023-09-19'))!.control?.transition).toBeNull();
    expect(detailsOf(zone, idx, options('2023-10-01'))!.control?.transition).toBeNull();
    expect(detailsOf(zone, idx, options('2023-10-01'))!.control?.controller).toBe('AZ');
  });
});

describe('the history of a transitional period', () => {
  it('names the phase in its history segment', () => {
    const p = piece('core', 'AZ', [
      entry('1988-01-01', '2023-09-20', 'NKR', ['s1']),
      { ...entry('2023-09-20', '2023-10-01', 'NKR', ['s2']), phase: 'disarmament' },
      entry('2023-10-01', null, 'AZ', ['s3']),
    ]);
    const d = detailsOf(
      { kind: 'zone', id: 'core' },
      indexWith({ pieces: [p] }),
      options('2024-01-01'),
    )!;
    expect(d.history[1]!.statement.text).toBe(
      'Held by Nagorno-Karabakh Republic / Artsakh (de facto), 20 September 2023 – 30 September 2023 (ceasefire and disarmament under way).',
    );
  });
});
