import { and, desc, eq, lt } from 'drizzle-orm';
import type { DayInput } from '../../domain/daily-metrics.js';
import type { Database } from '../client.js';
import { dailyRecords } from '../schema/index.js';

/** The four inputs of a shop's last `limit` recorded days before `beforeDate` ('YYYY-MM-DD'), newest first. */
export async function listRecentDayInputs(
  db: Database,
  shopId: string,
  beforeDate: string,
  limit: number,
): Promise<DayInput[]> {
  return db
    .select({
      orders: dailyRecords.orders,
      revenue: dailyRecords.revenue,
      adSpend: dailyRecords.adSpend,
      leads: dailyRecords.leads,
    })
    .from(dailyRecords)
    .where(and(eq(dailyRecords.shopId, shopId), lt(dailyRecords.recordDate, beforeDate)))
    .orderBy(desc(dailyRecords.recordDate))
    .limit(limit);
}
