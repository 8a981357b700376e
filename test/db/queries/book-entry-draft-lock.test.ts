import { describe, expect, it } from 'vitest';
import { bookEntryDraft, lockDraftDay } from '../../../src/db/queries/book-entry-draft.js';
import { getDailyRecord, insertDailyRecords } from '../../../src/db/queries/daily-records.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createDraft, createOwnerWithShop, exampleDay } from '../fixtures.js';

const db = await useTestDatabase();

describe("a pending draft with its day's record", () => {
  it('reads the fingerprint the draft keeps and the record as it is now, or none', async () => {
    const owner = await createOwnerWithShop(db);
    const scope = (draftId: string) => ({ draftId, userId: owner.user.id, shopId: owner.shop.id });
    const empty = await createDraft(db, owner, '2026-11-21', { shownDay: 'none0000' });
    expect(await lockDraftDay(db, scope(empty.id))).toEqual({ shownDay: 'none0000', record: null });

    await insertDailyRecords(db, owner.shop.id, [exampleDay('2026-11-20', { netProfit: 2_900_000 })]);
    const record = (await getDailyRecord(db, owner.shop.id, '2026-11-20'))!;
    const over = await createDraft(db, owner, '2026-11-20');
    // The example day worked by hand: 15 orders, 8.5M revenue, 2M ads, 85 leads, COGS 40 % = 3.4M.
    expect(await lockDraftDay(db, scope(over.id))).toEqual({
      shownDay: null,
      record: {
        recordId: record.id,
        orders: 15,
        revenue: 8_500_000,
        adSpend: 2_000_000,
        leads: 85,
        cogs: 3_400_000,
        netProfit: 2_900_000,
      },
    });
  });

  it("finds nothing for a saved draft, or through another user's or shop's scope", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const draft = await createDraft(db, mai);
    expect(
      await lockDraftDay(db, { draftId: draft.id, userId: lan.user.id, shopId: mai.shop.id }),
    ).toBeNull();
    expect(
      await lockDraftDay(db, { draftId: draft.id, userId: mai.user.id, shopId: lan.shop.id }),
    ).toBeNull();
    const own = { draftId: draft.id, userId: mai.user.id, shopId: mai.shop.id };
    expect(await bookEntryDraft(db, own)).not.toBeNull();
    expect(await lockDraftDay(db, own)).toBeNull();
  });
});
