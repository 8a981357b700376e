/** One CSV cell: text, a number written as is, or null for an empty cell. */
export type CsvCell = string | number | null;

// Excel reads a UTF-8 file as the system code page unless it starts with a byte order mark.
const BOM = '\uFEFF';

/**
 * Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, cells quoted when they hold a comma, quote
 * or line break), prefixed with a UTF-8 byte order mark so Excel shows Vietnamese letters correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
