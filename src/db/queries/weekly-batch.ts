import { and, eq, inArray, sql } from 'drizzle-orm';
import type { WeekReportSettings } from '../../services/shop-settings-views.js';
import type { Database } from '../client.js';
import {
  type ActionItem,
  type ActionItemStatus,
  actionItems,
  type MonthlyGoal,
  monthlyGoals,
  type StoredUserResponses,
  type TemplateParams,
} from '../schema/index.js';
import type { WeeklyDiagnosticValues } from './weekly-diagnostics.js';

// Set-based versions of the weekly queries, for diagnosing every shop of a week at once (the scheduler's
// Monday run, the ops CLI, the benchmark). Jobs only: they are not scoped to one owner.

const CHUNK = 1000;

function chunks<T>(rows: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A shop as the batch diagnosis needs it: the report's settings and the owner's language. */
export interface ShopForDiagnosis {
  settings: WeekReportSettings;
  owner: { language: string };
}

/** Every shop with the settings a week's diagnosis reads, in one lean query (jobs only). */
export async function listShopsForWeeklyDiagnosis(db: Database): Promise<ShopForDiagnosis[]> {
  const result = await db.execute<Record<string, string | number | null>>(sql`
    select s.shop_id, s.cogs_ratio, s.payment_fee_ratio, s.shipping_cost_per_order, s.daily_fixed_cost,
      s.target_roas, s.min_cvr, s.max_cpl, s.cpl_spike_multiplier, s.revenue_drop_ratio, s.aov_drop_ratio,
      s.spend_up_ratio, s.orders_flat_ratio, s.min_days_recorded, s.goal_pace_ratio, u.language
    from shop_settings s
    join shops sh on sh.id = s.shop_id
    join users u on u.id = sh.owner_id`);
  const num = (v: string | number | null | undefined) => Number(v);
  const nullable = (v: string | number | null | undefined) =>
    v === null || v === undefined ? null : Number(v);
  return result.rows.map((r) => ({
    settings: {
      shopId: String(r.shop_id),
      cogsRatio: num(r.cogs_ratio),
      paymentFeeRatio: num(r.payment_fee_ratio),
      shippingCostPerOrder: num(r.shipping_cost_per_order),
      dailyFixedCost: num(r.daily_fixed_cost),
      targetRoas: nullable(r.target_roas),
      minCvr: num(r.min_cvr),
      maxCpl: nullable(r.max_cpl),
      cplSpikeMultiplier: num(r.cpl_spike_multiplier),
      revenueDropRatio: num(r.revenue_drop_ratio),
      aovDropRatio: num(r.aov_drop_ratio),
      spendUpRatio: num(r.spend_up_ratio),
      ordersFlatRatio: num(r.orders_flat_ratio),
      minDaysRecorded: num(r.min_days_recorded),
      goalPaceRatio: num(r.goal_pace_ratio),
    },
    owner: { language: String(r.language) },
  }));
}

/**
 * Upserts many shops' diagnoses (answers kept, as upsertWeeklyDiagnostic does) in one statement per chunk.
 * The rows travel as one JSON parameter: building a 20-column VALUES list per row costs more than the write.
 */
export async function upsertWeeklyDiagnostics(
  db: Database,
  rows: readonly (WeeklyDiagnosticValues & { shopId: string })[],
): Promise<{ id: string; shopId: string; userResponses: StoredUserResponses }[]> {
  const out: { id: string; shopId: string; userResponses: StoredUserResponses }[] = [];
  for (const chunk of chunks(rows, 5000)) {
    const json = JSON.stringify(
      chunk.map((r) => ({
        shop_id: r.shopId,
        iso_week: r.isoWeek,
        week_start: r.weekStart,
        week_end: r.weekEnd,
        revenue: r.revenue,
        orders: r.orders,
        leads: r.leads,
        ad_spend: r.adSpend,
        cogs: r.cogs,
        net_profit: r.netProfit,
        aov: r.aov ?? null,
        cpl: r.cpl ?? null,
        cvr: r.cvr ?? null,
        roas: r.roas ?? null,
        break_even_roas: r.breakEvenRoas ?? null,
        days_recorded: r.daysRecorded,
        issues: r.issues ?? [],
        profit_breakdown: r.profitBreakdown ?? null,
      })),
    );
    const result = await db.execute<{ id: string; shop_id: string; user_responses: StoredUserResponses }>(sql`
      insert into weekly_diagnostics (shop_id, iso_week, week_start, week_end, revenue, orders, leads, ad_spend,
        cogs, net_profit, aov, cpl, cvr, roas, break_even_roas, days_recorded, issues, profit_breakdown)
      select shop_id, iso_week, week_start, week_end, revenue, orders, leads, ad_spend, cogs, net_profit, aov,
        cpl, cvr, roas, break_even_roas, days_recorded, issues, profit_breakdown
      from jsonb_to_recordset(${json}::jsonb) as r(shop_id uuid, iso_week text, week_start date, week_end date,
        revenue bigint, orders bigint, leads bigint, ad_spend bigint, cogs bigint, net_profit bigint, aov bigint,
        cpl bigint, cvr numeric, roas numeric, break_even_roas numeric, days_recorded int, issues jsonb,
        profit_breakdown jsonb)
      on conflict (shop_id, iso_week) do update set
        week_start = excluded.week_start, week_end = excluded.week_end, revenue = excluded.revenue,
        orders = excluded.orders, leads = excluded.leads, ad_spend = excluded.ad_spend, cogs = excluded.cogs,
        net_profit = excluded.net_profit, aov = excluded.aov, cpl = excluded.cpl, cvr = excluded.cvr,
        roas = excluded.roas, break_even_roas = excluded.break_even_roas,
        days_recorded = excluded.days_recorded, issues = excluded.issues,
        profit_breakdown = excluded.profit_breakdown, updated_at = now()
      returning id, shop_id, user_responses`);
    out.push(...result.rows.map((r) => ({ id: r.id, shopId: r.shop_id, userResponses: r.user_responses })));
  }
  return out;
}

/** The action items of many diagnoses. */
export async function listActionItemsOfDiagnostics(
  db: Database,
  diagnosticIds: readonly string[],
): Promise<ActionItem[]> {
  const out: ActionItem[] = [];
  for (const ids of chunks(diagnosticIds, 5000)) {
    out.push(...(await db.select().from(actionItems).where(inArray(actionItems.diagnosticId, ids))));
  }
  return out;
}

export interface NewActionItemRow {
  diagnosticId: string;
  shopId: string;
  issueCode: string;
  templateKey: string;
  params: TemplateParams;
  text: string;
  position: number;
  status?: ActionItemStatus;
  statusChangedAt?: Date | null;
}

/** Inserts many action items, one JSON parameter per chunk (see upsertWeeklyDiagnostics). */
export async function insertActionItems(db: Database, rows: readonly NewActionItemRow[]): Promise<void> {
  for (const chunk of chunks(rows, 10_000)) {
    const json = JSON.stringify(
      chunk.map((r) => ({
        diagnostic_id: r.diagnosticId,
        shop_id: r.shopId,
        issue_code: r.issueCode,
        template_key: r.templateKey,
        params: r.params,
        text: r.text,
        position: r.position,
        status: r.status ?? 'pending',
        status_changed_at: r.statusChangedAt?.toISOString() ?? null,
      })),
    );
    await db.execute(sql`
      insert into action_items (diagnostic_id, shop_id, issue_code, template_key, params, text, position, status,
        status_changed_at)
      select diagnostic_id, shop_id, issue_code, template_key, params, text, position, status, status_changed_at
      from jsonb_to_recordset(${json}::jsonb) as r(diagnostic_id uuid, shop_id uuid, issue_code text,
        template_key text, params jsonb, text text, position int, status text, status_changed_at timestamptz)`);
  }
}

/** Rewrites the content (not the status) of items whose text, params or position changed. */
export async function updateActionItemContents(
  db: Database,
  rows: readonly { id: string; shopId: string; params: TemplateParams; text: string; position: number }[],
): Promise<void> {
  for (const row of rows) {
    await db
      .update(actionItems)
      .set({ params: row.params, text: row.text, position: row.position })
      .where(and(eq(actionItems.shopId, row.shopId), eq(actionItems.id, row.id)));
  }
}

export async function deleteActionItemsByIds(db: Database, ids: readonly string[]): Promise<void> {
  for (const chunk of chunks(ids, 5000)) await db.delete(actionItems).where(inArray(actionItems.id, chunk));
}

/** Every shop's goal for a month ('YYYY-MM'). */
export async function listMonthlyGoalsOfMonth(db: Database, month: string): Promise<MonthlyGoal[]> {
  return db.select().from(monthlyGoals).where(eq(monthlyGoals.month, month));
}
