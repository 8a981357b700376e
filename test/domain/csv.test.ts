import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv.js';

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['Ngày', 'Doanh thu (₫)'],
        ['2026-11-24', 8_500_000],
      ]),
    ).toBe('\uFEFFNgày,Doanh thu (₫)\r\n2026-11-24,8500000\r\n');
  });

  it('quotes cells holding a comma, a quote or a line break, and leaves null cells empty', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', null, -700_000]])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines",,-700000\r\n',
    );
  });
});
