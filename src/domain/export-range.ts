import { looksLikeEntryDate, readDate } from './entry-date.js';
import { foldText } from './fold-text.js';
import { err, ok, type ParseResult } from './parse-result.js';

/** An inclusive range of `YYYY-MM-DD` dates; an open end means "from the first record" / "to the last". */
export interface ExportRange {
  from?: string;
  to?: string;
  /** The end was typed before the start; the two were swapped. */
  swapped?: true;
  /** The end was after today; the range stops today. */
  endCutToToday?: true;
}

export type ExportRangeError = 'invalid-date' | 'future-date';

// Words that may stand between the two dates (folded: `đến` → `den`).
const SEPARATOR_WORDS = new Set(['-', 'den', 'to', 'toi']);

/**
 * Reads the date range typed after /export, relative to `today` (the shop's local date): nothing (every
 * record), one date (that day to today), or two (`01/11 30/11`, `01/11 - 30/11`, `01/11-30/11`,
 * `1/11/2026 đến 30/11/2026`, `15/11 hôm nay`). Each date is read as entries read it (a date without a year
 * is its nearest occurrence). An end before the start is swapped with it, an end after today is cut to
 * today, and the range says so; a start after today is a 'future-date'.
 */
export function parseExportRange(text: string, today: string): ParseResult<ExportRange, ExportRangeError> {
  const trimmed = text.trim();
  if (trimmed === '') return ok({});

  const single = readDate(trimmed, today);
  if (single.ok) return single.value > today ? err('future-date') : ok({ from: single.value, to: today });

  const tokens = trimmed
    .replace(/[–—]/g, ' ')
    .replace(/(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)-(?=\d{1,2}\/)/g, '$1 ')
    .split(/\s+/)
    .filter((token) => !SEPARATOR_WORDS.has(foldText(token)));
  // Either side may be several words (`hôm qua`): take the first cut where both sides look like dates.
  for (let cut = 1; cut < tokens.length; cut += 1) {
    const fromText = tokens.slice(0, cut).join(' ');
    const toText = tokens.slice(cut).join(' ');
    if (looksLikeEntryDate(fromText) && looksLikeEntryDate(toText)) return readRange(fromText, toText, today);
  }
  return err('invalid-date');
}

function readRange(
  fromText: string,
  toText: string,
  today: string,
): ParseResult<ExportRange, ExportRangeError> {
  const first = readDate(fromText, today);
  const second = readDate(toText, today);
  if (!first.ok) return first;
  if (!second.ok) return second;
  const swapped = second.value < first.value;
  const [from, to] = swapped ? [second.value, first.value] : [first.value, second.value];
  if (from > today) return err('future-date');
  const range: ExportRange = { from, to: to > today ? today : to };
  if (swapped) range.swapped = true;
  if (to > today) range.endCutToToday = true;
  return ok(range);
}
