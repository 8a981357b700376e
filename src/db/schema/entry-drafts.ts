import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { allOf, dayInputColumns, dayMetricColumns, nonNegative, timestamps } from './columns.js';
import type { StoredProductLine } from './json-types.js';
import { productPresets } from './product-presets.js';
import { shops } from './shops.js';
import { users } from './users.js';

/**
 * A daily entry shown on a confirmation card. Save books it and stamps `saved_at` (the row stays, so a
 * second press on the old card can answer "already saved"); Edit deletes it. Old rows are cleaned up nightly.
 */
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
    ...dayInputColumns(),
    presetId: uuid('preset_id').references(() => productPresets.id, { onDelete: 'set null' }),
    /** The products picked for the day (COGS = Σ orders × unit COGS); null when COGS came from the ratio. */
    products: jsonb('products').$type<StoredProductLine[]>(),
    // The metrics its card shows, counted when the card was last drawn: Save books exactly what the owner saw.
    ...dayMetricColumns(),
    savedAt: timestamp('saved_at', { withTimezone: true, mode: 'date' }),
    /** The message showing the draft's card (in the owner's private chat), so /cancel can take its buttons off. */
    cardMessageId: integer('card_message_id'),
    /**
     * The saved day the card compared the entry with (old → new), or that the day had no record, as its
     * fingerprint (overwrittenDayVersion): Save books only while the day is still that. Null: not known.
     */
    shownDay: text('shown_day'),
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
