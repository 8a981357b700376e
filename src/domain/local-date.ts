import { type Dayjs, utcCalendarDay } from './dayjs.js';
import { requireIsoDate, utcDateOf } from './iso-date.js';
import { wallClockAt } from './wall-clock.js';

/** The shop's default time zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = 'YYYY-MM-DD';

/** A `YYYY-MM-DD` date as midnight UTC; throws a RangeError if it is not one. */
function calendarDay(isoDate: string): Dayjs {
  return utcCalendarDay(requireIsoDate(isoDate));
}

/** The calendar date (`YYYY-MM-DD`) that an instant falls on in an IANA time zone. */
export function localDate(now: Date, timeZone: string): string {
  return wallClockAt(now, timeZone).date;
}

/**
 * Whether a time zone name is a region's IANA name this runtime knows (`Asia/Ho_Chi_Minh`) or `UTC`: the
 * one check for the configured default and a shop's setting. Abbreviations and offsets (`EST`, `GMT+7`) are
 * refused even where the runtime takes them: they do not follow a region's daylight-saving rules.
 */
export function isValidTimeZone(tz: string): boolean {
  if (tz !== 'UTC' && !/^[A-Za-z_-]+(\/[A-Za-z0-9_+-]+)+$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The `YYYY-MM-DD` date n days after (n < 0: before) a `YYYY-MM-DD` date. */
export function addDays(isoDate: string, n: number): string {
  // The Date calendar directly: the hot path of every entry, where a dayjs object per call shows.
  const date = utcDateOf(requireIsoDate(isoDate));
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60_000;

/** Whole days from one `YYYY-MM-DD` date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (utcDateOf(requireIsoDate(to)).getTime() - utcDateOf(requireIsoDate(from)).getTime()) / DAY_MS,
  );
}

/** The ISO week (`2026-W47`, weeks run Monday–Sunday) that a `YYYY-MM-DD` date belongs to. */
export function isoWeekOf(isoDate: string): string {
  const day = calendarDay(isoDate);
  // isoWeekYear is the year of the week's Thursday, which may differ from the date's near 1 January.
  // (dayjs's ISO-week plugin reads years 0–99 as 1900–1999: correct from year 101 on.)
  return `${String(day.isoWeekYear()).padStart(4, '0')}-W${String(day.isoWeek()).padStart(2, '0')}`;
}

/** The Monday and Sunday (`YYYY-MM-DD`) of an ISO week such as `2026-W47`; throws a RangeError if it has no such week. */
export function weekBounds(isoWeek: string): { start: string; end: string } {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  const year = Number(match?.[1]);
  const week = Number(match?.[2]);
  if (!match || year < 1 || week < 1) throw new RangeError(`Not an ISO week (YYYY-Www): ${isoWeek}`);
  // 4 January is always in week 1.
  const monday = utcCalendarDay({ year, month: 1, day: 4 })
    .isoWeekday(1)
    .add(week - 1, 'week');
  const start = monday.format(ISO_DATE);
  if (isoWeekOf(start) !== isoWeek) throw new RangeError(`No such ISO week: ${isoWeek}`);
  return { start, end: monday.add(6, 'day').format(ISO_DATE) };
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
