import { describe, expect, it } from 'vitest';
import { listDailyRecords, sumDailyRecords } from '../../../src/db/queries/daily-records.js';
import { getMonthlyGoal } from '../../../src/db/queries/monthly-goals.js';
import { listOwnerProductPresets } from '../../../src/db/queries/owner-data-rows.js';
import { loadOwnerByExternalId } from '../../../src/db/queries/owners.js';
import { getShopSettings } from '../../../src/db/queries/shop-settings.js';
import { createUser } from '../../../src/db/queries/users.js';
import { generateDemoData } from '../../../src/db/seed/demo-data.js';
import { seedDemoData } from '../../../src/db/seed/seed-demo-data.js';
import { useTestDatabase } from '../../support/test-db.js';

const db = await useTestDatabase();

const endDate = '2026-11-23';

describe('seedDemoData', () => {
  it('writes two shops with their days, settings, presets and goal, metrics computed', async () => {
    const seeded = await seedDemoData(db, { endDate });
    const demo = generateDemoData({ endDate });
    expect(seeded.map((s) => s.shop.name)).toEqual(['Hoa Mai Florist', 'Lan Fashion']);

    const fashion = seeded[1]!;
    expect(await getShopSettings(db, fashion.shop.id)).toMatchObject({
      cogsRatio: 0.5,
      shippingCostPerOrder: 15_000,
      monthlyFixedCost: 9_000_000,
    });
    expect((await listOwnerProductPresets(db, fashion.user.id)).map((p) => p.shopId)).toEqual([
      fashion.shop.id,
      fashion.shop.id,
    ]);
    expect(await getMonthlyGoal(db, fashion.shop.id, '2026-11')).toMatchObject({
      revenueTarget: 250_000_000,
    });
    expect((await loadOwnerByExternalId(db, fashion.user.externalId))?.shop?.id).toBe(fashion.shop.id);

    const records = await listDailyRecords(db, fashion.shop.id);
    expect(records).toHaveLength(demo[1]!.days.length);
    const day = records.at(-1)!;
    const { recordDate, orders, revenue, adSpend, leads } = day;
    expect({ date: recordDate, orders, revenue, adSpend, leads }).toEqual(demo[1]!.days.at(-1));
    const cogs = Math.round(revenue * 0.5);
    const fee = Math.round(revenue * 0.02);
    expect(day.cogs).toBe(cogs);
    // 9.000.000 a month over November's 30 days: 300.000 on 23/11.
    expect(day.netProfit).toBe(revenue - cogs - fee - orders * 15_000 - adSpend - 300_000);
    expect(day.enteredBy).toBe(fashion.user.id);
  });

  it('replaces the demo data when run again, leaving other users alone', async () => {
    const someone = await createUser(db, { externalId: '12345' });
    await seedDemoData(db, { endDate: '2026-11-16' });
    const again = await seedDemoData(db, { endDate });

    const flowers = again[0]!;
    const totals = await sumDailyRecords(db, flowers.shop.id);
    expect(totals.daysRecorded).toBe(flowers.daysRecorded);
    expect((await listDailyRecords(db, flowers.shop.id)).at(-1)?.recordDate).toBe(endDate);
    expect((await loadOwnerByExternalId(db, '900000001'))?.user.id).toBe(flowers.user.id);
    expect(await loadOwnerByExternalId(db, someone.externalId)).not.toBeNull();
  });
});
