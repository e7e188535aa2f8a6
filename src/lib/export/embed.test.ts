import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, embedSnippet, withEmbed } from './embed';

describe('withEmbed', () => {
  it('adds embed=1 once, after the other parameters', () => {
    expect(withEmbed('#map=8/39.8/46.7&date=2020-11-10', true)).toBe(
      '#map=8/39.8/46.7&date=2020-11-10&embed=1',
    );
    expect(withEmbed('#date=2020-11-10&embed=1', true)).toBe('#date=2020-11-10&embed=1');
    expect(withEmbed('', true)).toBe('#embed=1');
  });

  it('removes it for the link back to the full atlas', () => {
    expect(withEmbed('#embed=1&date=2020-11-10', false)).toBe('#date=2020-11-10');
    expect(withEmbed('#embed=1', false)).toBe('');
  });
});

describe('embedSnippet', () => {
  it('writes an iframe of the chosen size, with the address escaped for an attribute', () => {
    const [small, , full] = EMBED_SIZES;
    const snippet = embedSnippet('https://atlas.test/#date=2020-11-10&embed=1', small!);
    expect(snippet).toBe(
      '<iframe src="https://atlas.test/#date=2020-11-10&amp;embed=1" width="640" height="480" ' +
        'style="border:0" title="Caucasus Atlas" loading="lazy"></iframe>',
    );
    expect(embedSnippet('https://atlas.test/', full!)).toContain('width="100%" height="500"');
  });
});
