import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema/index.js';
import type { SharedChat } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession, TelegramUserInfo } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';

const { db, h } = await useBotHarness();

const group: SharedChat = { id: -1001234567, type: 'supergroup', title: 'Hoa Mai team' };
const lan: TelegramUserInfo = { id: 801, first_name: 'Lan', language_code: 'vi' };
const minh: TelegramUserInfo = { id: 802, first_name: 'Minh', language_code: 'en' };

/** Sends a text to the group as `from`; the texts the bot sent anywhere in reply. */
async function sayInGroup(from: TelegramUserInfo, text: string): Promise<string[]> {
  const before = h.api.callsOf('sendMessage').length;
  await h.bot.handleUpdate(h.api.textUpdate(from, text, group));
  return h.api
    .callsOf('sendMessage')
    .slice(before)
    .map((call) => String(call.payload.text));
}

/** Row counts of every app table that has rows. */
async function storedRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.values(schema as Record<string, unknown>)) {
    if (!is(table, PgTable)) continue;
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    if (row && row.n > 0) counts[getTableName(table)] = row.n;
  }
  return counts;
}

describe('groups', () => {
  it('starts no flow for members of a group, says once that it works in private chats, stores nothing else', async () => {
    const replies = [
      ...(await sayInGroup(lan, '/today')),
      ...(await sayInGroup(minh, '21')),
      ...(await sayInGroup(lan, '/start')),
      ...(await sayInGroup(minh, 'Minh Store')),
      ...(await sayInGroup(lan, '15 8tr5 2tr 85')),
    ];
    expect(replies).toEqual([
      'ShopPulse chỉ làm việc trong chat riêng, để số liệu của mỗi cửa hàng chỉ chủ cửa hàng thấy. Hãy nhắn riêng cho bot: https://t.me/ShopPulseBot',
    ]);
    expect(h.api.messagesIn(group.id)).toHaveLength(1);
    expect(await storedRows()).toEqual({ chat_notices: 1 });
  });

  it('does not repeat the notice after a restart', async () => {
    expect(await sayInGroup(lan, '/help')).toHaveLength(1);
    h.restart();
    expect(await sayInGroup(minh, '/help')).toEqual([]);
    expect(await sayInGroup(lan, '15 8tr5 2tr 85')).toEqual([]);
    expect(h.api.messagesIn(group.id)).toHaveLength(1);
  });

  it('tells the group again later when the notice could not be sent', async () => {
    h.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: not enough rights' });
    expect(await sayInGroup(lan, '/help')).toHaveLength(1);
    expect(h.api.messagesIn(group.id)).toHaveLength(0);
    expect(await sayInGroup(lan, '/help')).toHaveLength(1);
    expect(h.api.messagesIn(group.id)).toHaveLength(1);
    expect(await sayInGroup(lan, '/help')).toEqual([]);
  });

  it('ignores a button of an old message pressed in a group, answering it with the notice', async () => {
    const owner: ChatSession = h.user(lan);
    await onboard(owner);
    await owner.send('15 8tr5 2tr 85');
    const card = owner.lastMessage();
    const save = card.keyboard.flat().find((b) => b.text.includes('Lưu'))!.callback_data!;
    await h.bot.handleUpdate(h.api.callbackUpdate(lan, { ...card, chatId: group.id }, save, group));
    const [answer] = h.api.callsOf('answerCallbackQuery').slice(-1);
    expect(answer!.payload.text).toBe('ShopPulse chỉ làm việc trong chat riêng với bot.');
    expect((await storedRows()).daily_records).toBeUndefined();
  });
});

describe('conversation state', () => {
  it('is keyed by chat and user', async () => {
    const owner = h.user(lan);
    await onboard(owner);
    await owner.send('/today');
    const keys = await db.select({ key: schema.conversationStates.key }).from(schema.conversationStates);
    expect(keys).toEqual([{ key: `chat:${lan.id}:user:${lan.id}` }]);
  });
});
