import { describe, expect, it } from 'vitest';
import { dailyRecords } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// After a restart (a new bot instance on the same database) the first answer to a flow still open says
// which question it answers, or repeats that question when the answer is wrong.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const restarted = (chat: ChatSession) => chat.withBot(h.restart() as never);

describe('a flow open across a restart', () => {
  it('Vietnamese: a valid first answer is taken and names the question; later answers do not', async () => {
    let chat = h.user({ id: 1101, first_name: 'Lan', language_code: 'vi' });
    await onboard(chat);
    await chat.send('/today');
    await chat.send('15');
    chat = restarted(chat);
    const first = await chat.send('8tr5');
    expect(first.texts).toEqual([
      '(Bot vừa khởi động lại.) Đã nhận câu trả lời cho câu hỏi: Doanh thu bao nhiêu? (ví dụ 8500000, 8.500.000, 8tr5 hoặc 850k)',
      'Tiền quảng cáo đã chi? (ví dụ 2tr, 2.000.000 hoặc 0)',
    ]);
    expect((await chat.send('2tr')).texts).toEqual([
      'Bao nhiêu lead (khách nhắn tin, hỏi hàng)? (một số nguyên, ví dụ 85)',
    ]);
    await chat.send('85');
    await chat.press('Lưu');
    expect(await db.select().from(dailyRecords)).toMatchObject([
      { orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 },
    ]);
  });

  it('English: a wrong first answer repeats the open question; a second restart does it again', async () => {
    let anna = await onboardEnglishOwner(h, 1102);
    await anna.send('/today');
    anna = restarted(anna);
    const wrong = await anna.send('lots');
    expect(wrong.texts).toHaveLength(1);
    expect(wrong.texts[0]).toMatch(/^.+\nPlease try again \(2 tries left\)\.\n/);
    expect(wrong.texts[0]).toContain(
      '(The bot has just restarted.) The question waiting for your answer: How many orders today (Tue 24 Nov 2026)? (a whole number, for example 15)',
    );
    // The same process again: a plain re-ask.
    expect((await anna.send('many')).texts[0]).not.toContain('restarted');
    anna = restarted(anna);
    const answered = await anna.send('15');
    expect(answered.texts[0]).toContain(
      '(The bot has just restarted.) Got your answer to: How many orders today',
    );
    expect(answered.texts[1]).toContain('How much revenue?');
  });

  it('Vietnamese: the onboarding name question, answered after a restart, names itself too', async () => {
    let newcomer = h.user({ id: 1103, first_name: 'Minh', language_code: 'vi' });
    await newcomer.send('/start');
    newcomer = restarted(newcomer);
    const named = await newcomer.send('Minh Shop');
    expect(named.texts[0]).toBe(
      '(Bot vừa khởi động lại.) Đã nhận câu trả lời cho câu hỏi: Cửa hàng của bạn tên gì? (ví dụ: Hoa Mai Shop)',
    );
    expect(named.texts[1]).toBe('Bạn muốn dùng ngôn ngữ nào?');
  });
});
