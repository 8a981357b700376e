import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { allOf, dayInputColumns, dayMetricColumns, nonNegative, timestamps } from './columns.js';
import type { StoredProductLine } from './json-types.js';
import { productPresets } from './product-presets.js';
import { shops } from './shops.js';
import { users } from './users.js';

/**
 * One row per shop per day: the four inputs, the day's COGS as it was when saved, and the derived metrics
 * (denormalized, as the seed prescribes). A metric that does not fit its column (CVR above 9999.99 %, ROAS
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
    ...dayInputColumns(),
    presetId: uuid('preset_id').references(() => productPresets.id, { onDelete: 'set null' }),
    /** The products picked for the day (COGS = Σ orders × unit COGS); null when COGS came from the ratio. */
    products: jsonb('products').$type<StoredProductLine[]>(),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    ...dayMetricColumns(),
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
