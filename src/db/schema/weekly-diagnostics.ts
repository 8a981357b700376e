import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { dayCostColumns, timestamps, twoDecimals, vnd } from './columns.js';
import type {
  StoredIssue,
  StoredProfitBreakdown,
  StoredUserResponses,
  StoredWeekReport,
} from './json-types.js';
import { shops } from './shops.js';

/** A finished week's P&L and the issues found in it; written once the week is over, recomputed on edits. */
export const weeklyDiagnostics = pgTable(
  'weekly_diagnostics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    /** ISO week, e.g. '2026-W47'. */
    isoWeek: text('iso_week').notNull(),
    /** Monday and Sunday of the week, 'YYYY-MM-DD'. */
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    weekEnd: date('week_end', { mode: 'string' }).notNull(),

    // Exact week sums: VND, and counts (seven days of at most MAX_COUNT each fit an integer)
    revenue: vnd('revenue').notNull(),
    orders: integer('orders').notNull(),
    leads: integer('leads').notNull(),
    adSpend: vnd('ad_spend').notNull(),
    cogs: vnd('cogs').notNull(),
    /** Sums of the week's days' stored costs (see dayCostColumns). */
    ...dayCostColumns(),
    netProfit: vnd('net_profit').notNull(),

    // Week metrics computed from the sums (null when undefined or out of range)
    aov: vnd('aov'),
    cpl: vnd('cpl'),
    /** Percent (8.89 = 8.89 %). */
    cvr: twoDecimals('cvr'),
    roas: twoDecimals('roas'),
    breakEvenRoas: twoDecimals('break_even_roas'),
    daysRecorded: integer('days_recorded').notNull(),

    issues: jsonb('issues').$type<StoredIssue[]>().notNull().default([]),
    profitBreakdown: jsonb('profit_breakdown').$type<StoredProfitBreakdown>(),
    /** What the report is drawn from besides these sums, as diagnosed: what /week and the push show. */
    report: jsonb('report').$type<StoredWeekReport>(),
    userResponses: jsonb('user_responses').$type<StoredUserResponses>().notNull().default({}),
    ...timestamps(),
  },
  (t) => [
    // Leads with shop_id, so it is also the shop_id index.
    uniqueIndex('uq_weekly_diagnostics_shop_week').on(t.shopId, t.isoWeek),
    // The batch diagnosis reads every shop's earlier weeks by their Monday.
    index('idx_weekly_diagnostics_week_start').on(t.weekStart),
    check('chk_weekly_diagnostics_iso_week', sql`${t.isoWeek} ~ '^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$'`),
    check('chk_weekly_diagnostics_days_recorded', sql`${t.daysRecorded} between 0 and 7`),
    check('chk_weekly_diagnostics_week_range', sql`${t.weekEnd} = ${t.weekStart} + 6`),
  ],
);

export type WeeklyDiagnostic = typeof weeklyDiagnostics.$inferSelect;
export type NewWeeklyDiagnostic = typeof weeklyDiagnostics.$inferInsert;
