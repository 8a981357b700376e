import { describe, expect, it } from 'vitest';
import { getMonthlyGoal, upsertMonthlyGoal } from '../../../src/db/queries/monthly-goals.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('monthly goal queries', () => {
  it('sets and replaces the goal of a month', async () => {
    const { shop } = await createOwnerWithShop(db);
    const first = await upsertMonthlyGoal(db, shop.id, {
      month: '2026-11',
      revenueTarget: 300_000_000,
      profitTarget: 60_000_000,
    });
    const second = await upsertMonthlyGoal(db, shop.id, { month: '2026-11', revenueTarget: 250_000_000 });

    expect(second).toMatchObject({ id: first.id, revenueTarget: 250_000_000, profitTarget: null });
    expect(await getMonthlyGoal(db, shop.id, '2026-11')).toEqual(second);
    expect(await getMonthlyGoal(db, shop.id, '2026-12')).toBeNull();
  });

  it('refuses a month that is not YYYY-MM', async () => {
    const { shop } = await createOwnerWithShop(db);
    await expect(upsertMonthlyGoal(db, shop.id, { month: '2026-13', revenueTarget: 1 })).rejects.toThrow();
  });
});
