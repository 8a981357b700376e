import { and, count, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { dailyRecords } from '../schema/index.js';
import { sumOf } from './daily-records.js';

/** Exact sums of one shop's recorded days in one ISO week (Monday–Sunday of its local dates). */
export interface WeekSums {
  shopId: string;
  /** The Monday of the week, 'YYYY-MM-DD'. */
  weekStart: string;
  orders: number;
  revenue: number;
  adSpend: number;
  leads: number;
  cogs: number;
  daysRecorded: number;
}

/** Sums per shop over one range of days (a month to date), for the given shops. */
export async function sumDaysByShop(
  db: Database,
  range: { from: string; to: string },
  shopIds: readonly string[],
): Promise<Omit<WeekSums, 'weekStart'>[]> {
  if (shopIds.length === 0) return [];
  return db
    .select({
      shopId: dailyRecords.shopId,
      orders: sumOf(dailyRecords.orders),
      revenue: sumOf(dailyRecords.revenue),
      adSpend: sumOf(dailyRecords.adSpend),
      leads: sumOf(dailyRecords.leads),
      cogs: sumOf(dailyRecords.cogs),
      daysRecorded: count(),
    })
    .from(dailyRecords)
    .where(
      and(
        gte(dailyRecords.recordDate, range.from),
        lte(dailyRecords.recordDate, range.to),
        inArray(dailyRecords.shopId, [...shopIds]),
      ),
    )
    .groupBy(dailyRecords.shopId);
}

/**
 * Sums per shop and week for the given weeks (their Mondays), `shopIds` or every shop (jobs only), as raw
 * rows: at 10,000 shops Drizzle's row mapping costs more than the aggregate. The two most recent weeks and
 * the older ones are summed by two statements at once, each a hash aggregate over fewer days.
 */
export async function sumWeeksByShop(
  db: Database,
  mondays: readonly string[],
  shopIds?: readonly string[],
): Promise<WeekSums[]> {
  if (mondays.length === 0 || shopIds?.length === 0) return [];
  const sorted = [...mondays].sort().reverse();
  const groups = [sorted.slice(0, 2), sorted.slice(2)].filter((g) => g.length > 0);
  const results = await Promise.all(groups.map((weeks) => sumWeekRange(db, weeks, shopIds)));
  return results.flat();
}

async function sumWeekRange(db: Database, mondays: readonly string[], shopIds?: readonly string[]) {
  const from = mondays.at(-1)!;
  const to = mondays[0]!;
  const result = await db.execute<{
    shop_id: string;
    week_start: string;
    orders: string;
    revenue: string;
    ad_spend: string;
    leads: string;
    cogs: string;
    days: string;
  }>(sql`
    select shop_id, to_char(date_trunc('week', record_date), 'YYYY-MM-DD') as week_start, sum(orders) as orders,
      sum(revenue) as revenue, sum(ad_spend) as ad_spend, sum(leads) as leads, sum(cogs) as cogs, count(*) as days
    from daily_records
    where record_date between ${from}::date and ${to}::date + 6
    ${shopIds ? sql`and shop_id = any(${`{${shopIds.join(',')}}`}::uuid[])` : sql``}
    group by shop_id, date_trunc('week', record_date)`);
  return result.rows.map((row) => ({
    shopId: row.shop_id,
    weekStart: row.week_start,
    orders: Number(row.orders),
    revenue: Number(row.revenue),
    adSpend: Number(row.ad_spend),
    leads: Number(row.leads),
    cogs: Number(row.cogs),
    daysRecorded: Number(row.days),
  }));
}
