import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { isoWeekday, requireIsoDate, toIsoDate } from './iso-date.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The shop's default time zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The calendar date (`YYYY-MM-DD`) that an instant falls on in an IANA time zone. */
export function localDate(now: Date, timeZone: string): string {
  return dayjs(now).tz(timeZone).format('YYYY-MM-DD');
}

/** Whether an IANA time zone name (e.g. `Asia/Ho_Chi_Minh`) is known to this runtime. */
export function isValidTimeZone(tz: string): boolean {
  if (tz.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The `YYYY-MM-DD` date n days after (n < 0: before) a `YYYY-MM-DD` date. */
export function addDays(isoDate: string, n: number): string {
  requireIsoDate(isoDate);
  return dayjs.utc(isoDate).add(n, 'day').format('YYYY-MM-DD');
}

/** Whole days from one `YYYY-MM-DD` date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  requireIsoDate(from);
  requireIsoDate(to);
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

/** The ISO week (`2026-W47`, weeks run Monday–Sunday) that a `YYYY-MM-DD` date belongs to. */
export function isoWeekOf(isoDate: string): string {
  const parts = requireIsoDate(isoDate);
  // An ISO week belongs to the year of its Thursday; week 1 is the week holding 4 January.
  const thursday = requireIsoDate(addDays(isoDate, 4 - isoWeekday(parts)));
  const firstThursday = `${String(thursday.year).padStart(4, '0')}-01-01`;
  const week = Math.floor(daysBetween(firstThursday, toIsoDate(thursday)) / 7) + 1;
  return `${String(thursday.year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The Monday and Sunday (`YYYY-MM-DD`) of an ISO week such as `2026-W47`; throws a RangeError if it has no such week. */
export function weekBounds(isoWeek: string): { start: string; end: string } {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  const year = Number(match?.[1]);
  const week = Number(match?.[2]);
  if (!match || year < 1 || week < 1) throw new RangeError(`Not an ISO week (YYYY-Www): ${isoWeek}`);
  const january4 = `${match[1]}-01-04`;
  const week1Monday = addDays(january4, 1 - isoWeekday(requireIsoDate(january4)));
  const start = addDays(week1Monday, (week - 1) * 7);
  if (isoWeekOf(start) !== isoWeek) throw new RangeError(`No such ISO week: ${isoWeek}`);
  return { start, end: addDays(start, 6) };
}

/** The seven dates (`YYYY-MM-DD`, Monday first) of an ISO week. */
export function weekDates(isoWeek: string): string[] {
  const { start } = weekBounds(isoWeek);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The ISO week n weeks after (n < 0: before) an ISO week, e.g. the previous week for week-over-week deltas. */
export function addWeeks(isoWeek: string, n: number): string {
  return isoWeekOf(addDays(weekBounds(isoWeek).start, n * 7));
}
