// The one place dayjs is set up: every module that needs dayjs imports it from here, so the plugins
// (time zones, UTC, ISO weeks) are always extended, once.
import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { type DateParts, utcDateOf } from './iso-date.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(isoWeek);

export { type Dayjs, dayjs };

/** A calendar day (month 1–12) as midnight UTC; years 1–99 stay themselves (see utcDateOf). */
export function utcCalendarDay(parts: DateParts): Dayjs {
  return dayjs.utc(utcDateOf(parts));
}
