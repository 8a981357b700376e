import { daysInMonth, requireIsoDate } from './iso-date.js';
import { addDays } from './local-date.js';

/** The days a monthly amount is shown per day in the settings: a month of 30 days. */
export const SHOWN_MONTH_DAYS = 30;

/**
 * The share of a monthly fixed cost (whole đồng) that the day `isoDate` counts: the month's amount split
 * over its calendar days, each day floor(amount / days), and the first (amount mod days) days of the
 * month one đồng more, so the days of any month sum to the amount exactly (14.000.000 over 30 days: days
 * 1–20 count 466.667, days 21–30 466.666).
 */
export function fixedCostOfDay(monthlyAmount: number, isoDate: string): number {
  const { year, month, day } = requireIsoDate(isoDate);
  const days = daysInMonth(year, month);
  const base = Math.floor(monthlyAmount / days);
  return day <= monthlyAmount - base * days ? base + 1 : base;
}

/**
 * The shares of the `days` days from `start`, averaged and rounded to the đồng: what a day of that period not
 * recorded counts (a week across two months weighs each month's days).
 */
export function averageFixedCostOfDays(monthlyAmount: number, start: string, days: number): number {
  let sum = 0;
  for (let i = 0; i < days; i += 1) sum += fixedCostOfDay(monthlyAmount, addDays(start, i));
  return Math.round(sum / Math.max(days, 1));
}

/**
 * A monthly amount per day as the settings show it: a day of a 30-day month, rounded to the thousand
 * đồng; `exact` when that is the very share of every such day.
 */
export function shownDailyShare(monthlyAmount: number): { perDay: number; exact: boolean } {
  const perDay = Math.round(monthlyAmount / SHOWN_MONTH_DAYS / 1000) * 1000;
  return { perDay, exact: perDay * SHOWN_MONTH_DAYS === monthlyAmount };
}
