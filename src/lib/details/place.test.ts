import { describe, expect, it } from 'vitest';
import { detailsOf } from './index';
import { index, input, indexWith, options } from './test-fixture';

describe('place details', () => {
  it('says who held the place through the zone the data build put it in', () => {
    const d = detailsOf({ kind: 'place', id: 'shusha' }, index, options('2019-06-01'))!;
    expect(d.kindLabel).toBe('Town');
    expect(d.control?.controller).toBe('NKR');
    expect(d.history).toHaveLength(3);
    expect(d.within).toEqual({ selection: { kind: 'zone', id: 'shusha' }, label: 'Shusha' });
    expect(d.dayLabel).toBe('1 June 2019');
    // 11,474 days from 1988-01-01 to 2019-06-01 out of 13,788 days in the covered range.
    expect(d.dayPosition).toBeCloseTo(11474 / 13788, 6);
    expect(d.rangeLabels).toEqual({ first: '1988', last: '2025' });
    expect(d.events.map((e) => e.id)).toEqual(['shusha-1992', 'shusha-2020']);
  });

  it('has no zone without a published one, whatever its coordinates', () => {
    const places = input.places.map((p) => (p.id === 'shusha' ? { ...p, zone: undefined } : p));
    const d = detailsOf(
      { kind: 'place', id: 'shusha' },
      indexWith({ places }),
      options('2019-06-01'),
    )!;
    expect(d.within).toBeNull();
    expect(d.control).toBeNull();
    expect(d.history).toEqual([]);
  });

  it('names the capital and has no control statement outside the zones', () => {
    const d = detailsOf({ kind: 'place', id: 'islamabad' }, index, options('2019-06-01'))!;
    expect(d.kindLabel).toBe('Capital');
    expect(d.control).toBeNull();
    const texts = d.facts.map((f) => f.text);
    expect(texts).toContain('Islamabad is the capital of Pakistan.');
    expect(texts).toContain('Islamabad lies at 33.690° N, 73.050° E.');
    expect(texts).toContain('Islamabad lies in Pakistan.');
  });

  it('says where a place in a zoned state is recognised, citing the data', () => {
    const d = detailsOf({ kind: 'place', id: 'shusha' }, index, options('2019-06-01'))!;
    expect(d.facts).toContainEqual({
      text: 'Shusha is internationally recognised as part of Azerbaijan.',
      sources: ['src-recog-az'],
    });
  });
});
