import type { CsvConventions } from '../../src/domain/csv.js';

/**
 * Reads CSV text back as a spreadsheet would with the given conventions: cells split on the separator
 * outside quotes, quoted cells unquoted (`""` → `"`), rows on CRLF. The text is without its byte order mark.
 */
export function parseCsv(text: string, { separator }: CsvConventions): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const pair = text.slice(i, i + 2);
    i += 1;
    if (quoted && pair === '""') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (pair === '\r\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A cell as a number in the file's decimal mark (`4,25` → 4.25 with a comma mark); NaN when it is not one. */
export function cellNumber(cell: string, { decimalMark }: CsvConventions): number {
  const pattern = decimalMark === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  return pattern.test(cell) ? Number(cell.replace(',', '.')) : Number.NaN;
}
