import { and, asc, count, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DayRowValues } from '../../domain/day-row.js';
import { type ShownDay, savedDayVersion } from '../../domain/shown-version.js';
import type { Database } from '../client.js';
import { type DailyRecord, dailyRecords } from '../schema/index.js';

/**
 * A day's record as the caller computed it (see dayRowValues): the four inputs, the costs it counted and
 * the metrics computed from them (VND integers; `cvr` in percent; null metrics when undefined or out of
 * their column's range), with the product preset and the user who entered it.
 */
export interface DailyRecordValues extends Omit<DayRowValues, 'metricFlags'> {
  presetId?: string | null;
  enteredBy?: string | null;
  metricFlags?: string[];
}

export interface DateRange {
  /** Inclusive, 'YYYY-MM-DD'. */
  from?: string;
  /** Inclusive, 'YYYY-MM-DD'. */
  to?: string;
}

export async function getDailyRecord(
  db: Database,
  shopId: string,
  date: string,
): Promise<DailyRecord | null> {
  const [record] = await db
    .select()
    .from(dailyRecords)
    .where(and(eq(dailyRecords.shopId, shopId), eq(dailyRecords.recordDate, date)))
    .limit(1);
  return record ?? null;
}

/**
 * Inserts many days of one shop in one statement (demo data, imports, benchmarks); fails on a day the
 * shop already has. Returns how many rows were written.
 */
export async function insertDailyRecords(
  db: Database,
  shopId: string,
  days: DailyRecordValues[],
): Promise<number> {
  if (days.length === 0) return 0;
  const rows = await db
    .insert(dailyRecords)
    .values(days.map((day) => ({ ...day, shopId })))
    .returning({ id: dailyRecords.id });
  return rows.length;
}

/** Returns false when the shop had no record that day. */
export async function deleteDailyRecord(db: Database, shopId: string, date: string): Promise<boolean> {
  const rows = await db
    .delete(dailyRecords)
    .where(and(eq(dailyRecords.shopId, shopId), eq(dailyRecords.recordDate, date)))
    .returning({ id: dailyRecords.id });
  return rows.length > 0;
}

/** A record's stored figures as a confirmation shows them (see savedDayVersion). */
export function shownDayOf(record: DailyRecord): ShownDay {
  const { id, orders, revenue, adSpend, leads, cogs, netProfit } = record;
  return { recordId: id, orders, revenue, adSpend, leads, cogs, netProfit };
}

/**
 * Deletes the shop's record of `date` only while it is the one its delete confirmation showed (`shown`, its
 * savedDayVersion): the row is locked first, so an edit saved meanwhile waits on it or is seen. Returns the
 * record deleted, or as it is now (`changed`, nothing deleted); null when the day has no record.
 */
export async function deleteDailyRecordAsShown(
  db: Database,
  shopId: string,
  date: string,
  shown: string,
): Promise<{ deleted: DailyRecord } | { changed: DailyRecord } | null> {
  return db.transaction(async (tx) => {
    const where = and(eq(dailyRecords.shopId, shopId), eq(dailyRecords.recordDate, date));
    const [record] = await tx.select().from(dailyRecords).where(where).for('update');
    if (!record) return null;
    if (savedDayVersion(shownDayOf(record)) !== shown) return { changed: record };
    await tx.delete(dailyRecords).where(where);
    return { deleted: record };
  });
}

/** The shop's records in the range, oldest first. */
export async function listDailyRecords(
  db: Database,
  shopId: string,
  range: DateRange = {},
): Promise<DailyRecord[]> {
  return db
    .select()
    .from(dailyRecords)
    .where(and(eq(dailyRecords.shopId, shopId), ...rangeConditions(range)))
    .orderBy(asc(dailyRecords.recordDate));
}

/** The dates ('YYYY-MM-DD') the shop has a record on in the range, oldest first. */
export async function listRecordedDates(db: Database, shopId: string, range: DateRange): Promise<string[]> {
  const rows = await db
    .select({ date: dailyRecords.recordDate })
    .from(dailyRecords)
    .where(and(eq(dailyRecords.shopId, shopId), ...rangeConditions(range)))
    .orderBy(asc(dailyRecords.recordDate));
  return rows.map((row) => row.date);
}

/** The shop's earliest recorded date, or null when it has none. */
export async function firstRecordedDate(db: Database, shopId: string): Promise<string | null> {
  const [row] = await db
    .select({ date: dailyRecords.recordDate })
    .from(dailyRecords)
    .where(eq(dailyRecords.shopId, shopId))
    .orderBy(asc(dailyRecords.recordDate))
    .limit(1);
  return row?.date ?? null;
}

export interface DailyRecordTotals {
  revenue: number;
  orders: number;
  leads: number;
  adSpend: number;
  cogs: number;
  returnedRevenue: number;
  shippingCost: number;
  paymentFees: number;
  fixedCost: number;
  /** Sum of the stored daily net profits (each already net of that day's fixed cost). */
  netProfit: number;
  daysRecorded: number;
}

/**
 * Exact sums of the shop's records in the range (all zero when there are none). Week and month metrics
 * are computed from these sums, never by averaging daily ratios.
 */
export async function sumDailyRecords(
  db: Database,
  shopId: string,
  range: DateRange = {},
): Promise<DailyRecordTotals> {
  const [totals] = await db
    .select({
      revenue: sumOf(dailyRecords.revenue),
      orders: sumOf(dailyRecords.orders),
      leads: sumOf(dailyRecords.leads),
      adSpend: sumOf(dailyRecords.adSpend),
      ...costSums(),
      netProfit: sumOf(dailyRecords.netProfit),
      daysRecorded: count(),
    })
    .from(dailyRecords)
    .where(and(eq(dailyRecords.shopId, shopId), ...rangeConditions(range)));
  return totals!;
}

/** The sums of the costs stored on each day: COGS, returns, shipping, payment fees, fixed cost. */
export function costSums() {
  return {
    cogs: sumOf(dailyRecords.cogs),
    returnedRevenue: sumOf(dailyRecords.returnedRevenue),
    shippingCost: sumOf(dailyRecords.shippingCost),
    paymentFees: sumOf(dailyRecords.paymentFees),
    fixedCost: sumOf(dailyRecords.fixedCost),
  };
}

/** `sum(column)` as an exact JS number, 0 over no rows (PostgreSQL returns sums of bigint as numeric text). */
export function sumOf(column: AnyPgColumn) {
  return sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);
}

function rangeConditions(range: DateRange): SQL[] {
  const conditions: SQL[] = [];
  if (range.from) conditions.push(gte(dailyRecords.recordDate, range.from));
  if (range.to) conditions.push(lte(dailyRecords.recordDate, range.to));
  return conditions;
}

/**
 * Rewrites the computed columns of days the shop already has (costs re-applied with newer settings): COGS,
 * the other stored costs, metrics and net profit; the inputs and who entered them stay. One transaction.
 * Returns how many days were rewritten.
 */
export async function rewriteDayMetrics(
  db: Database,
  shopId: string,
  days: readonly DayRowValues[],
): Promise<number> {
  return db.transaction(async (tx) => {
    let rewritten = 0;
    for (const { recordDate, orders: _o, revenue: _r, adSpend: _a, leads: _l, ...computed } of days) {
      const rows = await tx
        .update(dailyRecords)
        .set(computed)
        .where(and(eq(dailyRecords.shopId, shopId), eq(dailyRecords.recordDate, recordDate)))
        .returning({ id: dailyRecords.id });
      rewritten += rows.length;
    }
    return rewritten;
  });
}
