import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bookEntryDraft } from '../../../src/db/queries/book-entry-draft.js';
import { getDailyRecord } from '../../../src/db/queries/daily-records.js';
import { createEntryDraft, getEntryDraft } from '../../../src/db/queries/entry-drafts.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('booking a draft', () => {
  it('moves the draft with its metrics and flags into the day, once', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const draft = await createEntryDraft(db, {
      shopId: shop.id,
      userId: user.id,
      recordDate: '2026-11-20',
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
    expect(await bookEntryDraft(db, scope)).toEqual({
      recordDate: '2026-11-20',
      orders: 2000,
      revenue: 1_000_000,
      adSpend: 0,
      leads: 1,
      replaced: false,
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

  it('refuses a draft of another user or shop', async () => {
    const a = await createOwnerWithShop(db);
    const b = await createOwnerWithShop(db, { shopName: 'Other shop' });
    const draft = await createEntryDraft(db, {
      shopId: a.shop.id,
      userId: a.user.id,
      recordDate: '2026-11-20',
      orders: 1,
      revenue: 1,
      adSpend: 1,
      leads: 1,
      cogs: 0,
      netProfit: 0,
    });
    expect(await bookEntryDraft(db, { draftId: draft.id, userId: b.user.id, shopId: b.shop.id })).toBeNull();
    expect(await bookEntryDraft(db, { draftId: draft.id, userId: b.user.id, shopId: a.shop.id })).toBeNull();
    expect(await getEntryDraft(db, draft.id)).not.toBeNull();
  });
});
