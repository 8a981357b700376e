import { and, count, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { dailyRecords } from '../schema/index.js';

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

const weekStart = sql<string>`to_char(date_trunc('week', ${dailyRecords.recordDate})::date, 'YYYY-MM-DD')`;
const total = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

/**
 * Sums per shop and week in SQL (never an average of daily ratios), for the days from `from` to `to`
 * (inclusive, local dates). `shopIds` limits it to those shops; the scheduler's batch path passes none.
 * Weeks with no record are absent.
 */
export async function sumWeeks(
  db: Database,
  range: { from: string; to: string },
  shopIds?: readonly string[],
): Promise<WeekSums[]> {
  return db
    .select({
      shopId: dailyRecords.shopId,
      weekStart,
      orders: total(dailyRecords.orders),
      revenue: total(dailyRecords.revenue),
      adSpend: total(dailyRecords.adSpend),
      leads: total(dailyRecords.leads),
      cogs: total(dailyRecords.cogs),
      daysRecorded: count(),
    })
    .from(dailyRecords)
    .where(
      and(
        gte(dailyRecords.recordDate, range.from),
        lte(dailyRecords.recordDate, range.to),
        shopIds ? inArray(dailyRecords.shopId, [...shopIds]) : undefined,
      ),
    )
    .groupBy(dailyRecords.shopId, sql`date_trunc('week', ${dailyRecords.recordDate})`);
}

/** One shop's week sums in the range (see sumWeeks). */
export function sumWeeksForShop(db: Database, shopId: string, range: { from: string; to: string }) {
  return sumWeeks(db, range, [shopId]);
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
      orders: total(dailyRecords.orders),
      revenue: total(dailyRecords.revenue),
      adSpend: total(dailyRecords.adSpend),
      leads: total(dailyRecords.leads),
      cogs: total(dailyRecords.cogs),
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
