import { addDays } from './local-date.js';

/** How many days before the reminder's day a reminder looks back for days without a record. */
export const MISSED_DAYS_WINDOW = 7;

/**
 * The days before `day` (at most MISSED_DAYS_WINDOW back, none before `since`, the shop's first day) that
 * have no record, newest first. All dates are 'YYYY-MM-DD'.
 */
export function missedDays(day: string, since: string, recorded: readonly string[]): string[] {
  const have = new Set(recorded);
  const missed: string[] = [];
  for (let back = 1; back <= MISSED_DAYS_WINDOW; back++) {
    const date = addDays(day, -back);
    if (date < since) break;
    if (!have.has(date)) missed.push(date);
  }
  return missed;
}
