import { sql } from 'drizzle-orm';
import type { ShownDay } from '../../domain/shown-version.js';
import type { DayCosts } from '../../domain/week-totals.js';
import type { Database } from '../client.js';
import type { StoredProductLine } from '../schema/json-types.js';

/** The record a draft became, as stored: its inputs, the costs it was counted with and its net profit. */
export interface BookedRecord extends DayCosts {
  recordDate: string;
  netProfit: number;
  /** True when the day already had a record, now replaced. */
  replaced: boolean;
  /** The products picked for the day; null when COGS came from the ratio. */
  products: StoredProductLine[] | null;
}

/**
 * Books a draft as its day's record in ONE statement: the draft is stamped saved (only if it is still
 * pending, is this user's, in this shop, and every product of its lines still exists) and copied into
 * daily_records with the metrics the draft stores (what its card showed); the row is returned as stored,
 * for the saved card. A second press, or a concurrent one, finds no pending draft and books nothing: null.
 */
export async function bookEntryDraft(
  db: Database,
  scope: { draftId: string; userId: string; shopId: string },
): Promise<BookedRecord | null> {
  const result = await db.execute<{
    record_date: string;
    orders: number;
    revenue: string;
    ad_spend: string;
    leads: number;
    cogs: string;
    returned_revenue: string;
    shipping_cost: string;
    payment_fees: string;
    fixed_cost: string;
    net_profit: string;
    replaced: boolean;
    products: StoredProductLine[] | null;
  }>(sql`
    with draft as (
      update entry_drafts set saved_at = now()
      where id = ${scope.draftId} and user_id = ${scope.userId} and shop_id = ${scope.shopId}
        and saved_at is null
        and not exists (
          select 1 from jsonb_array_elements(
            case jsonb_typeof(entry_drafts.products) when 'array' then entry_drafts.products else '[]'::jsonb end
          ) as line
          where not exists (
            select 1 from product_presets
            where product_presets.shop_id = entry_drafts.shop_id
              and product_presets.id::text = line ->> 'presetId'
          )
        )
      returning *
    )
    insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, returned_revenue,
      shipping_cost, payment_fees, fixed_cost, preset_id, products, entered_by, aov, cpl, cvr, roas, net_profit,
      metric_flags)
    select shop_id, record_date, orders, revenue, ad_spend, leads, cogs, returned_revenue,
      shipping_cost, payment_fees, fixed_cost, preset_id, products, user_id, aov, cpl, cvr, roas, net_profit,
      metric_flags
    from draft
    on conflict (shop_id, record_date) do update set
      orders = excluded.orders, revenue = excluded.revenue, ad_spend = excluded.ad_spend,
      leads = excluded.leads, cogs = excluded.cogs, returned_revenue = excluded.returned_revenue,
      shipping_cost = excluded.shipping_cost, payment_fees = excluded.payment_fees,
      fixed_cost = excluded.fixed_cost, preset_id = excluded.preset_id,
      products = excluded.products,
      entered_by = excluded.entered_by, aov = excluded.aov, cpl = excluded.cpl, cvr = excluded.cvr,
      roas = excluded.roas, net_profit = excluded.net_profit, metric_flags = excluded.metric_flags,
      updated_at = now()
    returning to_char(record_date, 'YYYY-MM-DD') as record_date, orders, revenue, ad_spend, leads, cogs,
      returned_revenue, shipping_cost, payment_fees, fixed_cost, net_profit,
      created_at <> updated_at as replaced, products
  `);
  const row = result.rows[0];
  if (!row) return null;
  return {
    recordDate: row.record_date,
    orders: Number(row.orders),
    revenue: Number(row.revenue),
    adSpend: Number(row.ad_spend),
    leads: Number(row.leads),
    cogs: Number(row.cogs),
    returnedRevenue: Number(row.returned_revenue),
    shippingCost: Number(row.shipping_cost),
    paymentFees: Number(row.payment_fees),
    fixedCost: Number(row.fixed_cost),
    netProfit: Number(row.net_profit),
    replaced: row.replaced,
    // jsonb comes back parsed from both drivers; a string would be a driver returning it raw.
    products: typeof row.products === 'string' ? JSON.parse(row.products) : (row.products ?? null),
  };
}

/** A pending draft's stored fingerprint of the day its card showed, and that day's record as it is now. */
export interface DraftDay {
  /** The draft's `shown_day`: what its card compared with (null: not known). */
  shownDay: string | null;
  /** The day's record now (null: none), locked until the transaction ends. */
  record: ShownDay | null;
}

/**
 * Reads a pending draft of this user in this shop with its day's record, in ONE statement that locks the
 * record (`for update`): an edit, a delete or another Save of that day waits until this transaction ends,
 * so what Save compares still holds when it books. A day with no record has no row to lock: a shop's
 * entries are all its owner's, from one private chat whose updates are handled one at a time. Null when
 * there is no such pending draft.
 */
export async function lockDraftDay(
  db: Database,
  scope: { draftId: string; userId: string; shopId: string },
): Promise<DraftDay | null> {
  const result = await db.execute<{
    shown_day: string | null;
    id: string | null;
    orders: number | null;
    revenue: string | null;
    ad_spend: string | null;
    leads: number | null;
    cogs: string | null;
    net_profit: string | null;
  }>(sql`
    select d.shown_day, r.id, r.orders, r.revenue, r.ad_spend, r.leads, r.cogs, r.net_profit
    from entry_drafts d
    left join lateral (
      select id, orders, revenue, ad_spend, leads, cogs, net_profit from daily_records
      where daily_records.shop_id = d.shop_id and daily_records.record_date = d.record_date
      for update
    ) r on true
    where d.id = ${scope.draftId} and d.user_id = ${scope.userId} and d.shop_id = ${scope.shopId}
      and d.saved_at is null
  `);
  const row = result.rows[0];
  if (!row) return null;
  const record: ShownDay | null =
    row.id === null
      ? null
      : {
          recordId: row.id,
          orders: Number(row.orders),
          revenue: Number(row.revenue),
          adSpend: Number(row.ad_spend),
          leads: Number(row.leads),
          cogs: Number(row.cogs),
          netProfit: Number(row.net_profit),
        };
  return { shownDay: row.shown_day, record };
}
