import { check, date, index, integer, jsonb, numeric, pgTable, uuid } from 'drizzle-orm/pg-core';
import { allOf, nonNegative, timestamps, vnd } from './columns.js';
import type { MetricFlag } from './json-types.js';
import { productPresets } from './product-presets.js';
import { shops } from './shops.js';
import { users } from './users.js';

/** A daily entry shown on a confirmation card and not saved yet; deleted when it is booked or replaced. */
export const entryDrafts = pgTable(
  'entry_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recordDate: date('record_date', { mode: 'string' }).notNull(),
    orders: integer('orders').notNull(),
    revenue: vnd('revenue').notNull(),
    adSpend: vnd('ad_spend').notNull(),
    leads: integer('leads').notNull(),
    presetId: uuid('preset_id').references(() => productPresets.id, { onDelete: 'set null' }),
    // The metrics shown on the card, computed when it was drafted: Save books exactly what the owner saw.
    cogs: vnd('cogs').notNull(),
    aov: vnd('aov'),
    cpl: vnd('cpl'),
    cvr: numeric('cvr', { precision: 5, scale: 2, mode: 'number' }),
    roas: numeric('roas', { precision: 6, scale: 2, mode: 'number' }),
    netProfit: vnd('net_profit').notNull(),
    metricFlags: jsonb('metric_flags').$type<MetricFlag[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [
    index('idx_entry_drafts_shop_id').on(t.shopId),
    index('idx_entry_drafts_user_id').on(t.userId),
    index('idx_entry_drafts_created_at').on(t.createdAt),
    check(
      'chk_entry_drafts_inputs_non_negative',
      allOf(...[t.orders, t.leads, t.revenue, t.adSpend].map(nonNegative)),
    ),
  ],
);

export type EntryDraft = typeof entryDrafts.$inferSelect;
export type NewEntryDraft = typeof entryDrafts.$inferInsert;
