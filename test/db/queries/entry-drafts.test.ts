import { describe, expect, it } from 'vitest';
import {
  deleteEntryDraft,
  deleteOldEntryDrafts,
  getEntryDraft,
  updateEntryDraftValues,
} from '../../../src/db/queries/entry-drafts.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createDraft, createOwnerWithShop, exampleDay } from '../fixtures.js';

const db = await useTestDatabase();

describe('entry draft queries', () => {
  it('keeps a draft until it is deleted, and deletes it only once', async () => {
    const draft = await createDraft(db, await createOwnerWithShop(db), '2026-11-20');

    expect(await getEntryDraft(db, draft.id)).toEqual(draft);
    expect(draft).toMatchObject({ recordDate: '2026-11-20', revenue: 8_500_000, presetId: null });

    const results = await Promise.all([deleteEntryDraft(db, draft.id), deleteEntryDraft(db, draft.id)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await deleteEntryDraft(db, draft.id)).toBe(false);
    expect(await getEntryDraft(db, draft.id)).toBeNull();
  });

  it('moves a draft to another day with the values counted for it', async () => {
    const draft = await createDraft(db, await createOwnerWithShop(db), '2026-11-20');
    // The same day counted with COGS 50 %: 8.500.000 − 4.250.000 − 2.000.000 = 2.250.000.
    const recounted = { ...exampleDay('2026-11-19'), cogs: 4_250_000, netProfit: 2_250_000 };
    const moved = await updateEntryDraftValues(db, draft.id, { ...recounted, shownDay: 'abcd1234' });
    const expected = {
      recordDate: '2026-11-19',
      cogs: 4_250_000,
      netProfit: 2_250_000,
      shownDay: 'abcd1234',
    };
    expect(moved).toMatchObject(expected);
    expect(await getEntryDraft(db, draft.id)).toMatchObject(expected);
  });

  it("finds nothing through another user's or shop's scope", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const draft = await createDraft(db, mai, '2026-11-20');

    expect(await getEntryDraft(db, draft.id, { userId: lan.user.id })).toBeNull();
    const move = { ...exampleDay('2026-11-19'), shownDay: 'abcd1234' };
    expect(await updateEntryDraftValues(db, draft.id, move, { shopId: lan.shop.id })).toBeNull();
    expect(await deleteEntryDraft(db, draft.id, { shopId: lan.shop.id, userId: lan.user.id })).toBe(false);
    expect(await getEntryDraft(db, draft.id, { shopId: mai.shop.id, userId: mai.user.id })).not.toBeNull();
  });

  it('cleans up drafts older than a cut-off', async () => {
    const old = await createDraft(db, await createOwnerWithShop(db), '2026-11-19');
    const cutOff = new Date(old.createdAt.getTime() + 1);
    expect(await deleteOldEntryDrafts(db, cutOff)).toBe(1);
    expect(await getEntryDraft(db, old.id)).toBeNull();
    expect(await deleteOldEntryDrafts(db, cutOff)).toBe(0);
  });
});
