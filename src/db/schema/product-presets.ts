import { sql } from 'drizzle-orm';
import { check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps, vnd } from './columns.js';
import { shops } from './shops.js';

export const productPresets = pgTable(
  'product_presets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sellPrice: vnd('sell_price').notNull(),
    /** COGS of one unit, VND. */
    cogs: vnd('cogs').notNull(),
    ...timestamps(),
  },
  (t) => [
    // Leads with shop_id, so it is also the shop_id index.
    uniqueIndex('uq_product_presets_shop_name').on(t.shopId, t.name),
    check('chk_product_presets_money', sql`${t.sellPrice} >= 0 and ${t.cogs} >= 0`),
    check('chk_product_presets_name_not_blank', sql`length(btrim(${t.name})) > 0`),
  ],
);

export type ProductPreset = typeof productPresets.$inferSelect;
export type NewProductPreset = typeof productPresets.$inferInsert;
