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
    // State per chat and user; a chat notice of her private chat.
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
      shown: summary!.shown,
    });
    expect(erased).toEqual({ status: 'erased', counts: summary!.counts });
    expect(summary!.counts).toMatchObject({ shops: [{ name: 'Hoa Mai Shop' }], days: 2 });
    expect((await db.select().from(users)).map((u) => u.id)).toEqual([lan.user.id]);
    expect((await db.select().from(shops)).map((s) => s.id)).toEqual([lan.shop.id]);
    expect((await db.select().from(conversationStates)).map((s) => s.key)).toEqual([
      `chat:${lan.user.externalId}:user:${lan.user.externalId}`,
    ]);
    expect((await db.select().from(chatNotices)).map((n) => String(n.chatId))).toEqual([lan.user.externalId]);
  });

  it('changes nothing and returns null when the owner is already gone', async () => {
    const mai = await createOwnerWithShop(db);
    const { shown } = (await summarizeOwnerData(db, mai.user.id))!;
    await eraseOwnerData(db, { ownerId: mai.user.id, chatIds: [], shown });
    await writeConversationState(db, 'chat:1:user:1', { flow: 'someone' });
    expect(await eraseOwnerData(db, { ownerId: mai.user.id, chatIds: [1], shown })).toBeNull();
    expect(await db.select().from(conversationStates)).toHaveLength(1);
  });

  it('changes nothing and returns the counts now when a day was added since they were shown', async () => {
    const mai = await createOwnerWithShop(db);
    await insertDailyRecords(db, mai.shop.id, [exampleDay('2026-11-23')]);
    const shown = (await summarizeOwnerData(db, mai.user.id))!;
    await insertDailyRecords(db, mai.shop.id, [exampleDay('2026-11-24')]);
    const refused = await eraseOwnerData(db, { ownerId: mai.user.id, chatIds: [], shown: shown.shown });
    expect(refused).toMatchObject({ status: 'changed', summary: { counts: { days: 2 } } });
    expect(refused).toEqual({ status: 'changed', summary: await summarizeOwnerData(db, mai.user.id) });
    expect((await db.select().from(users)).map((u) => u.id)).toEqual([mai.user.id]);
  });
});
