import { and, eq, type SQL, sql } from 'drizzle-orm';
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
import type { WeekReportSettings } from './shop-settings.js';
import type { WeeklyDiagnosticValues } from './weekly-diagnostics.js';

// Set-based versions of the weekly queries, for diagnosing every shop of a week at once (the scheduler's
// Monday run, the ops CLI, the benchmark). Jobs only: they are not scoped to one owner.
// Many rows go in as one array parameter per column (`sql.param(values)`, cast to its type and unnested):
// thousands of placeholders cost more to build and plan than the statement itself.
// A shop can be deleted while the batch runs (its owner in /shop): every write here takes its rows only
// for shops that still exist, locked FOR KEY SHARE in the same statement, so a shop deleted before the
// statement is skipped and one being deleted waits for it (its rows then go with the shop); the rows of
// a deleted shop never fail a foreign key and never take the rest of the chunk with them.

/**
 * Many JSON values as a jsonb[] expression built from ONE JSON document (a JS null becomes SQL NULL):
 * JSON.stringify of the whole list is several times cheaper than quoting each document into an array
 * literal.
 */
function jsonbArray(values: readonly unknown[]): SQL {
  return sql`array(select nullif(value, 'null'::jsonb) from jsonb_array_elements(${JSON.stringify(values)}::jsonb)
    with ordinality as t(value, n) order by n)`;
}

/** A shop as the batch diagnosis needs it: the report's settings and the owner's language. */
export interface ShopForDiagnosis {
  settings: WeekReportSettings;
  owner: { language: string };
}

type DiagnosticRow = WeeklyDiagnosticValues & { shopId: string };

const DIAGNOSTIC_COLUMNS = sql.raw(`shop_id, iso_week, week_start, week_end, revenue, orders, leads, ad_spend,
  cogs, returned_revenue, shipping_cost, payment_fees, fixed_cost, net_profit, aov, cpl, cvr, roas,
  break_even_roas, days_recorded, issues, profit_breakdown, report`);

/**
 * The rows as a set in DIAGNOSTIC_COLUMNS order, sent as ONE json document read by json_to_recordset:
 * JSON.stringify of the whole chunk is native and several times cheaper than the driver quoting one array
 * parameter per column. Keys are the rows' own (camelCase) field names; a number goes as String(x) would
 * write it, so numeric columns store the same value as a bound parameter.
 */
function diagnosticRowSet(rows: readonly DiagnosticRow[]): SQL {
  return sql`(select r."shopId", r."isoWeek", r."weekStart", r."weekEnd", r.revenue, r.orders, r.leads,
      r."adSpend", r.cogs, coalesce(r."returnedRevenue", 0), coalesce(r."shippingCost", 0),
      coalesce(r."paymentFees", 0), coalesce(r."fixedCost", 0), r."netProfit", r.aov, r.cpl, r.cvr, r.roas,
      r."breakEvenRoas", r."daysRecorded", coalesce(r.issues, '[]'::jsonb), r."profitBreakdown", r.report
    from json_to_recordset(${JSON.stringify(rows)}::json) as r("shopId" uuid, "isoWeek" text,
      "weekStart" date, "weekEnd" date, revenue bigint, orders int, leads int, "adSpend" bigint, cogs bigint,
      "returnedRevenue" bigint, "shippingCost" bigint, "paymentFees" bigint, "fixedCost" bigint,
      "netProfit" bigint, aov bigint, cpl bigint, cvr numeric, roas numeric, "breakEvenRoas" numeric,
      "daysRecorded" int, issues jsonb, "profitBreakdown" jsonb, report jsonb)) as rows`;
}

/** The rows of shops that still exist, each shop locked FOR KEY SHARE until the statement's end. */
function rowsOfExistingShops(rows: readonly DiagnosticRow[]): SQL {
  return sql`select rows.* from ${diagnosticRowSet(rows)} join shops on shops.id = rows."shopId"
    for key share of shops`;
}

/**
 * Upserts many shops' diagnoses in one statement, replacing an earlier computation of the same week while
 * keeping the answers already given (`user_responses`); a shop deleted meanwhile is skipped (not returned).
 */
