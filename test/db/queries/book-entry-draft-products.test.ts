import { describe, expect, it } from 'vitest';
import { bookEntryDraft } from '../../../src/db/queries/book-entry-draft.js';
import { getDailyRecord } from '../../../src/db/queries/daily-records.js';
import { createProductPreset } from '../../../src/db/queries/product-presets.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createDraft, createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('booking a draft with products', () => {
  it('copies the product lines and the preset into the day; a later ratio entry clears them', async () => {
    const owner = await createOwnerWithShop(db);
    const { user, shop } = owner;
    const vay = await createProductPreset(db, shop.id, {
      name: 'Váy hoa',
      sellPrice: 350_000,
      cogs: 140_000,
    });
    const line = { presetId: vay!.id, name: 'Váy hoa', orders: 15, unitCogs: 140_000, sellPrice: 350_000 };
    // 15 × 140.000 = 2.100.000; 8.500.000 − 2.100.000 − 2.000.000 = 4.400.000.
    const draft = await createDraft(db, owner, '2026-11-20', {
      cogs: 2_100_000,
      netProfit: 4_400_000,
      presetId: vay!.id,
      products: [line],
    });
    const booked = await bookEntryDraft(db, { draftId: draft.id, userId: user.id, shopId: shop.id });
    expect(booked).toMatchObject({ replaced: false, products: [line] });
    expect(await getDailyRecord(db, shop.id, '2026-11-20')).toMatchObject({
      cogs: 2_100_000,
      netProfit: 4_400_000,
      presetId: vay!.id,
      products: [line],
    });

    const ratio = await createDraft(db, owner, '2026-11-20');
    expect(await bookEntryDraft(db, { draftId: ratio.id, userId: user.id, shopId: shop.id })).toMatchObject({
      replaced: true,
      products: null,
    });
    expect(await getDailyRecord(db, shop.id, '2026-11-20')).toMatchObject({
      cogs: 3_400_000,
      netProfit: 3_100_000,
      presetId: null,
      products: null,
    });
  });
});
