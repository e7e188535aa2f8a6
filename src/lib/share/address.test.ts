import { describe, expect, it } from 'vitest';
import { publicAddress } from './address';

describe('publicAddress', () => {
  it('puts the hash after the configured address', () => {
    expect(publicAddress('#date=2020-11-10', 'https://atlas.test/ca/')).toBe(
      'https://atlas.test/ca/#date=2020-11-10',
    );
    expect(publicAddress('date=2020-11-10', 'https://atlas.test/ca/')).toBe(
      'https://atlas.test/ca/#date=2020-11-10',
    );
  });

  it('drops a hash the base itself carries, and gives the bare address for an empty hash', () => {
    expect(publicAddress('#a=1', 'https://atlas.test/#old')).toBe('https://atlas.test/#a=1');
    expect(publicAddress('', 'https://atlas.test/')).toBe('https://atlas.test/');
  });
});
