import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv';

describe('csv', () => {
  it('leaves plain fields alone and quotes the ones a reader would split', () => {
    expect(csvField('shusha')).toBe('shusha');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the "line"')).toBe('"the ""line"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a header and one CRLF-ended line per row', () => {
    expect(
      csvText(
        ['a', 'b'],
        [
          ['x', null],
          ['y, z', true],
        ],
      ),
    ).toBe('a,b\r\nx,\r\n"y, z",true\r\n');
  });
});
