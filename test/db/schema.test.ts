import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { upsertDailyRecord } from '../../src/db/queries/daily-records.js';
import { createProductPreset, deleteProductPreset } from '../../src/db/queries/product-presets.js';
import { deleteShopForOwner } from '../../src/db/queries/shops.js';
import { getUserById } from '../../src/db/queries/users.js';
import { dailyRecords, shopSettings, shops, users, weeklyDiagnostics } from '../../src/db/schema/index.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';
import { createOwnerWithShop, exampleDay } from './fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

/** The PostgreSQL error code behind a Drizzle query error (Drizzle wraps the driver's error in `cause`). */
async function pgErrorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
  return undefined;
}

describe('schema', () => {
  it('gives a shop inserted with only its id working default settings', async () => {
    const [user] = await db.insert(users).values({ externalId: '1' }).returning();
    const [shop] = await db.insert(shops).values({ ownerId: user!.id, name: 'Shop' }).returning();
    const [settings] = await db.insert(shopSettings).values({ shopId: shop!.id }).returning();

    expect(user).toMatchObject({ language: 'vi', currentShopId: null, email: null });
    expect(shop?.currency).toBe('VND');
    expect(settings).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      reminderEnabled: true,
      reminderTime: '21:00',
      weeklyPushEnabled: true,
      weeklyPushDay: 1,
      weeklyPushTime: '08:00',
      alertsEnabled: true,
      cogsRatio: 0.4,
      paymentFeeRatio: 0,
      shippingCostPerOrder: 0,
      dailyFixedCost: 0,
      targetRoas: null,
      maxCpl: null,
      minCvr: 0.1,
      cplSpikeMultiplier: 1.3,
      revenueDropRatio: 0.2,
      aovDropRatio: 0.15,
      spendUpRatio: 0.15,
      ordersFlatRatio: 0.02,
      minDaysRecorded: 6,
      goalPaceRatio: 0.9,
      adMinDays: 3,
      adMinSpend: 300_000,
      adKillMultiplier: 3,
      targetCpl: null,
      targetCpa: null,
      adScaleRoas: null,
      adMinConversions: 3,
      adScaleStepRatio: 0.2,
      adMinCtr: 0.01,
      adMinImpressions: 1000,
      adCpmSpikeMultiplier: 1.5,
    });
    expect(settings?.createdAt).toBeInstanceOf(Date);
    expect(settings?.updatedAt).toBeInstanceOf(Date);
  });

  it('round-trips VND amounts near 10^12 exactly', async () => {
    const { shop } = await createOwnerWithShop(db);
    const big = 999_999_999_999;
    await upsertDailyRecord(
      db,
      shop.id,
      exampleDay('2026-11-20', {
        revenue: big,
        adSpend: big - 1,
        cogs: big - 2,
        netProfit: -(big - 3),
        aov: big,
      }),
    );
    const [row] = await db.select().from(dailyRecords).where(eq(dailyRecords.shopId, shop.id));
    expect(row).toMatchObject({
      revenue: big,
      adSpend: big - 1,
      cogs: big - 2,
      netProfit: -(big - 3),
      aov: big,
    });
    expect(typeof row?.revenue).toBe('number');
  });

  it('reads numeric columns back as numbers, at their edges too', async () => {
    const { shop } = await createOwnerWithShop(db);
    await upsertDailyRecord(db, shop.id, exampleDay('2026-11-20', { cvr: 999.99, roas: 9999.99 }));
    await upsertDailyRecord(db, shop.id, exampleDay('2026-11-21', { cvr: 17.65, roas: 1.6 }));
    const rows = await db
      .select({ cvr: dailyRecords.cvr, roas: dailyRecords.roas })
      .from(dailyRecords)
      .orderBy(dailyRecords.recordDate);
    expect(rows).toEqual([
      { cvr: 999.99, roas: 9999.99 },
      { cvr: 17.65, roas: 1.6 },
    ]);
  });

  it('refuses a CVR that does not fit numeric(5,2) instead of storing a wrong value', async () => {
    const { shop } = await createOwnerWithShop(db);
    expect(await pgErrorCode(upsertDailyRecord(db, shop.id, exampleDay('2026-11-20', { cvr: 1000 })))).toBe(
      '22003',
    );
  });

  it('refuses negative inputs and out-of-range settings with CHECK constraints', async () => {
    const { shop } = await createOwnerWithShop(db);
    expect(await pgErrorCode(upsertDailyRecord(db, shop.id, exampleDay('2026-11-20', { revenue: -1 })))).toBe(
      '23514',
    );
    expect(
      await pgErrorCode(
        db.update(shopSettings).set({ cogsRatio: 1.5 }).where(eq(shopSettings.shopId, shop.id)),
      ),
    ).toBe('23514');
    expect(
      await pgErrorCode(
        db.update(shopSettings).set({ reminderTime: '25:00' }).where(eq(shopSettings.shopId, shop.id)),
      ),
    ).toBe('23514');
  });

  it('deletes everything of a shop with the shop, and clears it as current shop', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const other = await createOwnerWithShop(db, { shopName: 'Other' });
    await upsertDailyRecord(db, shop.id, exampleDay('2026-11-20'));
    await upsertDailyRecord(db, other.shop.id, exampleDay('2026-11-20'));
    await db.insert(weeklyDiagnostics).values({
      shopId: shop.id,
      isoWeek: '2026-W47',
      weekStart: '2026-11-16',
      weekEnd: '2026-11-22',
      revenue: 0,
      orders: 0,
      leads: 0,
      adSpend: 0,
      cogs: 0,
      netProfit: 0,
      daysRecorded: 0,
    });

    expect(await deleteShopForOwner(db, user.id, shop.id)).toBe(true);

    expect(await db.select().from(dailyRecords)).toHaveLength(1);
    expect(await db.select().from(shopSettings)).toHaveLength(1);
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(0);
    expect((await getUserById(db, user.id))?.currentShopId).toBeNull();
  });

  it("keeps a day's stored COGS when its preset is deleted", async () => {
    const { shop } = await createOwnerWithShop(db);
    const preset = await createProductPreset(db, shop.id, {
      name: 'Bó hồng',
      sellPrice: 500_000,
      cogs: 200_000,
    });
    await upsertDailyRecord(db, shop.id, exampleDay('2026-11-20', { presetId: preset!.id, cogs: 3_000_000 }));

    expect(await deleteProductPreset(db, shop.id, preset!.id)).toBe(true);

    const [row] = await db.select().from(dailyRecords);
    expect(row).toMatchObject({ presetId: null, cogs: 3_000_000 });
  });
});
