import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createEntryDraft, getEntryDraft } from '../../src/db/queries/entry-drafts.js';
import { cleanUpOldDrafts, DRAFT_MAX_AGE_MS } from '../../src/jobs/draft-cleanup.js';
import { createLogger } from '../../src/logger.js';
import { createOwnerWithShop } from '../db/fixtures.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('cleanUpOldDrafts', () => {
  it('drops cards never saved once they are a week old, and keeps younger ones', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const draft = await createEntryDraft(db, {
      shopId: shop.id,
      userId: user.id,
      recordDate: '2026-11-20',
      orders: 1,
      revenue: 1,
      adSpend: 1,
      leads: 1,
      cogs: 0,
      netProfit: 0,
    });
    const logger = createLogger('silent');
    const created = draft.createdAt.getTime();
    expect(await cleanUpOldDrafts(db, new Date(created + DRAFT_MAX_AGE_MS - 60_000), logger)).toBe(0);
    expect(await getEntryDraft(db, draft.id)).not.toBeNull();
    expect(await cleanUpOldDrafts(db, new Date(created + DRAFT_MAX_AGE_MS + 60_000), logger)).toBe(1);
    expect(await getEntryDraft(db, draft.id)).toBeNull();
  });
});
