import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';

/** The metrics computed for a draft, stored with it when it is booked. */
export interface BookedMetrics {
  cogs: number;
  aov: number | null;
  cpl: number | null;
  cvr: number | null;
  roas: number | null;
  netProfit: number;
  metricFlags: string[];
}

/**
 * Books a draft as its day's record in ONE statement: the draft is deleted (only if it is still there and
 * is this user's) and its values upserted into daily_records. A second press, or a concurrent one, finds
 * no draft and books nothing. Returns null then; otherwise whether an existing record was replaced.
 */
export async function bookEntryDraft(
  db: Database,
  draftId: string,
  userId: string,
  metrics: BookedMetrics,
): Promise<{ recordDate: string; replaced: boolean } | null> {
  const result = await db.execute<{ record_date: string; replaced: boolean }>(sql`
    with draft as (
      delete from entry_drafts where id = ${draftId} and user_id = ${userId}
      returning shop_id, record_date, orders, revenue, ad_spend, leads, preset_id, user_id
    )
    insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, preset_id,
      entered_by, aov, cpl, cvr, roas, net_profit, metric_flags)
    select shop_id, record_date, orders, revenue, ad_spend, leads, ${metrics.cogs}, preset_id,
      user_id, ${metrics.aov}, ${metrics.cpl}, ${metrics.cvr}, ${metrics.roas}, ${metrics.netProfit},
      ${JSON.stringify(metrics.metricFlags)}::jsonb
    from draft
    on conflict (shop_id, record_date) do update set
      orders = excluded.orders, revenue = excluded.revenue, ad_spend = excluded.ad_spend,
      leads = excluded.leads, cogs = excluded.cogs, preset_id = excluded.preset_id,
      entered_by = excluded.entered_by, aov = excluded.aov, cpl = excluded.cpl, cvr = excluded.cvr,
      roas = excluded.roas, net_profit = excluded.net_profit, metric_flags = excluded.metric_flags,
      updated_at = now()
    returning to_char(record_date, 'YYYY-MM-DD') as record_date, created_at <> updated_at as replaced
  `);
  const row = result.rows[0];
  return row ? { recordDate: row.record_date, replaced: row.replaced } : null;
}
