import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it('keeps web addresses', () => {
    expect(safeHref('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('  HTTPS://Example.org/x ')).toBe('https://example.org/x');
  });

  it('refuses active and local schemes, however they are spelt', () => {
    for (const address of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'mailto:someone@example.org',
    ]) {
      expect(safeHref(address), address).toBeNull();
    }
  });

  it('refuses what is not an absolute address', () => {
    for (const address of ['', 'example.org', '/relative/path', '//example.org/x', 'not a url']) {
      expect(safeHref(address), address).toBeNull();
    }
  });
});
