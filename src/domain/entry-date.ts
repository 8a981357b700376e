import { foldText } from './fold-text.js';
import { type DateParts, isValidDateParts, requireIsoDate, toIsoDate } from './iso-date.js';
import { addDays, daysBetween } from './local-date.js';
import { err, ok, type ParseResult } from './parse-result.js';

/** Why a typed date was refused. */
export type EntryDateError = 'invalid-date' | 'future-date';

// Folded (lower case, no accents) words → days before today (negative: after today).
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['ngay mai', -1],
  ['mai', -1],
  ['tomorrow', -1],
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
 * Reads the day an entry is for, relative to `today` (the shop's books day, `YYYY-MM-DD`): `hôm nay`,
 * `hôm qua`, `hôm kia`, `20/11`, `20-11`, `20/11/2026`, `2026-11-20`. A day word after today (`ngày mai`)
 * is a 'future-date', and so is a date after `latest` (the shop's calendar date, today by default: between
 * midnight and the day close the owner may still name the calendar day by its date) or a date without a
 * year whose nearest occurrence is ahead: the day has not come yet.
 */
export function parseEntryDate(
  text: string,
  today: string,
  latest: string = today,
): ParseResult<string, EntryDateError> {
  const date = readDate(text, today);
  if (!date.ok) return date;
  const last = RELATIVE_DAYS.has(normalize(text)) || latest < today ? today : latest;
  return date.value > last ? err('future-date') : date;
}

/**
 * Reads a typed date as parseEntryDate does, without refusing a day after today. A date without a year is
 * its nearest occurrence, past or future, so 1/12 typed on 29/11 is three days ahead and 28/12 typed on 5/1
 * is last December; when both are as near, the past one.
 */
export function readDate(text: string, today: string): ParseResult<string, 'invalid-date'> {
  const todayParts = requireIsoDate(today);
  const t = normalize(text);
  const back = RELATIVE_DAYS.get(t);
  if (back !== undefined) return ok(addDays(today, -back));

  const ymd = YEAR_MONTH_DAY.exec(t);
  if (ymd) return checkFullDate({ year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) });

  const dm = DAY_MONTH.exec(t);
  if (!dm) return err('invalid-date');
  const day = Number(dm[1]);
  const month = Number(dm[2]);
  if (dm[3] !== undefined) {
    const year = dm[3].length === 2 ? 2000 + Number(dm[3]) : Number(dm[3]);
    return checkFullDate({ year, month, day });
  }
  // 29/02 may be up to eight years away (2100 is not leap); any other day is within a year either way.
  let nearest: string | null = null;
  for (let offset = 0; offset <= 8; offset += 1) {
    for (const year of [todayParts.year - offset, todayParts.year + offset]) {
      const parts = { year, month, day };
      if (!isValidDateParts(parts)) continue;
      const candidate = toIsoDate(parts);
      if (nearest === null || isNearer(candidate, nearest, today)) nearest = candidate;
    }
  }
  return nearest === null ? err('invalid-date') : ok(nearest);
}

/** Whether `a` is nearer to today than `b`, the earlier one winning a tie. */
function isNearer(a: string, b: string, today: string): boolean {
  const distanceA = Math.abs(daysBetween(today, a));
  const distanceB = Math.abs(daysBetween(today, b));
  return distanceA < distanceB || (distanceA === distanceB && a < b);
}

function checkFullDate(parts: DateParts): ParseResult<string, 'invalid-date'> {
  return isValidDateParts(parts) ? ok(toIsoDate(parts)) : err('invalid-date');
}
