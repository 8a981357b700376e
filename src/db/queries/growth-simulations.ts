import { desc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type GrowthSimulation, growthSimulations, type NewGrowthSimulation } from '../schema/index.js';

export type GrowthSimulationValues = Omit<NewGrowthSimulation, 'id' | 'shopId' | 'createdAt' | 'updatedAt'>;

export async function insertGrowthSimulation(
  db: Database,
  shopId: string,
  values: GrowthSimulationValues,
): Promise<GrowthSimulation> {
  const [simulation] = await db
    .insert(growthSimulations)
    .values({ ...values, shopId })
    .returning();
  return simulation!;
}

/** The shop's simulations, newest first. */
export async function listGrowthSimulations(
  db: Database,
  shopId: string,
  limit = 10,
): Promise<GrowthSimulation[]> {
  return db
    .select()
    .from(growthSimulations)
    .where(eq(growthSimulations.shopId, shopId))
    .orderBy(desc(growthSimulations.createdAt), desc(growthSimulations.id))
    .limit(limit);
}
