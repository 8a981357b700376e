import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertDailyRecords } from '../../src/db/queries/daily-records.js';
import { createProductPreset } from '../../src/db/queries/product-presets.js';
import { getUserById } from '../../src/db/queries/users.js';
import {
  dailyRecords,
  productPresets,
  shopSettings,
  shops,
  users,
  weeklyDiagnostics,
} from '../../src/db/schema/index.js';
import { useTestDatabase } from '../support/test-db.js';
import { createOwnerWithShop, diagnosedWeek, exampleDay } from './fixtures.js';

const db = await useTestDatabase();

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
      monthlyFixedCost: 0,
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
    await insertDailyRecords(db, shop.id, [
      exampleDay('2026-11-20', {
        revenue: big,
        adSpend: big - 1,
        cogs: big - 2,
        netProfit: -(big - 3),
        aov: big,
      }),
    ]);
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
    await insertDailyRecords(db, shop.id, [
      exampleDay('2026-11-20', { cvr: 9999.99, roas: 9999.99 }),
      exampleDay('2026-11-21', { cvr: 17.65, roas: 1.6 }),
    ]);
    const rows = await db
      .select({ cvr: dailyRecords.cvr, roas: dailyRecords.roas })
      .from(dailyRecords)
      .orderBy(dailyRecords.recordDate);
    expect(rows).toEqual([
      { cvr: 9999.99, roas: 9999.99 },
      { cvr: 17.65, roas: 1.6 },
    ]);
  });

  it('refuses a CVR that does not fit numeric(6,2) instead of storing a wrong value', async () => {
    const { shop } = await createOwnerWithShop(db);
    expect(
      await pgErrorCode(insertDailyRecords(db, shop.id, [exampleDay('2026-11-20', { cvr: 10_000 })])),
    ).toBe('22003');
  });

  it('stores a CVR, a ROAS and the counts of a week in the same columns as a day', async () => {
    const { shop } = await createOwnerWithShop(db);
    const columns = await db.execute<{
      column_name: string;
      data_type: string;
      precision: number | null;
    }>(sql`
      select table_name || '.' || column_name as column_name, data_type, numeric_precision as precision
      from information_schema.columns
      where table_name in ('daily_records', 'weekly_diagnostics', 'entry_drafts')
        and column_name in ('orders', 'leads', 'cvr', 'roas')
      order by 1`);
    expect(columns.rows.map((r) => `${r.column_name} ${r.data_type} ${r.precision}`)).toEqual([
      'daily_records.cvr numeric 6',
      'daily_records.leads integer 32',
      'daily_records.orders integer 32',
      'daily_records.roas numeric 6',
      'entry_drafts.cvr numeric 6',
      'entry_drafts.leads integer 32',
      'entry_drafts.orders integer 32',
      'entry_drafts.roas numeric 6',
      'weekly_diagnostics.cvr numeric 6',
      'weekly_diagnostics.leads integer 32',
      'weekly_diagnostics.orders integer 32',
      'weekly_diagnostics.roas numeric 6',
    ]);
    await db
      .insert(weeklyDiagnostics)
      .values({ ...diagnosedWeek({ orders: 70_000_000, cvr: 9999.99 }), shopId: shop.id });
    const [week] = await db.select().from(weeklyDiagnostics);
    expect(week).toMatchObject({ orders: 70_000_000, cvr: 9999.99 });
    expect(typeof week!.orders).toBe('number');
  });

  it('refuses negative inputs and out-of-range settings with CHECK constraints', async () => {
    const { shop } = await createOwnerWithShop(db);
    expect(
      await pgErrorCode(insertDailyRecords(db, shop.id, [exampleDay('2026-11-20', { revenue: -1 })])),
    ).toBe('23514');
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
    await insertDailyRecords(db, shop.id, [exampleDay('2026-11-20')]);
    await insertDailyRecords(db, other.shop.id, [exampleDay('2026-11-20')]);
    await db.insert(weeklyDiagnostics).values({ ...diagnosedWeek(), shopId: shop.id });

    await db.delete(shops).where(eq(shops.id, shop.id));

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
    await insertDailyRecords(db, shop.id, [
      exampleDay('2026-11-20', { presetId: preset!.id, cogs: 3_000_000 }),
    ]);

    await db.delete(productPresets).where(eq(productPresets.id, preset!.id));

    const [row] = await db.select().from(dailyRecords);
    expect(row).toMatchObject({ presetId: null, cogs: 3_000_000 });
  });
});
