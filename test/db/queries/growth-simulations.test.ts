import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertGrowthSimulation, listGrowthSimulations } from '../../../src/db/queries/growth-simulations.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('growth simulation queries', () => {
  it('stores a projection and one that lacked data', async () => {
    const { shop } = await createOwnerWithShop(db);
    const projected = await insertGrowthSimulation(db, shop.id, {
      targetRevenue: 300_000_000,
      basedOnDays: 28,
      requiredOrders: 530,
      requiredLeads: 3_003,
      requiredAdSpend: 70_664_000,
      projectedNetProfit: 109_336_000,
      feasibilityLevel: 'moderate',
      assumptions: { aov: 566_667, cvr: 0.1765, cpl: 23_529, marginRatio: 0.6 },
    });
    const unknown = await insertGrowthSimulation(db, shop.id, {
      targetRevenue: 10_000_000_000_000,
      basedOnDays: 3,
      feasibilityLevel: 'insufficient-data',
    });

    expect(projected).toMatchObject({ requiredAdSpend: 70_664_000, assumptions: { cvr: 0.1765 } });
    expect(unknown).toMatchObject({ requiredOrders: null, projectedNetProfit: null, assumptions: {} });
    expect((await listGrowthSimulations(db, shop.id)).map((s) => s.id).sort()).toEqual(
      [projected.id, unknown.id].sort(),
    );
  });
});
