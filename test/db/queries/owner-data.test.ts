import { describe, expect, it } from 'vitest';
import { claimChatNotice } from '../../../src/db/queries/chat-notices.js';
import { writeConversationState } from '../../../src/db/queries/conversation-states.js';
import { insertDailyRecords } from '../../../src/db/queries/daily-records.js';
import { countOwnerData } from '../../../src/db/queries/owner-data-counts.js';
import {
  listOwnerActionItems,
  listOwnerAdDecisions,
  listOwnerGrowthSimulations,
  listOwnerMonthlyGoals,
  listOwnerProductPresets,
  listOwnerShopsWithSettings,
  listOwnerWeeklyDiagnostics,
} from '../../../src/db/queries/owner-data-rows.js';
import {
  deleteChatConversationStates,
  deleteChatNotices,
  deleteOwner,
} from '../../../src/db/queries/owner-erasure.js';
import { createShopWithSettings } from '../../../src/db/queries/shops.js';
import { chatNotices, conversationStates } from '../../../src/db/schema/index.js';
import {
  insertAdDecision,
  insertDiagnosis,
  insertGoal,
  insertPreset,
  insertSimulation,
} from '../../support/owner-data-fixtures.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop, diagnosedWeek, exampleDay } from '../fixtures.js';

const db = await useTestDatabase();

/** Two owners; Mai with two shops, each owner with rows in every shop table. */
async function twoOwners() {
  const mai = await createOwnerWithShop(db, { shopName: 'Hoa Mai Shop' });
  const second = await createShopWithSettings(db, {
    ownerId: mai.user.id,
    name: 'Hoa Mai 2',
    cogsRatio: 0.5,
  });
  const lan = await createOwnerWithShop(db, { shopName: 'Lan Fashion' });
  await insertDailyRecords(db, mai.shop.id, [exampleDay('2026-11-23'), exampleDay('2026-11-24')]);
  await insertDailyRecords(db, second.id, [exampleDay('2026-11-24')]);
  await insertDailyRecords(db, lan.shop.id, [exampleDay('2026-11-24')]);
  await insertDiagnosis(db, mai.shop.id, diagnosedWeek(), ['a', 'b']);
  await insertDiagnosis(db, second.id, diagnosedWeek(), ['c']);
  await insertDiagnosis(db, lan.shop.id, diagnosedWeek(), ['d', 'e', 'f']);
  await insertGoal(db, second.id, '2026-11', 100_000_000);
  await insertGoal(db, lan.shop.id, '2026-11', 100_000_000);
  await insertAdDecision(db, mai.shop.id, 'Bó hồng', '2026-11-20T10:00:00+07:00');
  await insertAdDecision(db, lan.shop.id, 'Áo', '2026-11-20T10:00:00+07:00');
  await insertPreset(db, mai.shop.id, 'Bó hồng', 500_000, 200_000);
  await insertPreset(db, lan.shop.id, 'Áo', 150_000, 60_000);
  await insertSimulation(db, second.id, 300_000_000, '2026-11-23T09:00:00+07:00');
  await insertSimulation(db, lan.shop.id, 300_000_000, '2026-11-23T09:00:00+07:00');
  return { mai, second, lan };
}

describe('owner data queries', () => {
  it("count one owner's rows across their shops, and nobody's for an unknown user", async () => {
    const { mai, second } = await twoOwners();
    expect(await countOwnerData(db, mai.user.id)).toEqual({
      shops: [
        { id: mai.shop.id, name: 'Hoa Mai Shop' },
        { id: second.id, name: 'Hoa Mai 2' },
      ],
      days: 3,
      weeklyDiagnoses: 2,
      actionItems: 3,
      monthlyGoals: 1,
      adDecisions: 1,
      productPresets: 1,
      growthSimulations: 1,
    });
    expect(await countOwnerData(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it("list only the owner's rows, shop by shop", async () => {
    const { mai, second, lan } = await twoOwners();
    const maiShops = [mai.shop.id, second.id];
    expect(
      (await listOwnerShopsWithSettings(db, mai.user.id)).map((s) => [s.id, s.settings.cogsRatio]),
    ).toEqual([
      [mai.shop.id, 0.4],
      [second.id, 0.5],
    ]);
    expect((await listOwnerWeeklyDiagnostics(db, mai.user.id)).map((d) => d.shopId)).toEqual(maiShops);
    expect((await listOwnerActionItems(db, mai.user.id)).map((i) => [i.text, i.isoWeek])).toEqual([
      ['a', '2026-W46'],
      ['b', '2026-W46'],
      ['c', '2026-W46'],
    ]);
    expect((await listOwnerMonthlyGoals(db, mai.user.id)).map((g) => g.shopId)).toEqual([second.id]);
    expect((await listOwnerAdDecisions(db, mai.user.id)).map((d) => d.shopId)).toEqual([mai.shop.id]);
    expect((await listOwnerProductPresets(db, mai.user.id)).map((p) => p.shopId)).toEqual([mai.shop.id]);
    expect((await listOwnerGrowthSimulations(db, mai.user.id)).map((s) => s.shopId)).toEqual([second.id]);
    expect((await listOwnerActionItems(db, lan.user.id)).map((i) => i.text)).toEqual(['d', 'e', 'f']);
  });

  it("deleting the owner takes every row of their shops with it, and no one else's", async () => {
    const { mai, lan } = await twoOwners();
    const lanBefore = await countOwnerData(db, lan.user.id);
    expect(await deleteOwner(db, mai.user.id)).toBe(true);
    expect(await countOwnerData(db, mai.user.id)).toBeNull();
    expect(await listOwnerShopsWithSettings(db, mai.user.id)).toEqual([]);
    expect(await countOwnerData(db, lan.user.id)).toEqual(lanBefore);
    expect(await deleteOwner(db, mai.user.id)).toBe(false);
  });

  it('deletes the conversation states and notices of the given chats only', async () => {
    // chat:1's keys only, not chat:12's.
    for (const key of ['chat:1:user:1', 'chat:1:user:2', 'chat:12:user:1', 'chat:2:user:1']) {
      await writeConversationState(db, key, { key });
    }
    await claimChatNotice(db, 1, 'notice');
    await claimChatNotice(db, 12, 'notice');
    expect(await deleteChatConversationStates(db, [1, 3])).toBe(2);
    expect(await deleteChatConversationStates(db, [])).toBe(0);
    expect((await db.select().from(conversationStates)).map((r) => r.key).sort()).toEqual([
      'chat:12:user:1',
      'chat:2:user:1',
    ]);
    expect(await deleteChatNotices(db, [1])).toBe(1);
    expect(await deleteChatNotices(db, [])).toBe(0);
    expect((await db.select().from(chatNotices)).map((n) => n.chatId)).toEqual([12]);
  });
});
