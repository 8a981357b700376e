import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { allOf, nonNegative, timestamps, vnd } from './columns.js';
import type { MetricFlag } from './json-types.js';
import { productPresets } from './product-presets.js';
import { shops } from './shops.js';
import { users } from './users.js';

/**
 * One row per shop per day: the four inputs, the day's COGS as it was when saved, and the derived metrics
 * (denormalized, as the seed prescribes). A metric that does not fit its column (CVR above 999.99 %, ROAS
 * above 9999.99) is stored as null with a flag in `metric_flags`.
 */
export const dailyRecords = pgTable(
  'daily_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    /** 'YYYY-MM-DD' in the shop's time zone. */
    recordDate: date('record_date', { mode: 'string' }).notNull(),
    orders: integer('orders').notNull(),
    revenue: vnd('revenue').notNull(),
    adSpend: vnd('ad_spend').notNull(),
    leads: integer('leads').notNull(),
    /** The day's COGS (revenue × cogs_ratio, or orders × preset COGS), VND. */
    cogs: vnd('cogs').notNull(),
    presetId: uuid('preset_id').references(() => productPresets.id, { onDelete: 'set null' }),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),

    // Calculated fields (denormalized)
    aov: vnd('aov'),
    cpl: vnd('cpl'),
    /** Orders / leads as a percentage (17.65 = 17.65 %). */
    cvr: numeric('cvr', { precision: 5, scale: 2, mode: 'number' }),
    roas: numeric('roas', { precision: 6, scale: 2, mode: 'number' }),
    netProfit: vnd('net_profit').notNull(),
    metricFlags: jsonb('metric_flags').$type<MetricFlag[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('uq_daily_records_shop_date').on(t.shopId, t.recordDate),
    index('idx_daily_records_shop_date').on(t.shopId, t.recordDate),
    index('idx_daily_records_preset_id').on(t.presetId),
    index('idx_daily_records_entered_by').on(t.enteredBy),
    check(
      'chk_daily_records_inputs_non_negative',
      allOf(...[t.orders, t.leads, t.revenue, t.adSpend].map(nonNegative)),
    ),
    check('chk_daily_records_cogs_non_negative', sql`${t.cogs} >= 0`),
  ],
);

export type DailyRecord = typeof dailyRecords.$inferSelect;
export type NewDailyRecord = typeof dailyRecords.$inferInsert;
