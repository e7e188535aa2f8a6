import { describe, expect, it } from 'vitest';
import { viewLink } from './link';

const PAGE = 'http://127.0.0.1:4173/sub/index.html#date=2020-11-10&select=zone:shusha';

describe('viewLink', () => {
  it('is the page’s own address when no public address was set at build time', () => {
    expect(viewLink(undefined, PAGE)).toBe(PAGE);
    expect(viewLink('  ', PAGE)).toBe(PAGE);
  });

  it('puts the view’s hash on the public address', () => {
    expect(viewLink('https://atlas.example.org/caucasus/', PAGE)).toBe(
      'https://atlas.example.org/caucasus/#date=2020-11-10&select=zone:shusha',
    );
  });

  it('replaces a hash the setting carries, and keeps a page without one hash-free', () => {
    expect(viewLink('https://atlas.example.org/#old', 'http://localhost/#date=1995-06-01')).toBe(
      'https://atlas.example.org/#date=1995-06-01',
    );
    expect(viewLink('https://atlas.example.org/', 'http://localhost/')).toBe(
      'https://atlas.example.org/',
    );
  });

  it('ignores a setting that is not a web address', () => {
    expect(viewLink('not a url', PAGE)).toBe(PAGE);
    expect(viewLink('javascript:alert(1)', PAGE)).toBe(PAGE);
  });
});
