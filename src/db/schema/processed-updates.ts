import { bigint, index, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';

/**
 * Telegram delivers an update at least once (again after a crash, a timeout or a failed confirmation).
 * A row here is written in the same transaction as the update's effects, so an update id is handled once
 * per bot: a redelivered one finds its row and is skipped. Rows older than a day are pruned; Telegram
 * does not redeliver that late.
 */
export const processedUpdates = pgTable(
  'processed_updates',
  {
    botId: bigint('bot_id', { mode: 'number' }).notNull(),
    updateId: bigint('update_id', { mode: 'number' }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'pk_processed_updates', columns: [t.botId, t.updateId] }),
    index('idx_processed_updates_processed_at').on(t.processedAt),
  ],
);

export type ProcessedUpdate = typeof processedUpdates.$inferSelect;