export async function upsertWeeklyDiagnostics(
  db: Database,
  rows: readonly DiagnosticRow[],
): Promise<{ id: string; shopId: string; userResponses: StoredUserResponses }[]> {
  if (rows.length === 0) return [];
  const result = await db.execute<{ id: string; shop_id: string; user_responses: StoredUserResponses }>(sql`
    insert into weekly_diagnostics (${DIAGNOSTIC_COLUMNS})
    ${rowsOfExistingShops(rows)}
    on conflict (shop_id, iso_week) do update set
      week_start = excluded.week_start, week_end = excluded.week_end, revenue = excluded.revenue,
      orders = excluded.orders, leads = excluded.leads, ad_spend = excluded.ad_spend, cogs = excluded.cogs,
      returned_revenue = excluded.returned_revenue, shipping_cost = excluded.shipping_cost,
      payment_fees = excluded.payment_fees, fixed_cost = excluded.fixed_cost,
      net_profit = excluded.net_profit, aov = excluded.aov, cpl = excluded.cpl, cvr = excluded.cvr,
      roas = excluded.roas, break_even_roas = excluded.break_even_roas,
      days_recorded = excluded.days_recorded, issues = excluded.issues,
      profit_breakdown = excluded.profit_breakdown, report = excluded.report, updated_at = now()
    returning id, shop_id, user_responses`);
  return result.rows.map((r) => ({ id: r.id, shopId: r.shop_id, userResponses: r.user_responses }));
}

/** An action item of a diagnosis not stored yet: its diagnostic is found by shop (one week per call). */
export interface NewDiagnosisItem {
  shopId: string;
  issueCode: string;
  templateKey: string;
  params: TemplateParams;
  text: string;
  position: number;
}

/**
 * Stores the diagnoses of shops whose week has none yet, and their action items, in ONE statement; returns
 * the shops it stored. A shop whose week is already stored (an earlier run, another instance at the same
 * moment) is left untouched, for the caller to reconcile with upsertWeeklyDiagnostics and the answers; a
 * shop deleted meanwhile is skipped, with its items.
 */
