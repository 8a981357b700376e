import { InlineKeyboard, InputFile } from 'grammy';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';

const { h } = await useBotHarness();
let chat: ChatSession;
const OWNER = { id: 601, first_name: 'Lan', language_code: 'vi' };

beforeEach(async () => {
  chat = h.user(OWNER);
  await onboard(chat);
});

describe('echoed input', () => {
  it('quotes at most 40 characters of a 4,000-character value, and answers with the reason', async () => {
    const filler = 'x'.repeat(4000);
    const reply = await chat.send(`đơn 15 doanh thu ${filler} ads 2tr lead 85`);
    expect(reply.texts).toHaveLength(1);
    expect(reply.texts[0]).toContain(`«${'x'.repeat(40)}…»`);
    expect(reply.texts[0]).not.toContain('x'.repeat(41));
    expect(reply.texts[0]).toContain('Mình không đọc được số tiền này');
  });

  it('cuts the argument /remind could not read the same way', async () => {
    const reply = await chat.send(`/remind ${'9'.repeat(60)}`);
    expect(reply.texts).toEqual([expect.stringContaining(`«${'9'.repeat(40)}…»`)]);
  });
});

describe('Telegram length limits on everything the bot sends', () => {
  const chatId = OWNER.id;

  it('splits a too-long message at line boundaries, the keyboard on the last part', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${i} ${'n'.repeat(60)}`);
    const keyboard = new InlineKeyboard().text('OK', 'lang:vi');
    const before = h.api.callsOf('sendMessage').length;
    const sent = await h.bot.api.sendMessage(chatId, lines.join('\n'), { reply_markup: keyboard });

    const parts = h.api.callsOf('sendMessage').slice(before);
    expect(parts.length).toBe(2);
    const texts = parts.map((c) => String(c.payload.text));
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
    expect(texts.join('\n')).toBe(lines.join('\n'));
    expect(parts[0]!.payload.reply_markup).toBeUndefined();
    expect(parts[1]!.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'OK', callback_data: 'lang:vi' }]],
    });
    expect(h.api.message(chatId, sent.message_id)!.keyboard).toHaveLength(1);
  });

  it('cuts a too-long edited text with "…"', async () => {
    const message = await h.bot.api.sendMessage(chatId, 'short');
    await h.bot.api.editMessageText(chatId, message.message_id, 'e'.repeat(5000));
    const edited = h.api.message(chatId, message.message_id)!.text!;
    expect(edited).toHaveLength(4096);
    expect(edited.endsWith('e…')).toBe(true);
  });

  it('cuts a too-long caption with "…"', async () => {
    const sent = await h.bot.api.sendDocument(chatId, new InputFile(Buffer.from('a,b\n'), 'x.csv'), {
      caption: 'c'.repeat(2000),
    });
    const caption = h.api.message(chatId, sent.message_id)!.caption!;
    expect(caption).toHaveLength(1024);
    expect(caption.endsWith('c…')).toBe(true);
  });
});
