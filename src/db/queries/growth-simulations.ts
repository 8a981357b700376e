import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type GrowthSimulation, growthSimulations, type NewGrowthSimulation } from '../schema/index.js';

/** Stores one simulation of the shop. */
export async function insertGrowthSimulation(
  db: Database,
  shopId: string,
  values: Omit<NewGrowthSimulation, 'id' | 'shopId'>,
): Promise<GrowthSimulation> {
  const [row] = await db
    .insert(growthSimulations)
    .values({ ...values, shopId })
    .returning();
  return row!;
}

/** The shop's latest simulations, newest first. */
export async function listRecentGrowthSimulations(
  db: Database,
  shopId: string,
  limit: number,
): Promise<GrowthSimulation[]> {
  return db
    .select()
    .from(growthSimulations)
    .where(eq(growthSimulations.shopId, shopId))
    .orderBy(desc(growthSimulations.createdAt), desc(growthSimulations.id))
    .limit(limit);
}

/** One simulation of the shop; null when it is gone or belongs to another shop. */
export async function getGrowthSimulation(
  db: Database,
  shopId: string,
  simulationId: string,
): Promise<GrowthSimulation | null> {
  const [row] = await db
    .select()
    .from(growthSimulations)
    .where(and(eq(growthSimulations.shopId, shopId), eq(growthSimulations.id, simulationId)))
    .limit(1);
  return row ?? null;
}
