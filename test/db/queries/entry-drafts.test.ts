import { describe, expect, it } from 'vitest';
import {
  deleteEntryDraft,
  deleteOldEntryDrafts,
  getEntryDraft,
  updateEntryDraftDate,
} from '../../../src/db/queries/entry-drafts.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createDraft, createOwnerWithShop } from '../fixtures.js';

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

  it('moves a draft to another day', async () => {
    const draft = await createDraft(db, await createOwnerWithShop(db), '2026-11-20');
    const moved = await updateEntryDraftDate(db, draft.id, { date: '2026-11-19', shownDay: 'abcd1234' });
    expect(moved).toMatchObject({ recordDate: '2026-11-19', shownDay: 'abcd1234' });
    expect(await getEntryDraft(db, draft.id)).toMatchObject({
      recordDate: '2026-11-19',
      shownDay: 'abcd1234',
    });
  });

  it("finds nothing through another user's or shop's scope", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const draft = await createDraft(db, mai, '2026-11-20');

    expect(await getEntryDraft(db, draft.id, { userId: lan.user.id })).toBeNull();
    const move = { date: '2026-11-19', shownDay: 'abcd1234' };
    expect(await updateEntryDraftDate(db, draft.id, move, { shopId: lan.shop.id })).toBeNull();
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
