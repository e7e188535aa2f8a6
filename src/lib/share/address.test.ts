import { describe, expect, it } from 'vitest';
import { publicAddress } from './address';

const page = 'http://127.0.0.1:5173/atlas/#date=1995-01-01';

describe('publicAddress', () => {
  it('puts the hash after the configured address', () => {
    expect(publicAddress('#date=2020-11-10', 'https://atlas.test/ca/', page)).toBe(
      'https://atlas.test/ca/#date=2020-11-10',
    );
    expect(publicAddress('date=2020-11-10', 'https://atlas.test/ca/', page)).toBe(
      'https://atlas.test/ca/#date=2020-11-10',
    );
  });

  it('drops a hash the base itself carries, and gives the bare address for an empty hash', () => {
    expect(publicAddress('#a=1', 'https://atlas.test/#old', page)).toBe('https://atlas.test/#a=1');
    expect(publicAddress('', 'https://atlas.test/', page)).toBe('https://atlas.test/');
  });

  it('uses the page’s own address when no address is set, or a non-web one', () => {
    expect(publicAddress('#embed=1', undefined, page)).toBe('http://127.0.0.1:5173/atlas/#embed=1');
    expect(publicAddress('#embed=1', 'javascript:alert(1)', page)).toBe(
      'http://127.0.0.1:5173/atlas/#embed=1',
    );
  });
});
