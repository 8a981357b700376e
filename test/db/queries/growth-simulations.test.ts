import { describe, expect, it } from 'vitest';
import {
  getGrowthSimulation,
  insertGrowthSimulation,
  listRecentGrowthSimulations,
} from '../../../src/db/queries/growth-simulations.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

const simulation = (targetRevenue: number, at: string) => ({
  targetRevenue,
  basedOnDays: 28,
  requiredOrders: 600,
  requiredLeads: 3_000,
  requiredAdSpend: 64_500_000,
  projectedNetProfit: 115_500_000,
  feasibilityLevel: 'hard' as const,
  assumptions: { aov: 500_000, cvr: 0.2 },
  createdAt: new Date(at),
});

describe('growth simulation queries', () => {
  it('stores simulations and lists a shop’s latest, newest first', async () => {
    const { shop } = await createOwnerWithShop(db);
    const first = await insertGrowthSimulation(db, shop.id, simulation(100_000_000, '2026-11-01T10:00:00Z'));
    await insertGrowthSimulation(db, shop.id, simulation(200_000_000, '2026-11-02T10:00:00Z'));
    await insertGrowthSimulation(db, shop.id, simulation(300_000_000, '2026-11-03T10:00:00Z'));
    expect(first).toMatchObject({ shopId: shop.id, ...simulation(100_000_000, '2026-11-01T10:00:00Z') });

    const latest = await listRecentGrowthSimulations(db, shop.id, 2);
    expect(latest.map((s) => s.targetRevenue)).toEqual([300_000_000, 200_000_000]);
    expect(await getGrowthSimulation(db, shop.id, first.id)).toEqual(first);
  });

  it('never reads another shop’s simulations', async () => {
    const mine = await createOwnerWithShop(db);
    const theirs = await createOwnerWithShop(db);
    const row = await insertGrowthSimulation(
      db,
      theirs.shop.id,
      simulation(300_000_000, '2026-11-03T10:00:00Z'),
    );
    expect(await listRecentGrowthSimulations(db, mine.shop.id, 5)).toEqual([]);
    expect(await getGrowthSimulation(db, mine.shop.id, row.id)).toBeNull();
  });

  it('keeps a far-fetched simulation’s counts exact past INTEGER', async () => {
    const { shop } = await createOwnerWithShop(db);
    const row = await insertGrowthSimulation(db, shop.id, {
      ...simulation(1_000_000_000_000, '2026-11-03T10:00:00Z'),
      requiredOrders: 5_000_000_000,
      requiredLeads: 500_000_000_000,
      feasibilityLevel: 'unrealistic',
    });
    expect(await getGrowthSimulation(db, shop.id, row.id)).toMatchObject({
      requiredOrders: 5_000_000_000,
      requiredLeads: 500_000_000_000,
    });
  });
});
