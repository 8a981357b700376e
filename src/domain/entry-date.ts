import { foldText } from './fold-text.js';
import { type DateParts, isValidDateParts, requireIsoDate, toIsoDate } from './iso-date.js';
import { addDays } from './local-date.js';
import { err, ok, type ParseResult } from './parse-result.js';

/** Why a typed date was refused. */
export type EntryDateError = 'invalid-date' | 'future-date';

// Folded (lower case, no accents) words → days before today.
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['hom nay', 0],
  ['nay', 0],
  ['today', 0],
  ['hom qua', 1],
  ['qua', 1],
  ['yesterday', 1],
  ['hom kia', 2],
  ['day before yesterday', 2],
]);

const DAY_MONTH = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Lower case, no accents, single spaces, and an optional leading `ngày` (`ngày 20/11`) dropped. */
function normalize(text: string): string {
  return foldText(text)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^ngay /, '');
}

/** Whether a text has the shape of an entry date (a day word or a numeric date), valid or not. */
export function looksLikeEntryDate(text: string): boolean {
  const t = normalize(text);
  return RELATIVE_DAYS.has(t) || DAY_MONTH.test(t) || YEAR_MONTH_DAY.test(t);
}

/**
 * Reads the day an entry is for, relative to `today` (the shop's local `YYYY-MM-DD`): `hôm nay`, `hôm qua`,
 * `hôm kia`, `20/11`, `20-11`, `20/11/2026`, `2026-11-20`. A date without a year is its most recent
 * occurrence not after today; a date after today is a 'future-date'.
 */
export function parseEntryDate(text: string, today: string): ParseResult<string, EntryDateError> {
  const todayParts = requireIsoDate(today);
  const t = normalize(text);
  const back = RELATIVE_DAYS.get(t);
  if (back !== undefined) return ok(addDays(today, -back));

  const ymd = YEAR_MONTH_DAY.exec(t);
  if (ymd) return checkFullDate({ year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) }, today);

  const dm = DAY_MONTH.exec(t);
  if (!dm) return err('invalid-date');
  const day = Number(dm[1]);
  const month = Number(dm[2]);
  if (dm[3] !== undefined) {
    const year = dm[3].length === 2 ? 2000 + Number(dm[3]) : Number(dm[3]);
    return checkFullDate({ year, month, day }, today);
  }
  // 29/02 may have to reach back to the last leap year; eight years always reach one (2100 is not leap).
  for (let year = todayParts.year; year >= todayParts.year - 8; year -= 1) {
    const parts = { year, month, day };
    if (isValidDateParts(parts) && toIsoDate(parts) <= today) return ok(toIsoDate(parts));
  }
  return err('invalid-date');
}

function checkFullDate(parts: DateParts, today: string): ParseResult<string, EntryDateError> {
  if (!isValidDateParts(parts)) return err('invalid-date');
  const iso = toIsoDate(parts);
  return iso > today ? err('future-date') : ok(iso);
}
