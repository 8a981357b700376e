import { describe, expect, it } from 'vitest';
import { bookEntryDraft } from '../../../src/db/queries/book-entry-draft.js';
import { getDailyRecord, listDailyRecords } from '../../../src/db/queries/daily-records.js';
import { getEntryDraft } from '../../../src/db/queries/entry-drafts.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createDraft, createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('booking a draft', () => {
  it('moves the draft with its metrics and flags into the day, once', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const draft = await createDraft(db, { user, shop }, '2026-11-20', {
      orders: 2000,
      revenue: 1_000_000,
      adSpend: 0,
      leads: 1,
      cogs: 400_000,
      aov: 500,
      cpl: 0,
      cvr: null,
      roas: null,
      netProfit: 600_000,
      metricFlags: ['cvr-overflow'],
    });
    expect((await getEntryDraft(db, draft.id))!.metricFlags).toEqual(['cvr-overflow']);
    const scope = { draftId: draft.id, userId: user.id, shopId: shop.id };
    // The row comes back as stored: the draft's costs and net profit, not the day counted again.
    expect(await bookEntryDraft(db, scope)).toEqual({
      recordDate: '2026-11-20',
      orders: 2000,
      revenue: 1_000_000,
      adSpend: 0,
      leads: 1,
      cogs: 400_000,
      returnedRevenue: 0,
      shippingCost: 0,
      paymentFees: 0,
      fixedCost: 0,
      netProfit: 600_000,
      replaced: false,
      products: null,
    });
    expect(await bookEntryDraft(db, scope)).toBeNull();
    const record = await getDailyRecord(db, shop.id, '2026-11-20');
    expect(record).toMatchObject({
      cogs: 400_000,
      aov: 500,
      cvr: null,
      netProfit: 600_000,
      metricFlags: ['cvr-overflow'],
    });
    expect(record!.enteredBy).toBe(user.id);
  });

  it("replaces the day's record on a second booking: one row per shop per day, its first creation kept", async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const first = await createDraft(db, { user, shop }, '2026-11-20', { metricFlags: ['cvr-overflow'] });
    await bookEntryDraft(db, { draftId: first.id, userId: user.id, shopId: shop.id });
    const before = await getDailyRecord(db, shop.id, '2026-11-20');

    const second = await createDraft(db, { user, shop }, '2026-11-20', {
      orders: 8,
      revenue: 4_000_000,
      cvr: null,
    });
    expect(await bookEntryDraft(db, { draftId: second.id, userId: user.id, shopId: shop.id })).toMatchObject({
      orders: 8,
      replaced: true,
    });

    const after = await getDailyRecord(db, shop.id, '2026-11-20');
    expect(after).toMatchObject({ id: before!.id, createdAt: before!.createdAt, orders: 8, cvr: null });
    expect(after!.metricFlags).toEqual([]);
    expect(await listDailyRecords(db, shop.id)).toHaveLength(1);
  });

  it('refuses a draft of another user or shop', async () => {
    const a = await createOwnerWithShop(db);
    const b = await createOwnerWithShop(db, { shopName: 'Other shop' });
    const draft = await createDraft(db, a);
    expect(await bookEntryDraft(db, { draftId: draft.id, userId: b.user.id, shopId: b.shop.id })).toBeNull();
    expect(await bookEntryDraft(db, { draftId: draft.id, userId: b.user.id, shopId: a.shop.id })).toBeNull();
    expect(await getEntryDraft(db, draft.id)).not.toBeNull();
  });
});
