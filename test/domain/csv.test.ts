import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_CONVENTIONS, csvDecimal, inertText, toCsv } from '../../src/domain/csv.js';
import { cellNumber, parseCsv } from '../support/csv-cells.js';

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv(
        [
          ['Ngày', 'Doanh thu (₫)'],
          ['2026-11-24', 8_500_000],
        ],
        CSV_CONVENTIONS.en,
      ),
    ).toBe('\uFEFFNgày,Doanh thu (₫)\r\n2026-11-24,8500000\r\n');
  });

  it('quotes cells holding a comma, a quote or a line break, and leaves null cells empty', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', null, -700_000]], CSV_CONVENTIONS.en)).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines",,-700000\r\n',
    );
  });

  it('writes Vietnamese CSV with `;` between cells and a decimal comma, quoting cells that hold a `;`', () => {
    const csv = toCsv(
      [
        ['ROAS', 'a;b', 'a,b'],
        [csvDecimal(4.25), csvDecimal(1.6), 0.4],
      ],
      CSV_CONVENTIONS.vi,
    );
    expect(csv).toBe('\uFEFFROAS;"a;b";a,b\r\n4,25;1,60;0,4\r\n');
    // Read back by the same conventions, 4,25 is one cell and the number 4.25.
    const rows = parseCsv(csv.slice(1), CSV_CONVENTIONS.vi);
    expect(rows).toEqual([
      ['ROAS', 'a;b', 'a,b'],
      ['4,25', '1,60', '0,4'],
    ]);
    expect(rows[1]!.map((cell) => cellNumber(cell, CSV_CONVENTIONS.vi))).toEqual([4.25, 1.6, 0.4]);
  });

  it('writes English CSV with `,` between cells and a decimal point', () => {
    const csv = toCsv([[csvDecimal(4.25), csvDecimal(null), 0.4, 'a;b']], CSV_CONVENTIONS.en);
    expect(csv).toBe('\uFEFF4.25,,0.4,a;b\r\n');
    const [row] = parseCsv(csv.slice(1), CSV_CONVENTIONS.en);
    expect(row).toEqual(['4.25', '', '0.4', 'a;b']);
    expect(cellNumber(row![0]!, CSV_CONVENTIONS.en)).toBe(4.25);
  });
});

describe('a text cell starting like a formula', () => {
  it('gets a leading quote for each of = + - @ tab and carriage return, quoted when it must be', () => {
    const cells = ['=HYPERLINK("http://evil.example";"x")', '+cmd|calc', '-2+3', '@SUM(1+1)', '\tx', '\rx'];
    expect(toCsv([cells], CSV_CONVENTIONS.en)).toBe(
      '\uFEFF"\'=HYPERLINK(""http://evil.example"";""x"")",\'+cmd|calc,\'-2+3,\'@SUM(1+1),\'\tx,"\'\rx"\r\n',
    );
    const [row] = parseCsv(toCsv([cells], CSV_CONVENTIONS.vi).slice(1), CSV_CONVENTIONS.vi);
    expect(row).toEqual(cells.map((cell) => `'${cell}`));
  });

  it('is kept as typed when the formula character is not first, and numbers stay numbers', () => {
    expect(toCsv([['a=1', ' =1', 'Váy -50%', -150_000, csvDecimal(-1.5)]], CSV_CONVENTIONS.vi)).toBe(
      '\uFEFFa=1; =1;Váy -50%;-150000;-1,50\r\n',
    );
  });

  it('never starts with a formula character once made inert, and is otherwise unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const inert = inertText(text);
        expect(inert).not.toMatch(/^[=+\-@\t\r]/);
        expect(inert === text || inert === `'${text}`).toBe(true);
      }),
    );
  });
});
