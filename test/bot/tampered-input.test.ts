import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { shopSettings, shops } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { captureLogs, type LogCapture } from '../support/log-capture.js';
import { recordRefusedCalls } from '../support/refused-calls.js';

// What the fuzz test found, one case each: bad input is answered, never an error, and the bot makes no
// call Telegram would refuse.

const { db, h } = await useBotHarness();
let logs: LogCapture;
let refused: string[];
const OWNER = { id: 701, first_name: 'Lan', language_code: 'vi' };

beforeEach(async () => {
  logs = captureLogs('error');
  h.deps.logger = logs.logger;
  refused = recordRefusedCalls(h);
  h.restart();
});

async function onboarded(): Promise<{ chat: ChatSession; shopId: string }> {
  const chat = h.user(OWNER);
  await onboard(chat);
  const [shop] = await db.select().from(shops);
  return { chat, shopId: shop!.id };
}

describe('tampered and hostile input', () => {
  it('answers a button naming an impossible date as stale', async () => {
    const { chat, shopId } = await onboarded();
    for (const action of ['del', 'edit', 'yes', 'keep']) {
      const reply = await chat.pressData(`day:${action}:${shopId}:2026-02-31`);
      expect(reply.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    }
    expect(logs.raw).toEqual([]);
  });

  it('does not try to take the buttons off a message that has none', async () => {
    const { chat } = await onboarded();
    const card = await chat.send('15 8tr5 2tr 85');
    const entryData = (action: string) =>
      card.sent[0]!.keyboard.flat().find((b) => b.callback_data?.startsWith(`entry:${action}:`))!
        .callback_data!;
    const plain = (await chat.send('/help')).sent[0]!;

    await chat.pressData(entryData('edit'), plain);
    await chat.send('/cancel');
    await chat.pressData('shop-new:1', plain);
    await chat.send('/cancel');
    const again = await chat.send('16 8tr5 2tr 85');
    const dateData = again.sent[0]!.keyboard.flat().find((b) => b.callback_data?.startsWith('entry:date:'))!;
    await chat.pressData(dateData.callback_data!, plain);
    await chat.press('Hôm qua');

    expect(refused).toEqual([]);
    expect(logs.raw).toEqual([]);
  });

  it('answers forged data of the settings, shop and language buttons as stale, and changes nothing', async () => {
    const { chat, shopId } = await onboarded();
    const before = await db.select().from(shopSettings);
    const forged = [
      `set:edit:${shopId}:nope`,
      `set:edit:${shopId}`,
      `set:grp:${shopId}:cogs`,
      `set:menu:${shopId}:nope`,
      `set:open:${shopId}:costs`,
      'setdef:nope',
      'shop-new:2',
      `shop:use:${shopId}:x`,
      `shopdel:${shopId}:short`,
      'lang:fr',
      `remind:off:${shopId}:x`,
      `rap:y:${shopId}:2026-11-01:abc`,
    ];
    for (const data of forged) {
      const pressed = await chat.pressData(data);
      expect([data, pressed.answers, pressed.sent]).toEqual([
        data,
        ['Nút này đã cũ hoặc không còn hiệu lực.'],
        [],
      ]);
    }
    // No flow was started by any of them: a name-like text is not taken as a new shop's name.
    expect((await chat.send('Cửa hàng mới')).texts[0]).not.toContain('Cửa hàng mới');
    expect(await db.select().from(shops)).toHaveLength(1);
    expect(await db.select().from(shopSettings)).toEqual(before);
    expect(refused).toEqual([]);
    expect(logs.raw).toEqual([]);
  });

  it('takes U+0000 out of what owners type, so names and flows can be stored', async () => {
    const chat = h.user(OWNER);
    await chat.send('/start');
    await chat.send('Hoa\u0000Mai');
    await chat.press('Tiếng Việt');
    await chat.press(/40/);
    const [shop] = await db.select().from(shops).where(eq(shops.name, 'HoaMai'));
    expect(shop).toBeDefined();

    await chat.send('/today');
    const reply = await chat.send('1\u00005');
    expect(reply.texts[0]).toContain('Doanh thu');
    expect(logs.raw).toEqual([]);
  });
});
