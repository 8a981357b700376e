import { beforeEach, describe, expect, it } from 'vitest';
import { loadOwnerByExternalId } from '../../src/db/queries/owners.js';
import { getShopSettings } from '../../src/db/queries/shop-settings.js';
import type { Shop } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { defaultWeeklyPushTime } from '../../src/domain/push-slot.js';
import { schedulerFor, sentTexts } from '../jobs/job-fixtures.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T10:00:00+07:00' });
let chat: ChatSession;
let shop: Shop;

/** Tuesday 24 November 2026, 21:00:30 in Ho Chi Minh City. */
const EVENING = '2026-11-24T14:00:30Z';

async function shopOf(telegramId: number): Promise<Shop> {
  return (await loadOwnerByExternalId(db, String(telegramId)))!.shop!;
}

const settings = async () => (await getShopSettings(db, shop.id))!;

beforeEach(async () => {
  chat = h.user({ id: 801, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  shop = await shopOf(801);
});

describe('the button under the evening reminder', () => {
  it('turns reminders off for the shop and shows how to turn them back on', async () => {
    h.clock.now = new Date(EVENING);
    await schedulerFor(h).tick();
    const reminder = chat.lastMessage();
    expect(reminder.text).toContain('chưa có số liệu hôm nay (24/11/2026)');

    const pressed = await chat.press('Tắt nhắc nhở', reminder);
    expect(pressed.answers).toEqual(['Đã tắt nhắc nhở']);
    expect(pressed.edited[0]!.text).toContain('🔕 Nhắc nhở buổi tối (Hoa Mai Shop): đang tắt.');
    expect(chat.buttons(pressed.edited[0])).toEqual(['🔔 Bật nhắc nhở', 'Tắt báo cáo tuần']);
    expect(await settings()).toMatchObject({ reminderEnabled: false, weeklyPushEnabled: true });

    // The next evening: no reminder.
    h.clock.now = new Date('2026-11-25T14:00:30Z');
    await schedulerFor(h).tick();
    expect(sentTexts(h, 801).filter((t) => t.startsWith('⏰'))).toHaveLength(1);
  });

  it('answers a second press of the same old button with a notice and changes nothing', async () => {
    h.clock.now = new Date(EVENING);
    await schedulerFor(h).tick();
    const reminder = chat.lastMessage();
    const offData = reminder.keyboard[0]![0]!.callback_data!;
    await chat.press('Tắt nhắc nhở', reminder);
    // A second client (phone and desktop) still shows the reminder with its old button.
    const again = await chat.pressData(offData, reminder);
    expect(again.answers).toEqual(['Nhắc nhở đã tắt rồi']);
    expect((await settings()).reminderEnabled).toBe(false);
  });

  it("refuses someone else's shop and a malformed button, changing nothing", async () => {
    const stranger = h.user({ id: 802, first_name: 'Minh', language_code: 'vi' });
    await onboard(stranger, { shopName: 'Minh Shop' });
    const foreign = await stranger.pressData(`remind:off:${shop.id}`);
    expect(foreign.answers).toEqual(['Nút này không thuộc về bạn.']);
    const malformed = await chat.pressData('remind:off:not-a-uuid');
    expect(malformed.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    const unknownAction = await chat.pressData(`remind:maybe:${shop.id}`);
    expect(unknownAction.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect(await settings()).toMatchObject({ reminderEnabled: true, weeklyPushEnabled: true });
    expect((await getShopSettings(db, (await shopOf(802)).id))!.reminderEnabled).toBe(true);
  });

  it('asks someone who never started to /start', async () => {
    const visitor = h.user({ id: 803, first_name: 'Khách', language_code: 'vi' });
    await visitor.send('xin chào');
    const reply = await visitor.pressData(`remind:off:${shop.id}`);
    expect(reply.answers).toEqual(['Bạn chưa có cửa hàng nào. Gõ /start để bắt đầu (chưa tới một phút).']);
    expect((await settings()).reminderEnabled).toBe(true);
  });
});

describe('/remind', () => {
  it('shows the reminder and the weekly summary with buttons to change them', async () => {
    const reply = await chat.send('/remind');
    expect(reply.texts[0]).toBe(
      [
        '⏰ Nhắc nhở buổi tối (Hoa Mai Shop): đang bật, lúc 21:00 (Asia/Ho_Chi_Minh), nếu hôm đó bạn chưa gửi số liệu.',
        // A new shop's push is at its own minute of 07:00–09:59.
        `📊 Báo cáo tuần: đang bật, thứ Hai lúc ${defaultWeeklyPushTime(shop.id)}.`,
        '',
        'Đổi giờ: /remind 20:30 · Tắt: /remind off · Bật: /remind on',
      ].join('\n'),
    );
    expect(chat.buttons(reply.sent[0])).toEqual(['🔕 Tắt nhắc nhở', 'Tắt báo cáo tuần']);

    const pushOff = await chat.press('Tắt báo cáo tuần', reply.sent[0]);
    expect(pushOff.answers).toEqual(['Đã tắt báo cáo tuần']);
    expect(pushOff.edited[0]!.text).toContain('📊 Báo cáo tuần: đang tắt.');
    expect(await settings()).toMatchObject({ reminderEnabled: true, weeklyPushEnabled: false });
    const pushOn = await chat.press('Bật báo cáo tuần', reply.sent[0]);
    expect(pushOn.answers).toEqual(['Đã bật báo cáo tuần']);
    expect((await settings()).weeklyPushEnabled).toBe(true);
  });

  it('sets the reminder time, and the reminder then comes at that time', async () => {
    const reply = await chat.send('/remind 20:30');
    expect(reply.texts[0]).toMatch(
      /^✅ Giờ nhắc mới: 20:30\.\n⏰ Nhắc nhở buổi tối \(Hoa Mai Shop\): đang bật, lúc 20:30/,
    );
    expect((await settings()).reminderTime).toBe('20:30');

    h.clock.now = new Date('2026-11-24T13:29:30Z'); // 20:29
    await schedulerFor(h).tick();
    expect(sentTexts(h, 801).filter((t) => t.startsWith('⏰ Hoa Mai Shop'))).toHaveLength(0);
    h.clock.now = new Date('2026-11-24T13:30:30Z'); // 20:30
    await schedulerFor(h).tick();
    expect(sentTexts(h, 801).filter((t) => t.startsWith('⏰ Hoa Mai Shop'))).toHaveLength(1);
  });

  it('turns reminders off and on, and turns them on when a time is set', async () => {
    await chat.send('/remind off');
    expect((await settings()).reminderEnabled).toBe(false);
    await chat.send('/remind 7h');
    expect(await settings()).toMatchObject({ reminderEnabled: true, reminderTime: '07:00' });
    await chat.send('/remind tắt');
    const status = await chat.send('/remind');
    expect(status.texts[0]).toContain('🔕 Nhắc nhở buổi tối (Hoa Mai Shop): đang tắt.');
    expect(chat.buttons(status.sent[0])).toEqual(['🔔 Bật nhắc nhở', 'Tắt báo cáo tuần']);
    const on = await chat.press('Bật nhắc nhở', status.sent[0]);
    expect(on.answers).toEqual(['Đã bật nhắc nhở']);
    expect((await settings()).reminderEnabled).toBe(true);
  });

  it('reads on and off as /settings reads a switch: mở, không, có, in either language', async () => {
    const off = await chat.send('/remind không');
    expect(off.texts[0]).toContain('🔕 Nhắc nhở buổi tối (Hoa Mai Shop): đang tắt.');
    expect((await settings()).reminderEnabled).toBe(false);
    await chat.send('/remind mở');
    expect((await settings()).reminderEnabled).toBe(true);
    await chat.send('/settings nhắc nhở tắt');
    await chat.send('/remind có');
    expect((await settings()).reminderEnabled).toBe(true);

    const en = await onboardEnglishOwner(h, 807);
    const enShop = await shopOf(807);
    const enOff = await en.send('/remind no');
    expect(enOff.texts[0]).toContain('🔕 Evening reminder (Anna Flowers): off.');
    expect((await getShopSettings(db, enShop.id))!.reminderEnabled).toBe(false);
    await en.send('/remind yes');
    expect((await getShopSettings(db, enShop.id))!.reminderEnabled).toBe(true);
  });

  it('reads the times owners type: 9pm, 21h, 8h tối, 8h30 tối', async () => {
    const cases: [string, string][] = [
      ['/remind 9pm', '21:00'],
      ['/remind 21h', '21:00'],
      ['/remind 8h tối', '20:00'],
      ['/remind 8h30 tối', '20:30'],
    ];
    for (const [text, time] of cases) {
      await chat.send('/remind 07:00');
      const reply = await chat.send(text);
      expect(reply.texts[0]).toContain(`✅ Giờ nhắc mới: ${time}.`);
      expect((await settings()).reminderTime).toBe(time);
    }
  });

  it('refuses a time that is not HH:MM and changes nothing', async () => {
    for (const text of ['/remind 25:00', '/remind 20:75', '/remind tối nay']) {
      const reply = await chat.send(text);
      expect(reply.texts[0]).toMatch(/^Mình chưa hiểu «.+»\. Gửi giờ dạng HH:MM, ví dụ \/remind 20:30/);
    }
    expect(await settings()).toMatchObject({ reminderEnabled: true, reminderTime: '21:00' });
  });

  it('reads 9pm and 8 pm from an English-speaking owner', async () => {
    const en = await onboardEnglishOwner(h, 806);
    expect((await en.send('/remind 9pm')).texts[0]).toContain('21:00');
    expect((await en.send('/remind 8 pm')).texts[0]).toContain('20:00');
  });

  it('speaks English to an English-speaking owner', async () => {
    const en = await onboardEnglishOwner(h, 804);
    const reply = await en.send('/remind');
    expect(reply.texts[0]).toContain('⏰ Evening reminder (Anna Flowers): on, at 21:00 (Asia/Ho_Chi_Minh)');
    const slot = defaultWeeklyPushTime((await shopOf(804)).id);
    expect(slot >= '07:00' && slot <= '09:59').toBe(true);
    expect(reply.texts[0]).toContain(`📊 Weekly summary: on, Monday at ${slot}.`);
    expect(en.buttons(reply.sent[0])).toEqual(['🔕 Turn reminders off', 'Turn weekly summary off']);
  });

  it('asks someone who never started to /start', async () => {
    const visitor = h.user({ id: 805, first_name: 'Khách', language_code: 'vi' });
    const reply = await visitor.send('/remind');
    expect(reply.texts[0]).toContain('/start');
  });
});
