import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { AD_CHANNELS, AD_RESPONSES } from '../../domain/ad-choices.js';
import { allOf, nonNegative, timestamps, vnd } from './columns.js';
import type { StoredAdBasis, StoredAdReason, StoredEarlyKillSignal } from './json-types.js';
import { shops } from './shops.js';

export const AD_DECISIONS = ['SCALE', 'KEEP', 'KILL'] as const;
export { AD_CHANNELS, AD_RESPONSES };

/** One SCALE / KEEP / KILL verdict on an ad, with the numbers it was based on (history per ad). */
export const adDecisions = pgTable(
  'ad_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    adName: text('ad_name').notNull(),
    channel: text('channel', { enum: AD_CHANNELS }).notNull().default('other'),
    daysRunning: integer('days_running').notNull(),
    spend: vnd('spend').notNull(),
    leads: integer('leads').notNull(),
    orders: integer('orders').notNull(),
    revenue: vnd('revenue').notNull(),
    impressions: bigint('impressions', { mode: 'number' }),
    clicks: bigint('clicks', { mode: 'number' }),
    decision: text('decision', { enum: AD_DECISIONS }).notNull(),
    reasons: jsonb('reasons').$type<StoredAdReason[]>().notNull().default([]),
    earlyKillSignals: jsonb('early_kill_signals').$type<StoredEarlyKillSignal[]>().notNull().default([]),
    /** Suggested budget change as a ratio (0.2 = +20 %), null when none. */
    suggestedBudgetChangeRatio: numeric('suggested_budget_change_ratio', {
      precision: 5,
      scale: 4,
      mode: 'number',
    }),
    /** The reference numbers (break-even CPA, CPL, ROAS…) the decision used, and whether the owner set them. */
    basis: jsonb('basis').$type<StoredAdBasis>(),
    ownerResponse: text('owner_response', { enum: AD_RESPONSES }),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [
    index('idx_ad_decisions_shop_ad_created').on(t.shopId, t.adName, t.createdAt),
    check('chk_ad_decisions_decision', sql`${t.decision} in ('SCALE', 'KEEP', 'KILL')`),
    check('chk_ad_decisions_channel', sql`${t.channel} in ('facebook', 'tiktok', 'zalo', 'other')`),
    check(
      'chk_ad_decisions_owner_response',
      sql`${t.ownerResponse} is null or ${t.ownerResponse} in ('done', 'later')`,
    ),
    check(
      'chk_ad_decisions_inputs_non_negative',
      allOf(
        ...[t.daysRunning, t.spend, t.leads, t.orders, t.revenue, t.impressions, t.clicks].map(nonNegative),
      ),
    ),
  ],
);

export type AdDecision = typeof adDecisions.$inferSelect;
export type NewAdDecision = typeof adDecisions.$inferInsert;
