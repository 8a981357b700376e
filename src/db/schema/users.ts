import { type AnyPgColumn, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';
import { shops } from './shops.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Telegram user id, as text (the seed's external auth id). */
    externalId: text('external_id').notNull().unique('uq_users_external_id'),
    email: text('email'),
    displayName: text('display_name'),
    language: text('language').notNull().default('vi'),
    /** The shop the user is working in; cleared when that shop is deleted. */
    currentShopId: uuid('current_shop_id').references((): AnyPgColumn => shops.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (table) => [index('idx_users_current_shop_id').on(table.currentShopId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
