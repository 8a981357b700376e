import { describe, expect, it } from 'vitest';
import { claimChatNotice } from '../../src/db/queries/chat-notices.js';
import { writeConversationState } from '../../src/db/queries/conversation-states.js';
import { insertDailyRecords } from '../../src/db/queries/daily-records.js';
import { chatNotices, conversationStates, shops, users } from '../../src/db/schema/index.js';
import { eraseOwnerData, summarizeOwnerData } from '../../src/services/owner-erasure.js';
import { createOwnerWithShop, exampleDay } from '../db/fixtures.js';
import { useTestDatabase } from '../support/test-db.js';

const db = await useTestDatabase();

describe('eraseOwnerData', () => {
  it("deletes the owner, their shops and their chat's rows in one go, and says what went", async () => {
    const mai = await createOwnerWithShop(db, { shopName: 'Hoa Mai Shop' });
    const lan = await createOwnerWithShop(db, { shopName: 'Lan Fashion' });
    await insertDailyRecords(db, mai.shop.id, [exampleDay('2026-11-23'), exampleDay('2026-11-24')]);
    // State per chat (as stored before) and per chat and user; a chat notice of her private chat.
    await writeConversationState(db, `chat:${mai.user.externalId}`, { flow: 'mai' });
    await writeConversationState(db, `chat:${mai.user.externalId}:user:${mai.user.externalId}`, {
      flow: 'mai',
    });
    await writeConversationState(db, `chat:${lan.user.externalId}:user:${lan.user.externalId}`, {
      flow: 'lan',
    });
    await claimChatNotice(db, Number(mai.user.externalId), 'some-notice');
    await claimChatNotice(db, Number(lan.user.externalId), 'some-notice');
    const summary = await summarizeOwnerData(db, mai.user.id);

    const erased = await eraseOwnerData(db, {
      ownerId: mai.user.id,
      chatIds: [Number(mai.user.externalId)],
    });
    expect(erased).toEqual(summary);
    expect(erased).toMatchObject({ shops: [{ name: 'Hoa Mai Shop' }], days: 2 });
    expect((await db.select().from(users)).map((u) => u.id)).toEqual([lan.user.id]);
    expect((await db.select().from(shops)).map((s) => s.id)).toEqual([lan.shop.id]);
    expect((await db.select().from(conversationStates)).map((s) => s.key)).toEqual([
      `chat:${lan.user.externalId}:user:${lan.user.externalId}`,
    ]);
    expect((await db.select().from(chatNotices)).map((n) => String(n.chatId))).toEqual([lan.user.externalId]);
  });

  it('changes nothing and returns null when the owner is already gone', async () => {
    const mai = await createOwnerWithShop(db);
    await eraseOwnerData(db, { ownerId: mai.user.id, chatIds: [] });
    await writeConversationState(db, 'chat:1', { flow: 'someone' });
    expect(await eraseOwnerData(db, { ownerId: mai.user.id, chatIds: [1] })).toBeNull();
    expect(await db.select().from(conversationStates)).toHaveLength(1);
  });
});
