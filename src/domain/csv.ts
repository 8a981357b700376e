import type { Locale } from './locale.js';

/** A number written with a fixed count of decimals, in the file's decimal mark (`4,25` or `4.25`). */
export interface CsvDecimal {
  readonly decimal: number;
  readonly places: number;
}

/**
 * One CSV cell: text (made inert when it starts like a formula, see inertText), a number written as is (in
 * the file's decimal mark), a fixed decimal, or null (empty).
 */
export type CsvCell = string | number | CsvDecimal | null;

/** How a spreadsheet set to the owner's language reads a CSV: the cell separator and the decimal mark. */
export interface CsvConventions {
  separator: ',' | ';';
  decimalMark: '.' | ',';
}

/**
 * The conventions of Excel in each language: Vietnamese Windows writes decimals with a comma, so its
 * list separator is `;` (a comma-separated `4.25` would be read as a date or as 425); English uses `,` and `.`.
 */
export const CSV_CONVENTIONS: Readonly<Record<Locale, CsvConventions>> = {
  vi: { separator: ';', decimalMark: ',' },
  en: { separator: ',', decimalMark: '.' },
};

// Excel reads a UTF-8 file as the system code page unless it starts with a byte order mark.
const BOM = '\uFEFF';

/** A cell holding `value` with `places` decimals; null stays null (an empty cell). */
export function csvDecimal(value: number | null, places = 2): CsvDecimal | null {
  return value === null ? null : { decimal: value, places };
}

/**
 * Writes rows as CSV in the owner's language's conventions (RFC 4180 otherwise: CRLF line ends, cells quoted
 * when they hold the separator, a quote or a line break), prefixed with a UTF-8 byte order mark so Excel
 * shows Vietnamese letters correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], conventions: CsvConventions): string {
  const line = (row: readonly CsvCell[]) =>
    row.map((cell) => csvCell(cell, conventions)).join(conventions.separator);
  return `${BOM}${rows.map(line).join('\r\n')}\r\n`;
}

// A spreadsheet reads a cell starting with one of these as a formula (or as the start of one).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet shows it but never runs it: text starting like a formula (`=`, `+`, `-`, `@`,
 * a tab or a carriage return) gets a leading `'`, as OWASP advises against CSV injection. Only text cells:
 * the numbers the export writes (a negative profit, `-150000`) stay numbers.
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(cell: CsvCell, { separator, decimalMark }: CsvConventions): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', decimalMark);
  if (typeof cell === 'object') return cell.decimal.toFixed(cell.places).replace('.', decimalMark);
  const text = inertText(cell);
  const quote = text.includes(separator) || /["\r\n]/.test(text);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}
