import type { Database } from '../../src/db/client.js';
import { insertDailyRecords } from '../../src/db/queries/daily-records.js';
import { type CostSettings, DEFAULT_COST_SETTINGS } from '../../src/domain/daily-metrics.js';
import { dayRowValues } from '../../src/domain/day-row.js';
import { addDays } from '../../src/domain/local-date.js';

/** A day as owners type it: date, orders, revenue, ad spend, leads. */
export type FixtureDay = [date: string, orders: number, revenue: number, adSpend: number, leads: number];

/** Inserts saved days straight into daily_records, metrics computed as the bot computes them. */
export async function insertDays(
  db: Database,
  shopId: string,
  days: readonly FixtureDay[],
  settings: CostSettings = DEFAULT_COST_SETTINGS,
): Promise<void> {
  await insertDailyRecords(
    db,
    shopId,
    days.map(([date, orders, revenue, adSpend, leads]) =>
      dayRowValues(date, { orders, revenue, adSpend, leads }, settings),
    ),
  );
}

/** `count` days ending on `last` ('YYYY-MM-DD'), each with the same orders, revenue, ad spend and leads. */
export function sameDaysEnding(
  last: string,
  count: number,
  [orders, revenue, adSpend, leads]: [number, number, number, number],
): FixtureDay[] {
  return Array.from({ length: count }, (_, i) => [
    addDays(last, i - count + 1),
    orders,
    revenue,
    adSpend,
    leads,
  ]);
}
