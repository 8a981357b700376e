import { and, count, gte, lte, sql } from 'drizzle-orm';
import { addDays } from '../../domain/local-date.js';
import type { WeekTotals } from '../../domain/week-totals.js';
import type { Database } from '../client.js';
import { dailyRecords } from '../schema/index.js';
import { costSums, sumOf } from './daily-records.js';

/**
 * One shop's totals of its recorded days in one ISO week (Monday–Sunday of its local dates), as summed in
 * SQL: the calendar days of the period (`daysInPeriod`) are the caller's to add.
 */
export type ShopWeekTotals = Omit<WeekTotals, 'daysInPeriod'> & {
  shopId: string;
  /** The Monday of the week, 'YYYY-MM-DD'. */
  weekStart: string;
};

/**
 * Week sums as PostgreSQL sends them to the batch: ONE json text holding an array of
 * [shop_id, week, orders, revenue, ad_spend, leads, cogs, returned_revenue, shipping_cost, payment_fees,
 * fixed_cost, days_recorded] per row. JSON.parse reads it several times faster than the driver parses
 * thousands of rows of text columns; every sum is a whole number far below 2^53, exact as a JSON number.
 */
type SumsTuple = [
  shopId: string,
  week: number | string,
  orders: number,
  revenue: number,
  adSpend: number,
  leads: number,
  cogs: number,
  returnedRevenue: number,
  shippingCost: number,
  paymentFees: number,
  fixedCost: number,
  daysRecorded: number,
];

/** The SQL of one SumsTuple from a row whose sums carry these names (in SumsTuple order). */
const SUMS_TUPLE = sql.raw(`json_build_array(shop_id, week, orders, revenue, ad_spend, leads, cogs,
  returned_revenue, shipping_cost, payment_fees, fixed_cost, days_recorded)`);

function weekTotalsOf(row: SumsTuple, weekStart: string): ShopWeekTotals {
  return {
    shopId: row[0],
    weekStart,
    orders: row[2],
    revenue: row[3],
    adSpend: row[4],
    leads: row[5],
    cogs: row[6],
    returnedRevenue: row[7],
    shippingCost: row[8],
    paymentFees: row[9],
    fixedCost: row[10],
    daysRecorded: row[11],
  };
}

/** The tuples of `select coalesce(json_agg(...), '[]')::text as rows`. */
function tuplesOf(result: { rows: { rows: string }[] }): SumsTuple[] {
  return JSON.parse(result.rows[0]?.rows ?? '[]') as SumsTuple[];
}

/** `and shop_id = any(…)` for the given shops, nothing for every shop. */
function shopFilter(shopIds: readonly string[] | undefined) {
  return shopIds ? sql`and shop_id = any(${sql.param(shopIds)}::uuid[])` : sql``;
}

/** Sums per shop over one range of days (a month to date), for the given shops. */
export async function sumDaysByShop(
  db: Database,
  range: { from: string; to: string },
  shopIds: readonly string[],
): Promise<Omit<ShopWeekTotals, 'weekStart'>[]> {
  if (shopIds.length === 0) return [];
  return db
    .select({
      shopId: dailyRecords.shopId,
      orders: sumOf(dailyRecords.orders),
      revenue: sumOf(dailyRecords.revenue),
      adSpend: sumOf(dailyRecords.adSpend),
      leads: sumOf(dailyRecords.leads),
      ...costSums(),
      daysRecorded: count(),
    })
    .from(dailyRecords)
    .where(
      and(
        gte(dailyRecords.recordDate, range.from),
        lte(dailyRecords.recordDate, range.to),
        sql`${dailyRecords.shopId} = any(${sql.param(shopIds)}::uuid[])`,
      ),
    )
    .groupBy(dailyRecords.shopId);
}

/**
 * Sums per shop and week for the given weeks (their Mondays), `shopIds` or every shop (jobs only), in one
 * statement grouped by the week's number since the first Monday (cheaper to group by than a formatted
 * date), as one JSON text (SumsTuple): at 10,000 shops parsing rows costs more than the aggregate.
 */
export async function sumWeeksByShop(
  db: Database,
  mondays: readonly string[],
  shopIds?: readonly string[],
): Promise<ShopWeekTotals[]> {
  if (mondays.length === 0 || shopIds?.length === 0) return [];
  const wanted = new Set(mondays);
  const first = [...mondays].sort()[0]!;
  const last = [...mondays].sort().at(-1)!;
  const result = await db.execute<{ rows: string }>(sql`
    select coalesce(json_agg(${SUMS_TUPLE}), '[]')::text as rows from (
      select shop_id, (record_date - ${first}::date) / 7 as week, sum(orders) as orders,
        sum(revenue) as revenue, sum(ad_spend) as ad_spend, sum(leads) as leads, sum(cogs) as cogs,
        sum(returned_revenue) as returned_revenue, sum(shipping_cost) as shipping_cost,
        sum(payment_fees) as payment_fees, sum(fixed_cost) as fixed_cost, count(*) as days_recorded
      from daily_records
      where record_date between ${first}::date and ${last}::date + 6
      ${shopFilter(shopIds)}
      group by 1, 2
    ) sums`);
  const weekStarts = new Map<number, string>();
  const weekStartOf = (week: number) => {
    let monday = weekStarts.get(week);
    if (monday === undefined) {
      monday = addDays(first, week * 7);
      weekStarts.set(week, monday);
    }
    return monday;
  };
  const sums: ShopWeekTotals[] = [];
  for (const row of tuplesOf(result)) {
    const weekStart = weekStartOf(Number(row[1]));
    if (wanted.has(weekStart)) sums.push(weekTotalsOf(row, weekStart));
  }
  return sums;
}

/**
 * Week sums as stored with each week's diagnosis (rewritten whenever a day of that week is saved or deleted),
 * for the weeks starting on `mondays`: the history weeks of a batch diagnosis, without summing their days
 * again. A week that was never diagnosed has no row here.
 */
export async function storedWeekSumsByShop(
  db: Database,
  mondays: readonly string[],
  shopIds?: readonly string[],
): Promise<ShopWeekTotals[]> {
  if (mondays.length === 0 || shopIds?.length === 0) return [];
  const result = await db.execute<{ rows: string }>(sql`
    select coalesce(json_agg(${SUMS_TUPLE}), '[]')::text as rows from (
      select shop_id, to_char(week_start, 'YYYY-MM-DD') as week, orders, revenue, ad_spend, leads, cogs,
        returned_revenue, shipping_cost, payment_fees, fixed_cost, days_recorded
      from weekly_diagnostics
      where week_start = any(${sql.param(mondays)}::date[])
      ${shopFilter(shopIds)}
    ) stored`);
  return tuplesOf(result).map((row) => weekTotalsOf(row, String(row[1])));
}
