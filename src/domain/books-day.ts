import { addDays } from './local-date.js';
import { wallClockAt } from './wall-clock.js';

/** When a shop's day closes by default: entries before 04:00 are for the evening before. */
export const DEFAULT_DAY_CLOSES_AT = '04:00';

/** The day a dateless entry is for, and whether that is yesterday because the day had not closed yet. */
export interface BooksDay {
  date: string;
  beforeClose: boolean;
}

/**
 * The day the books are open for at `now` in the shop's time zone: the calendar day, or the day before
 * between midnight and `dayClosesAt` (`HH:MM`, 24-hour), as owners close a day's books after midnight.
 * `00:00` means the day closes at midnight.
 */
export function booksDay(now: Date, timeZone: string, dayClosesAt: string): BooksDay {
  const { date: today, time: clock } = wallClockAt(now, timeZone);
  return clock < dayClosesAt
    ? { date: addDays(today, -1), beforeClose: true }
    : { date: today, beforeClose: false };
}
