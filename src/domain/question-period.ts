import { monthBounds, requireIsoDate } from './iso-date.js';
import { addDays, daysBetween, isoWeekOf, weekBounds } from './local-date.js';

/** The period a question names: one day, or a Monday–Sunday week or calendar month. */
export type QuestionPeriod =
  | 'today'
  | 'yesterday'
  | 'dayBeforeYesterday'
  | 'thisWeek'
  | 'lastWeek'
  | 'thisMonth'
  | 'lastMonth';

/**
 * The days a question's period covers: `start`–`end` are the days counted (up to the books day for the
 * running week or month); `periodEnd` is the period's own last day; `days` the calendar days counted.
 */
export interface PeriodSpan {
  start: string;
  end: string;
  periodEnd: string;
  days: number;
  /** One day (today, yesterday, the day before). */
  single: boolean;
  /** The running week or month, counted up to the books day only. */
  partial: boolean;
}

function span(start: string, end: string, periodEnd: string, single = false): PeriodSpan {
  return { start, end, periodEnd, days: daysBetween(start, end) + 1, single, partial: end !== periodEnd };
}

function oneDay(date: string): PeriodSpan {
  return span(date, date, date, true);
}

/** The first and last day of the month holding `date`, `offset` months later (−1: the month before). */
function monthOf(date: string, offset: number): { start: string; end: string } {
  const { year, month } = requireIsoDate(date);
  const index = year * 12 + (month - 1) + offset;
  return monthBounds(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The days of `period` as seen on `booksDay` (the shop's books day, `YYYY-MM-DD`): this week and this month
 * run from their first day to the books day; last week and last month are whole.
 */
export function periodSpan(period: QuestionPeriod, booksDay: string): PeriodSpan {
  switch (period) {
    case 'today':
      return oneDay(booksDay);
    case 'yesterday':
      return oneDay(addDays(booksDay, -1));
    case 'dayBeforeYesterday':
      return oneDay(addDays(booksDay, -2));
    case 'thisWeek': {
      const { start, end } = weekBounds(isoWeekOf(booksDay));
      return span(start, booksDay, end);
    }
    case 'lastWeek': {
      const { start, end } = weekBounds(isoWeekOf(addDays(booksDay, -7)));
      return span(start, end, end);
    }
    case 'thisMonth': {
      const { start, end } = monthOf(booksDay, 0);
      return span(start, booksDay, end);
    }
    case 'lastMonth': {
      const { start, end } = monthOf(booksDay, -1);
      return span(start, end, end);
    }
  }
}
