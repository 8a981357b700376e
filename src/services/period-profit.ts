import type { Database } from '../db/client.js';
import { sumDailyRecords } from '../db/queries/daily-records.js';
import type { WeekReportSettings } from '../db/queries/shop-settings.js';
import { type PeriodSpan, periodSpan, type QuestionPeriod } from '../domain/question-period.js';
import type { WeekPnl } from '../domain/week-totals.js';
import { periodPnlOf } from './weekly-report.js';

/** A period's P&L as a question names it: its days and the sums of its recorded days. */
export interface PeriodProfit {
  span: PeriodSpan;
  pnl: WeekPnl;
}

/**
 * The P&L of `period` as seen on the shop's books day `booksDay`, summed from the recorded days exactly as
 * the week report sums a week (each day's stored costs; a day not recorded counts the daily fixed cost).
 */
export async function loadPeriodProfit(
  db: Database,
  settings: WeekReportSettings,
  period: QuestionPeriod,
  booksDay: string,
): Promise<PeriodProfit> {
  const span = periodSpan(period, booksDay);
  const sums = await sumDailyRecords(db, settings.shopId, { from: span.start, to: span.end });
  const pnl = periodPnlOf(sums, span, settings);
  return { span, pnl };
}
