import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { captureLogs, type LogCapture } from '../support/log-capture.js';
import { whileDraftsRefused } from '../support/refused-drafts.js';

// Whatever fails, a log line says which call or statement failed and how, never what the owner typed or
// was shown: figures, shop name, the user's name, message texts, button data, SQL parameters.

const OWNER = { id: 8123456789, first_name: 'Thảo Vy', language_code: 'vi' };
const SHOP = 'Tiệm Bí Mật Của Thảo';
const FIGURES = ['8.500.000', '8500000', '3.100.000', '3100000', '9.700.000', '9700000', '2.000.000'];
const TEXTS = [SHOP, OWNER.first_name, 'Lãi ròng', 'Doanh thu', 'bao nhiêu lead', '8tr5', '9tr7', 'entry:'];

const { db, h } = await useBotHarness();
let chat: ChatSession;
let logs: LogCapture;

beforeEach(async () => {
  logs = captureLogs('trace');
  h.deps.logger = logs.logger;
  h.restart(); // the bot takes its dependencies when built
  chat = h.user(OWNER);
  await onboard(chat, { shopName: SHOP });
});

/** Every line, with the chat id a conversation logs on purpose taken out, searched for each string. */
function leaks(forbidden: string[]): string[] {
  const found: string[] = [];
  for (const line of logs.lines()) {
    const { chat_id: _chatId, ...rest } = line;
    const text = JSON.stringify(rest);
    for (const s of forbidden) if (text.includes(s)) found.push(`${s} in ${text.slice(0, 300)}`);
  }
  return found;
}

const errorLines = () => logs.lines().filter((l) => (l.level as number) >= 50);
/** Lines logging a failed call of that Bot API method, at any level. */
const linesAbout = (method: string) =>
  logs.lines().filter((l) => (l.err as { method?: string } | undefined)?.method === method);
const fault = { error_code: 400, description: 'Bad Request: chat not found' };

describe('logs under faults', () => {
  it('a failed sendMessage of a card logs its method, code and description, not its text or buttons', async () => {
    h.api.failNext('sendMessage', fault);
    const reply = await chat.send('15 8tr5 2tr 85');
    // Refused for good: the card is dropped from the outbox, the draft it showed stays.
    expect(reply.texts).toEqual([]);
    expect(errorLines()).toEqual([
      expect.objectContaining({
        msg: 'Bot API call refused; dropped',
        update_id: expect.any(Number),
        shop_id: expect.any(String),
        err: expect.objectContaining({
          type: 'GrammyError',
          method: 'sendMessage',
          error_code: 400,
          description: 'Bad Request: chat not found',
        }),
      }),
    ]);
    expect(leaks([...FIGURES, ...TEXTS, String(OWNER.id)])).toEqual([]);
  });

  it('a failed edit of the saved card logs the edit, not the figures', async () => {
    await chat.send('15 8tr5 2tr 85');
    h.api.failNext('editMessageText', fault);
    await chat.press('Lưu');
    expect(linesAbout('editMessageText')).toEqual([
      expect.objectContaining({
        update_id: expect.any(Number),
        err: expect.objectContaining({ type: 'GrammyError', error_code: 400 }),
      }),
    ]);
    expect(leaks([...FIGURES, ...TEXTS, String(OWNER.id)])).toEqual([]);
  });

  it('a failed statement logs its SQLSTATE and constraint, not its parameters or the failing row', async () => {
    const reply = await whileDraftsRefused(db, () => chat.send('16 9tr7 2tr 90'));
    expect(reply.texts).toEqual([expect.stringContaining('Có lỗi xảy ra')]);
    expect(leaks([...FIGURES, ...TEXTS, String(OWNER.id)])).toEqual([]);
    const [line, ...more] = errorLines();
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      msg: 'update failed',
      update_id: expect.any(Number),
      shop_id: expect.any(String),
    });
    expect(JSON.stringify(line!.err)).toContain('"code":"23514"');
    expect(JSON.stringify(line!.err)).toContain('"constraint":"chk_refuse_drafts"');
  });

  it('a failed answer to a long input does not log the input', async () => {
    const filler = 'x'.repeat(4000);
    h.api.failNext('sendMessage', fault);
    await chat.send(`đơn 15 doanh thu ${filler} ads 2tr lead 85`);
    expect(errorLines()).toHaveLength(1);
    expect(leaks(['x'.repeat(20), ...TEXTS])).toEqual([]);
  });

  it('a reply that fails inside a conversation is logged through the same serializer', async () => {
    await chat.send('/today');
    await chat.send('15');
    await chat.send('8tr5');
    await chat.send('2tr');
    h.api.failNext('sendMessage', fault);
    await chat.send('85');
    expect(linesAbout('sendMessage')).toEqual([
      expect.objectContaining({
        err: expect.objectContaining({ type: 'GrammyError', method: 'sendMessage', error_code: 400 }),
      }),
    ]);
    expect(leaks([...FIGURES, ...TEXTS])).toEqual([]);
  });
});
