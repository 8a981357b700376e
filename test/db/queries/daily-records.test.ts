import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteDailyRecord,
  getDailyRecord,
  listDailyRecords,
  sumDailyRecords,
  upsertDailyRecord,
} from '../../../src/db/queries/daily-records.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop, exampleDay } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('daily record queries', () => {
  it('stores a day with its metrics, dates as YYYY-MM-DD and money as numbers', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const saved = await upsertDailyRecord(db, shop.id, exampleDay('2026-11-20', { enteredBy: user.id }));
    expect(saved).toMatchObject({
      shopId: shop.id,
      recordDate: '2026-11-20',
      orders: 15,
      revenue: 8_500_000,
      adSpend: 2_000_000,
      leads: 85,
      cogs: 3_400_000,
      aov: 566_667,
      cpl: 23_529,
      cvr: 17.65,
      roas: 4.25,
      netProfit: 3_100_000,
      presetId: null,
      enteredBy: user.id,
      metricFlags: [],
    });
    expect(await getDailyRecord(db, shop.id, '2026-11-20')).toEqual(saved);
  });

  it('replaces the day on a second save: one row per shop per day', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const first = await upsertDailyRecord(
      db,
      shop.id,
      exampleDay('2026-11-20', { enteredBy: user.id, metricFlags: ['cvr-overflow'] }),
    );
    const second = await upsertDailyRecord(
      db,
      shop.id,
      exampleDay('2026-11-20', { orders: 8, revenue: 4_000_000, cvr: null, roas: null }),
    );

    expect(second.id).toBe(first.id);
    expect(second.createdAt).toEqual(first.createdAt);
    expect(second.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect(second).toMatchObject({
      orders: 8,
      revenue: 4_000_000,
      cvr: null,
      enteredBy: null,
      metricFlags: [],
    });
    expect(await listDailyRecords(db, shop.id)).toHaveLength(1);
  });

  it("keeps each shop's days apart", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    await upsertDailyRecord(db, mai.shop.id, exampleDay('2026-11-20'));
    await upsertDailyRecord(db, lan.shop.id, exampleDay('2026-11-20', { orders: 1 }));

    expect((await getDailyRecord(db, mai.shop.id, '2026-11-20'))?.orders).toBe(15);
    expect(await listDailyRecords(db, lan.shop.id)).toHaveLength(1);
    expect(await deleteDailyRecord(db, lan.shop.id, '2026-11-20')).toBe(true);
    expect(await getDailyRecord(db, mai.shop.id, '2026-11-20')).not.toBeNull();
  });

  it('deletes a day once', async () => {
    const { shop } = await createOwnerWithShop(db);
    await upsertDailyRecord(db, shop.id, exampleDay('2026-11-20'));
    expect(await deleteDailyRecord(db, shop.id, '2026-11-20')).toBe(true);
    expect(await deleteDailyRecord(db, shop.id, '2026-11-20')).toBe(false);
    expect(await getDailyRecord(db, shop.id, '2026-11-20')).toBeNull();
  });

  it('lists a date range in date order, bounds included', async () => {
    const { shop } = await createOwnerWithShop(db);
    for (const date of ['2026-11-22', '2026-11-16', '2026-11-15', '2026-11-23', '2026-11-19']) {
      await upsertDailyRecord(db, shop.id, exampleDay(date));
    }
    const week = await listDailyRecords(db, shop.id, { from: '2026-11-16', to: '2026-11-22' });
    expect(week.map((r) => r.recordDate)).toEqual(['2026-11-16', '2026-11-19', '2026-11-22']);
    expect((await listDailyRecords(db, shop.id, { to: '2026-11-15' })).map((r) => r.recordDate)).toEqual([
      '2026-11-15',
    ]);
  });

  it('sums a range exactly, and gives zeros for no records', async () => {
    const { shop } = await createOwnerWithShop(db);
    for (let day = 16; day <= 22; day++) await upsertDailyRecord(db, shop.id, exampleDay(`2026-11-${day}`));
    await upsertDailyRecord(db, shop.id, exampleDay('2026-11-23', { revenue: 999_999_999_999 }));

    expect(await sumDailyRecords(db, shop.id, { from: '2026-11-16', to: '2026-11-22' })).toEqual({
      revenue: 59_500_000,
      orders: 105,
      leads: 595,
      adSpend: 14_000_000,
      cogs: 23_800_000,
      netProfit: 21_700_000,
      daysRecorded: 7,
    });
    expect(await sumDailyRecords(db, shop.id, { from: '2027-01-01' })).toEqual({
      revenue: 0,
      orders: 0,
      leads: 0,
      adSpend: 0,
      cogs: 0,
      netProfit: 0,
      daysRecorded: 0,
    });
  });
});
