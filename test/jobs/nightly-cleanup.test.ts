import { describe, expect, it } from 'vitest';
import { getEntryDraft } from '../../src/db/queries/entry-drafts.js';
import { outboxMessages, processedUpdates } from '../../src/db/schema/index.js';
import {
  cleanUpOldDrafts,
  DRAFT_MAX_AGE_MS,
  dropStaleOutbox,
  pruneHandledUpdates,
} from '../../src/jobs/nightly-cleanup.js';
import { createLogger } from '../../src/logger.js';
import { createDraft, createOwnerWithShop } from '../db/fixtures.js';
import { useTestDatabase } from '../support/test-db.js';

const db = await useTestDatabase();

describe('cleanUpOldDrafts', () => {
  it('drops cards never saved once they are a week old, and keeps younger ones', async () => {
    const draft = await createDraft(db, await createOwnerWithShop(db));
    const logger = createLogger('silent');
    const created = draft.createdAt.getTime();
    expect(await cleanUpOldDrafts(db, new Date(created + DRAFT_MAX_AGE_MS - 60_000), logger)).toBe(0);
    expect(await getEntryDraft(db, draft.id)).not.toBeNull();
    expect(await cleanUpOldDrafts(db, new Date(created + DRAFT_MAX_AGE_MS + 60_000), logger)).toBe(1);
    expect(await getEntryDraft(db, draft.id)).toBeNull();
  });
});

describe('pruneHandledUpdates', () => {
  it('forgets handled updates after a day, and keeps the recent ones', async () => {
    const now = new Date('2026-11-24T03:17:00Z');
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    await db.insert(processedUpdates).values([
      { botId: 7, updateId: 1, processedAt: hoursAgo(25) },
      { botId: 7, updateId: 2, processedAt: hoursAgo(23) },
      { botId: 8, updateId: 1, processedAt: hoursAgo(49) },
    ]);
    expect(await pruneHandledUpdates(db, now, createLogger('silent'))).toBe(2);
    expect(await db.select().from(processedUpdates)).toMatchObject([{ botId: 7, updateId: 2 }]);
  });
});

describe('dropStaleOutbox', () => {
  it('drops calls unsent for over a day, and keeps the recent ones', async () => {
    const now = new Date('2026-11-24T03:17:00Z');
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    const row = (updateId: number, createdAt: Date) => ({
      botId: 7,
      chatId: 70,
      updateId,
      method: 'sendMessage',
      payload: { chat_id: 70, text: 'x' },
      leaseUntil: createdAt,
      createdAt,
    });
    await db
      .insert(outboxMessages)
      .values([row(1, hoursAgo(25)), row(2, hoursAgo(23)), row(3, hoursAgo(30))]);
    expect(await dropStaleOutbox(db, now, createLogger('silent'))).toBe(2);
    expect(await db.select().from(outboxMessages)).toMatchObject([{ updateId: 2 }]);
  });
});
