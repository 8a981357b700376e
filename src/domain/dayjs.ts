// The one place dayjs is set up: every module that needs dayjs imports it from here, so the plugins
// (time zones, UTC, ISO weeks) are always extended, once.
import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(isoWeek);

export { type Dayjs, dayjs };

/** A calendar day (month 1–12) as midnight UTC. Built with setUTCFullYear, so years 1–99 stay themselves. */
export function utcCalendarDay({ year, month, day }: { year: number; month: number; day: number }): Dayjs {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return dayjs.utc(date);
}
