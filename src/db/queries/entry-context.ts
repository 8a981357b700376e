import { and, eq, sql } from 'drizzle-orm';
import type { DayInput } from '../../domain/daily-metrics.js';
import type { Database } from '../client.js';
import { preparedStatement, UNNAMED } from '../prepared-statement.js';
import { type DailyRecord, dailyRecords, productPresets } from '../schema/index.js';

export interface EntryContextRows {
  /** The day's saved record; null when it has none. */
  saved: DailyRecord | null;
  /** The four inputs of the shop's last `recentLimit` recorded days before the date, newest first. */
  recent: DayInput[];
  /** The shop has at least one product preset. */
  hasProductPresets: boolean;
}

/**
 * What an entry card for a day compares with, in ONE statement: the day's saved record, the shop's recent
 * days and whether it has products.
 */
export async function loadEntryContext(
  db: Database,
  shopId: string,
  date: string,
  recentLimit: number,
): Promise<EntryContextRows> {
  const [row] = await entryContext(db).execute({ shopId, date, recentLimit });
  if (!row) throw new Error('the entry context query returned no row');
  // A driver that leaves json unparsed hands over its text.
  const days = typeof row.recent === 'string' ? (JSON.parse(row.recent) as DayInput[]) : row.recent;
  return { saved: row.saved, recent: days, hasProductPresets: row.hasProductPresets };
}

// Every entry card runs it: prepared once (building it costs about half a millisecond of CPU).
const entryContext = preparedStatement((db) => {
  const shopId = sql.placeholder('shopId');
  const date = sql.placeholder('date');
  const recent = sql<DayInput[] | string>`(
    select coalesce(json_agg(json_build_object('orders', r.orders, 'revenue', r.revenue, 'adSpend', r.ad_spend,
      'leads', r.leads) order by r.record_date desc), '[]'::json)
    from (
      select ${dailyRecords.orders}, ${dailyRecords.revenue}, ${dailyRecords.adSpend}, ${dailyRecords.leads},
        ${dailyRecords.recordDate}
      from ${dailyRecords}
      where ${dailyRecords.shopId} = ${shopId} and ${dailyRecords.recordDate} < ${date}
      order by ${dailyRecords.recordDate} desc
      limit ${sql.placeholder('recentLimit')}
    ) r
  )`;
  const hasProductPresets = sql<boolean>`exists (
    select 1 from ${productPresets} where ${productPresets.shopId} = ${shopId}
  )`;
  return db
    .select({ saved: dailyRecords, recent, hasProductPresets })
    .from(sql`(select 1) as entry`)
    .leftJoin(dailyRecords, and(eq(dailyRecords.shopId, shopId), eq(dailyRecords.recordDate, date)))
    .prepare(UNNAMED);
});
