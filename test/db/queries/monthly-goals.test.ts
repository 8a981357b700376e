import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteMonthlyGoal,
  getMonthlyGoal,
  upsertMonthlyGoal,
} from '../../../src/db/queries/monthly-goals.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('monthly goal queries', () => {
  it('sets, replaces and deletes the goal of a month', async () => {
    const { shop } = await createOwnerWithShop(db);
    const first = await upsertMonthlyGoal(db, shop.id, {
      month: '2026-11',
      revenueTarget: 300_000_000,
      profitTarget: 60_000_000,
    });
    const second = await upsertMonthlyGoal(db, shop.id, { month: '2026-11', revenueTarget: 250_000_000 });

    expect(second).toMatchObject({ id: first.id, revenueTarget: 250_000_000, profitTarget: null });
    expect(await getMonthlyGoal(db, shop.id, '2026-12')).toBeNull();
    expect(await deleteMonthlyGoal(db, shop.id, '2026-11')).toBe(true);
    expect(await getMonthlyGoal(db, shop.id, '2026-11')).toBeNull();
  });

  it('refuses a month that is not YYYY-MM', async () => {
    const { shop } = await createOwnerWithShop(db);
    await expect(upsertMonthlyGoal(db, shop.id, { month: '2026-13', revenueTarget: 1 })).rejects.toThrow();
  });
});