export async function insertNewDiagnoses(
  db: Database,
  rows: readonly DiagnosticRow[],
  items: readonly NewDiagnosisItem[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await db.execute<{ shop_id: string }>(sql`
    with inserted as (
      insert into weekly_diagnostics (${DIAGNOSTIC_COLUMNS})
      ${rowsOfExistingShops(rows)}
      on conflict (shop_id, iso_week) do nothing
      returning id, shop_id
    ), items as (
      insert into action_items (diagnostic_id, shop_id, issue_code, template_key, params, text, position)
      select inserted.id, i."shopId", i."issueCode", i."templateKey", coalesce(i.params, '{}'::jsonb), i.text,
        i.position
      from json_to_recordset(${JSON.stringify(items)}::json)
        as i("shopId" uuid, "issueCode" text, "templateKey" text, params jsonb, text text, position int)
      join inserted on inserted.shop_id = i."shopId"
    )
    select shop_id from inserted`);
  return new Set(result.rows.map((r) => r.shop_id));
}

/** An open (pending or accepted) action item of a shop, with the ISO week of its diagnosis. */
export interface OpenItemOfWeek {
  id: string;
  shopId: string;
  text: string;
  isoWeek: string;
}

/**
 * The given shops' open action items of weeks other than `isoWeek`, the most recent week first: what a
 * diagnosis of that week does not ask a second time.
 */
export async function openItemsOfOtherWeeks(
  db: Database,
  isoWeek: string,
  shopIds: readonly string[],
): Promise<OpenItemOfWeek[]> {
  if (shopIds.length === 0) return [];
  const result = await db.execute<{ id: string; shop_id: string; text: string; iso_week: string }>(sql`
    select a.id, a.shop_id, a.text, d.iso_week from action_items a
    join weekly_diagnostics d on d.id = a.diagnostic_id and d.shop_id = a.shop_id
    where a.shop_id = any(${sql.param(shopIds)}::uuid[]) and a.status in ('pending', 'accepted')
      and d.iso_week <> ${isoWeek}
    order by d.iso_week desc, a.position`);
  return result.rows.map((r) => ({ id: r.id, shopId: r.shop_id, text: r.text, isoWeek: r.iso_week }));
}

/** An open item of an older week taken into a newer week's diagnosis, with its place and params there. */
export interface CarriedItem {
  id: string;
  shopId: string;
  params: TemplateParams;
  text: string;
  position: number;
}

/**
 * Moves open items of older weeks into the shops' diagnoses of `isoWeek` (same id and answer, the new
 * week's params and position) in one statement; an item answered or gone meanwhile stays where it is.
 */
export async function carryOpenItems(
  db: Database,
  isoWeek: string,
  items: readonly CarriedItem[],
): Promise<void> {
  if (items.length === 0) return;
  await db.execute(sql`
    update action_items a set diagnostic_id = d.id, params = coalesce(m.params, '{}'::jsonb), text = m.text,
      position = m.position, updated_at = now()
    from json_to_recordset(${JSON.stringify(items)}::json)
        as m(id uuid, "shopId" uuid, params jsonb, text text, position int)
      join weekly_diagnostics d on d.shop_id = m."shopId" and d.iso_week = ${isoWeek}
    where a.id = m.id and a.shop_id = m."shopId" and a.status in ('pending', 'accepted')`);
}

/** The action items of many diagnoses. */
export async function listActionItemsOfDiagnostics(
  db: Database,
  diagnosticIds: readonly string[],
): Promise<ActionItem[]> {
  if (diagnosticIds.length === 0) return [];
  return db
    .select()
    .from(actionItems)
    .where(sql`${actionItems.diagnosticId} = any(${sql.param(diagnosticIds)}::uuid[])`);
}

export interface NewActionItemRow extends NewDiagnosisItem {
  diagnosticId: string;
  status?: ActionItemStatus;
  statusChangedAt?: Date | null;
}

/**
 * Inserts many action items in one statement (see upsertWeeklyDiagnostics); the items of a shop or a
 * diagnosis deleted meanwhile are skipped.
 */
export async function insertActionItems(db: Database, rows: readonly NewActionItemRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = (pick: (r: NewActionItemRow) => string | number | null) => sql.param(rows.map(pick));
  await db.execute(sql`
    insert into action_items (diagnostic_id, shop_id, issue_code, template_key, params, text, position, status,
      status_changed_at)
    select i.* from unnest(
      ${column((r) => r.diagnosticId)}::uuid[], ${column((r) => r.shopId)}::uuid[], ${column((r) => r.issueCode)}::text[],
      ${column((r) => r.templateKey)}::text[], ${jsonbArray(rows.map((r) => r.params))},
      ${column((r) => r.text)}::text[], ${column((r) => r.position)}::int[],
      ${column((r) => r.status ?? 'pending')}::text[],
      ${column((r) => r.statusChangedAt?.toISOString() ?? null)}::timestamptz[])
      as i(diagnostic_id, shop_id, issue_code, template_key, params, text, position, status, status_changed_at)
    join shops on shops.id = i.shop_id
    join weekly_diagnostics d on d.id = i.diagnostic_id and d.shop_id = i.shop_id
    for key share of shops`);
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
  if (ids.length > 0)
    await db.delete(actionItems).where(sql`${actionItems.id} = any(${sql.param(ids)}::uuid[])`);
}

/** Removes the given shops' diagnoses of a week (their action items go with them). */
export async function deleteWeeklyDiagnosticsOfShops(
  db: Database,
  isoWeek: string,
  shopIds: readonly string[],
): Promise<void> {
  if (shopIds.length === 0) return;
  await db.execute(sql`
    delete from weekly_diagnostics
    where iso_week = ${isoWeek} and shop_id = any(${sql.param(shopIds)}::uuid[])`);
}

/** The given shops' goals for a month ('YYYY-MM'). */
export async function listMonthlyGoalsOfShops(
  db: Database,
  month: string,
  shopIds: readonly string[],
): Promise<MonthlyGoal[]> {
  if (shopIds.length === 0) return [];
  return db
    .select()
    .from(monthlyGoals)
    .where(
      and(eq(monthlyGoals.month, month), sql`${monthlyGoals.shopId} = any(${sql.param(shopIds)}::uuid[])`),
    );
}
