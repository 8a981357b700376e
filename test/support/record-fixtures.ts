import type { Database } from '../../src/db/client.js';
import { dailyRecords } from '../../src/db/schema/index.js';
import {
  type CostSettings,
  computeDailyMetrics,
  DEFAULT_COST_SETTINGS,
  toStoredMetrics,
} from '../../src/domain/daily-metrics.js';

/** A day as owners type it: date, orders, revenue, ad spend, leads. */
export type FixtureDay = [date: string, orders: number, revenue: number, adSpend: number, leads: number];

/** Inserts saved days straight into daily_records, metrics computed as the bot computes them. */
export async function insertDays(
  db: Database,
  shopId: string,
  days: readonly FixtureDay[],
  settings: CostSettings = DEFAULT_COST_SETTINGS,
): Promise<void> {
  if (days.length === 0) return;
  await db.insert(dailyRecords).values(
    days.map(([recordDate, orders, revenue, adSpend, leads]) => {
      const stored = toStoredMetrics(computeDailyMetrics({ orders, revenue, adSpend, leads }, settings));
      return {
        shopId,
        recordDate,
        orders,
        revenue,
        adSpend,
        leads,
        cogs: stored.cogs,
        aov: stored.aov,
        cpl: stored.cpl,
        cvr: stored.cvrPercent,
        roas: stored.roas,
        netProfit: stored.netProfit,
        metricFlags: stored.flags,
      };
    }),
  );
}
