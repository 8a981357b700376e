import { describe, expect, it } from 'vitest';
import { getDailyRecord } from '../../../src/db/queries/daily-records.js';
import { loadEntryContext } from '../../../src/db/queries/entry-context.js';
import { createProductPreset } from '../../../src/db/queries/product-presets.js';
import { insertDays } from '../../support/record-fixtures.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('the context of an entry card', () => {
  it("reads the day's record, the last days before it (newest first, at most the limit) and whether the shop has products", async () => {
    const { shop } = await createOwnerWithShop(db);
    const { shop: other } = await createOwnerWithShop(db, { shopName: 'Other' });
    await insertDays(db, shop.id, [
      ['2026-11-01', 10, 5_000_000, 1_000_000, 40],
      ['2026-11-03', 12, 6_000_000, 1_200_000, 50],
      ['2026-11-04', 14, 7_000_000, 1_400_000, 60],
      ['2026-11-05', 15, 8_500_000, 2_000_000, 85],
      ['2026-11-07', 20, 9_000_000, 2_500_000, 90],
    ]);
    await insertDays(db, other.id, [['2026-11-02', 1, 100_000, 10_000, 5]]);

    const context = await loadEntryContext(db, shop.id, '2026-11-05', 2);
    expect(context.saved).toEqual(await getDailyRecord(db, shop.id, '2026-11-05'));
    expect(context.saved).toMatchObject({ orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 });
    expect(context.recent).toEqual([
      { orders: 14, revenue: 7_000_000, adSpend: 1_400_000, leads: 60 },
      { orders: 12, revenue: 6_000_000, adSpend: 1_200_000, leads: 50 },
    ]);
    expect(context.hasProductPresets).toBe(false);

    // A day with no record, after every saved one; no day before the first; another shop's days are not read.
    await createProductPreset(db, shop.id, { name: 'Áo thun', sellPrice: 150_000, cogs: 80_000 });
    expect(await loadEntryContext(db, shop.id, '2026-11-02', 28)).toEqual({
      saved: null,
      recent: [{ orders: 10, revenue: 5_000_000, adSpend: 1_000_000, leads: 40 }],
      hasProductPresets: true,
    });
    expect(await loadEntryContext(db, shop.id, '2026-11-01', 28)).toMatchObject({ recent: [] });
    expect(await loadEntryContext(db, other.id, '2026-11-30', 28)).toMatchObject({
      saved: null,
      recent: [{ orders: 1, revenue: 100_000, adSpend: 10_000, leads: 5 }],
      hasProductPresets: false,
    });
  });
});
