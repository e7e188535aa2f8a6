import { describe, expect, it } from 'vitest';
import { detailsOf } from './index';
import { index, indexWith, input, options } from './test-fixture';

const country = (id: string) => ({ kind: 'country', id }) as const;

describe('country details', () => {
  it('lists the parts of Azerbaijan held by others on the day', () => {
    const d = detailsOf(country('AZ'), index, options('2019-06-01'))!;
    expect(d.heldByOthers).toHaveLength(1);
    expect(d.heldByOthers[0]!.controller).toBe('NKR');
    expect(d.heldByOthers[0]!.pieces.map((p) => p.selection.id)).toEqual(['shusha']);
    expect(d.heldByOthers[0]!.statement.sources).toEqual(['src-1992']);
    expect(d.heldByOthers[0]!.statement.text).toBe(
      "One zone of Azerbaijan held by Nagorno-Karabakh Republic / Artsakh (de facto) on this day, about 290 km² on the atlas's outlines (listed below).",
    );
    expect(detailsOf(country('AZ'), index, options('2024-01-01'))!.heldByOthers).toEqual([]);
  });

  it('gives the area published with the base map, citing the base map', () => {
    const d = detailsOf(country('AZ'), index, options('2019-06-01'))!;
    expect(d.facts).toContainEqual({
      text: "Area: about 86,600 km², measured on the base map's outline (borders as held de facto).",
      sources: ['src-ne'],
    });
    const noArea = detailsOf(country('PK'), index, options('2019-06-01'))!;
    expect(noArea.facts.some((f) => f.text.startsWith('Area'))).toBe(false);
  });

  it('gives the recognition rule and independence on the day', () => {
    const d = detailsOf(country('AM'), index, options('2019-06-01'))!;
    const texts = d.facts.map((f) => f.text);
    expect(texts).toContain('Independent state since 21 September 1991.');
    expect(texts).toContain('Recognised by every UN member state except Pakistan on this day.');
    const before = detailsOf(country('AM'), index, options('1990-01-01'))!;
    expect(before.title).toBe('Armenia (Armenian SSR)');
    expect(before.facts.map((f) => f.text)).toContain(
      'Not yet independent on this day; independent from 21 September 1991.',
    );
  });

  it('takes the independence day from the data, not from a constant', () => {
    const relations = {
      ...input.relations,
      countries: input.relations.countries.map((c) =>
        c.code === 'AM' ? { ...c, independence: '1991-01-01' } : c,
      ),
    };
    const d = detailsOf(country('AM'), indexWith({ relations }), options('1991-06-01'))!;
    expect(d.title).toBe('Armenia');
  });

  it('makes no control claim for a whole country', () => {
    expect(detailsOf(country('AZ'), index, options('2019-06-01'))!.control).toBeNull();
  });

  it('lists the events about the country by date', () => {
    const d = detailsOf(country('AM'), index, options('2019-06-01'))!;
    expect(d.events.map((e) => e.id)).toEqual(['shusha-1992', 'shusha-2020']);
    expect(detailsOf(country('US'), index, options('2019-06-01'))!.events).toEqual([]);
  });
});
