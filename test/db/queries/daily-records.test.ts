import { describe, expect, it } from 'vitest';
import {
  deleteDailyRecord,
  getDailyRecord,
  insertDailyRecords,
  listDailyRecords,
  sumDailyRecords,
} from '../../../src/db/queries/daily-records.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop, exampleDay, exampleWeekTotals } from '../fixtures.js';

const db = await useTestDatabase();

describe('daily record queries', () => {
  it('stores a day with its metrics, dates as YYYY-MM-DD and money as numbers', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    expect(await insertDailyRecords(db, shop.id, [exampleDay('2026-11-20', { enteredBy: user.id })])).toBe(1);
    expect(await getDailyRecord(db, shop.id, '2026-11-20')).toMatchObject({
      shopId: shop.id,
      ...exampleDay('2026-11-20'),
      presetId: null,
      enteredBy: user.id,
      metricFlags: [],
    });
  });

  it('refuses a second row for a day the shop already has', async () => {
    const { shop } = await createOwnerWithShop(db);
    await insertDailyRecords(db, shop.id, [exampleDay('2026-11-20')]);
    await expect(
      insertDailyRecords(db, shop.id, [exampleDay('2026-11-20', { orders: 8 })]),
    ).rejects.toThrow();
    expect(await listDailyRecords(db, shop.id)).toHaveLength(1);
    expect(await insertDailyRecords(db, shop.id, [])).toBe(0);
  });

  it("keeps each shop's days apart", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    await insertDailyRecords(db, mai.shop.id, [exampleDay('2026-11-20')]);
    await insertDailyRecords(db, lan.shop.id, [exampleDay('2026-11-20', { orders: 1 })]);

    expect((await getDailyRecord(db, mai.shop.id, '2026-11-20'))?.orders).toBe(15);
    expect(await listDailyRecords(db, lan.shop.id)).toHaveLength(1);
    expect(await deleteDailyRecord(db, lan.shop.id, '2026-11-20')).toBe(true);
    expect(await getDailyRecord(db, mai.shop.id, '2026-11-20')).not.toBeNull();
  });

  it('deletes a day once', async () => {
    const { shop } = await createOwnerWithShop(db);
    await insertDailyRecords(db, shop.id, [exampleDay('2026-11-20')]);
    expect(await deleteDailyRecord(db, shop.id, '2026-11-20')).toBe(true);
    expect(await deleteDailyRecord(db, shop.id, '2026-11-20')).toBe(false);
    expect(await getDailyRecord(db, shop.id, '2026-11-20')).toBeNull();
  });

  it('lists a date range in date order, bounds included', async () => {
    const { shop } = await createOwnerWithShop(db);
    const dates = ['2026-11-22', '2026-11-16', '2026-11-15', '2026-11-23', '2026-11-19'];
    await insertDailyRecords(
      db,
      shop.id,
      dates.map((date) => exampleDay(date)),
    );
    const week = await listDailyRecords(db, shop.id, { from: '2026-11-16', to: '2026-11-22' });
    expect(week.map((r) => r.recordDate)).toEqual(['2026-11-16', '2026-11-19', '2026-11-22']);
    expect((await listDailyRecords(db, shop.id, { to: '2026-11-15' })).map((r) => r.recordDate)).toEqual([
      '2026-11-15',
    ]);
  });

  it('sums a range exactly, and gives zeros for no records', async () => {
    const { shop } = await createOwnerWithShop(db);
    const week = [16, 17, 18, 19, 20, 21, 22].map((day) => exampleDay(`2026-11-${day}`));
    await insertDailyRecords(db, shop.id, [...week, exampleDay('2026-11-23', { revenue: 999_999_999_999 })]);

    expect(await sumDailyRecords(db, shop.id, { from: '2026-11-16', to: '2026-11-22' })).toEqual(
      exampleWeekTotals,
    );
    expect(await sumDailyRecords(db, shop.id, { from: '2027-01-01' })).toEqual({
      revenue: 0,
      orders: 0,
      leads: 0,
      adSpend: 0,
      cogs: 0,
      returnedRevenue: 0,
      shippingCost: 0,
      paymentFees: 0,
      fixedCost: 0,
      netProfit: 0,
      daysRecorded: 0,
    });
  });
});
