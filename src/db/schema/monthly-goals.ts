import { sql } from 'drizzle-orm';
import { check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps, vnd } from './columns.js';
import { shops } from './shops.js';

export const monthlyGoals = pgTable(
  'monthly_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    revenueTarget: vnd('revenue_target').notNull(),
    profitTarget: vnd('profit_target'),
    ...timestamps(),
  },
  (t) => [
    // Leads with shop_id, so it is also the shop_id index.
    uniqueIndex('uq_monthly_goals_shop_month').on(t.shopId, t.month),
    check('chk_monthly_goals_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('chk_monthly_goals_revenue_target', sql`${t.revenueTarget} >= 0`),
  ],
);

export type MonthlyGoal = typeof monthlyGoals.$inferSelect;
export type NewMonthlyGoal = typeof monthlyGoals.$inferInsert;
