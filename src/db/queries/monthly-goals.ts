import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type MonthlyGoal, monthlyGoals } from '../schema/index.js';

export interface MonthlyGoalValues {
  /** 'YYYY-MM'. */
  month: string;
  revenueTarget: number;
  profitTarget?: number | null;
}

/** Sets the shop's goal for the month, replacing an earlier one. */
export async function upsertMonthlyGoal(
  db: Database,
  shopId: string,
  values: MonthlyGoalValues,
): Promise<MonthlyGoal> {
  const targets = { revenueTarget: values.revenueTarget, profitTarget: values.profitTarget ?? null };
  const [goal] = await db
    .insert(monthlyGoals)
    .values({ shopId, month: values.month, ...targets })
    .onConflictDoUpdate({
      target: [monthlyGoals.shopId, monthlyGoals.month],
      set: { ...targets, updatedAt: sql`now()` },
    })
    .returning();
  return goal!;
}

export async function getMonthlyGoal(
  db: Database,
  shopId: string,
  month: string,
): Promise<MonthlyGoal | null> {
  const [goal] = await db
    .select()
    .from(monthlyGoals)
    .where(and(eq(monthlyGoals.shopId, shopId), eq(monthlyGoals.month, month)))
    .limit(1);
  return goal ?? null;
}
