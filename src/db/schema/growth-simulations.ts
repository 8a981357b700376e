import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps, vnd } from './columns.js';
import type { StoredSimulationAssumptions } from './json-types.js';
import { shops } from './shops.js';

export const FEASIBILITY_LEVELS = ['easy', 'moderate', 'hard', 'unrealistic', 'insufficient-data'] as const;

/**
 * A growth projection for a monthly revenue target. With 'insufficient-data' the required_* and
 * projected_net_profit columns are null: the simulation refuses to guess.
 */
export const growthSimulations = pgTable(
  'growth_simulations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    targetRevenue: vnd('target_revenue').notNull(),
    /** Recorded days the projection was based on (out of the last 28). */
    basedOnDays: integer('based_on_days').notNull(),
    // BIGINT, not INTEGER: a far-fetched target with a tiny CVR must not overflow the insert.
    requiredOrders: bigint('required_orders', { mode: 'number' }),
    requiredLeads: bigint('required_leads', { mode: 'number' }),
    requiredAdSpend: vnd('required_ad_spend'),
    projectedNetProfit: vnd('projected_net_profit'),
    feasibilityLevel: text('feasibility_level', { enum: FEASIBILITY_LEVELS }).notNull(),
    assumptions: jsonb('assumptions').$type<StoredSimulationAssumptions>().notNull().default({}),
    ...timestamps(),
  },
  (t) => [
    index('idx_growth_simulations_shop_created').on(t.shopId, t.createdAt),
    check(
      'chk_growth_simulations_feasibility',
      sql`${t.feasibilityLevel} in ('easy', 'moderate', 'hard', 'unrealistic', 'insufficient-data')`,
    ),
    check('chk_growth_simulations_target', sql`${t.targetRevenue} >= 0 and ${t.basedOnDays} >= 0`),
  ],
);

export type GrowthSimulation = typeof growthSimulations.$inferSelect;
export type NewGrowthSimulation = typeof growthSimulations.$inferInsert;
