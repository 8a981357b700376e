import type { ScheduledShop } from '../db/queries/shops.js';
import { booksDay } from '../domain/books-day.js';
import { lastFinishedWeek } from '../services/weekly-report.js';
import { type JobKind, REMINDER_JOB } from './due-jobs.js';
import type { PlannedJob } from './tick-plan.js';

/**
 * A shop's job as if its slot were `now` (the local chat's `/dev remind` and `/dev push`): the reminder is
 * for the books day at `now`, the weekly push for the last ISO week whose books have closed, i.e. the week
 * before the books day's week. The same claim as the scheduler's job of that period.
 */
export function jobNow(shop: ScheduledShop, kind: JobKind, now: Date): PlannedJob {
  const { timeZone, dayClosesAt } = shop.settings;
  const today = booksDay(now, timeZone, dayClosesAt).date;
  const periodKey = kind === REMINDER_JOB ? today : lastFinishedWeek(today);
  return { shop, kind, periodKey, dueAt: now, at: now };
}
