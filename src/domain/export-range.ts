import { looksLikeEntryDate, parseEntryDate } from './entry-date.js';
import { foldText } from './fold-text.js';
import { addDays } from './local-date.js';
import { err, ok, type ParseResult } from './parse-result.js';

/** An inclusive range of `YYYY-MM-DD` dates; an open end means "from the first record" / "to the last". */
export interface ExportRange {
  from?: string;
  to?: string;
}

export type ExportRangeError = 'invalid-date' | 'future-date' | 'reversed';

// Words that may stand between the two dates (folded: `đến` → `den`).
const SEPARATOR_WORDS = new Set(['-', 'den', 'to', 'toi']);

/**
 * Reads the date range typed after /export, relative to `today` (the shop's local date): nothing (every
 * record), one date (that day to today), or two (`01/11 30/11`, `01/11 - 30/11`, `01/11-30/11`,
 * `1/11/2026 đến 30/11/2026`, `15/11 hôm nay`). Dates are read as parseEntryDate reads them; an end date
 * without a year is its first occurrence on or after the start (`01/11 30/11` is one month even when today
 * is 24/11), so it may lie ahead of today.
 */
export function parseExportRange(text: string, today: string): ParseResult<ExportRange, ExportRangeError> {
  const trimmed = text.trim();
  if (trimmed === '') return ok({});

  const single = parseEntryDate(trimmed, today);
  if (single.ok) return ok({ from: single.value, to: today });

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
  return err(single.error);
}

function readRange(
  fromText: string,
  toText: string,
  today: string,
): ParseResult<ExportRange, ExportRangeError> {
  const from = parseEntryDate(fromText, today);
  if (!from.ok) return err(from.error);
  const to = parseEntryDate(toText, today);
  if (to.ok && to.value >= from.value) return ok({ from: from.value, to: to.value });
  // Read the end again as seen from a year after the start: its most recent occurrence by then.
  const later = parseEntryDate(toText, addDays(from.value, 365));
  if (!later.ok) return err(later.error === 'future-date' ? 'reversed' : later.error);
  if (later.value < from.value) return err('reversed');
  return ok({ from: from.value, to: later.value });
}
