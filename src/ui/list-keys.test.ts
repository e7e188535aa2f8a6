import { describe, expect, it } from 'vitest';
import { listKeyTarget } from './list-keys';

const listbox = { orientation: 'vertical', wrap: true } as const;
const toolbar = { orientation: 'horizontal', wrap: false } as const;

describe('arrow keys in a list', () => {
  it('moves through a wrapping vertical list and round its ends', () => {
    expect(listKeyTarget('ArrowDown', -1, 3, listbox)).toBe(0);
    expect(listKeyTarget('ArrowDown', 1, 3, listbox)).toBe(2);
    expect(listKeyTarget('ArrowDown', 2, 3, listbox)).toBe(0);
    expect(listKeyTarget('ArrowUp', 0, 3, listbox)).toBe(2);
    expect(listKeyTarget('ArrowUp', -1, 3, listbox)).toBe(2);
  });

  it('stops at the ends of a horizontal toolbar', () => {
    expect(listKeyTarget('ArrowRight', 2, 3, toolbar)).toBe(2);
    expect(listKeyTarget('ArrowLeft', 0, 3, toolbar)).toBe(0);
    expect(listKeyTarget('ArrowLeft', 2, 3, toolbar)).toBe(1);
    expect(listKeyTarget('Home', 2, 3, toolbar)).toBe(0);
    expect(listKeyTarget('End', 0, 3, toolbar)).toBe(2);
  });

  it('ignores keys across the orientation, other keys and empty lists', () => {
    expect(listKeyTarget('ArrowDown', 0, 3, toolbar)).toBeNull();
    expect(listKeyTarget('ArrowLeft', 0, 3, listbox)).toBeNull();
    expect(listKeyTarget('Enter', 0, 3, listbox)).toBeNull();
    expect(listKeyTarget('ArrowDown', -1, 0, listbox)).toBeNull();
  });
});
