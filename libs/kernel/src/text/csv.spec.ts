import { csvDocument, csvField, csvLine } from './csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['=a,b', `"'=a,b"`],
    [1.234567, '1.2346'],
    [0, '0'],
    [Number.NaN, ''],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ] as const)('%j becomes %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvDocument', () => {
  it('writes the header and each row with CRLF line ends', () => {
    expect(csvDocument(['a', 'b_usd'], [['x', 1], [null, 'y,z']])).toBe('a,b_usd\r\nx,1\r\n,"y,z"\r\n');
    expect(csvLine(['only'])).toBe('only\r\n');
  });
});
