import { expect, it } from 'vitest';
import { adDecisions, conversationStates } from '../../src/db/schema/index.js';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// The guided /ads: ad, channel, days, spend, leads, orders, revenue, impressions, clicks; three attempts a
// question, /cancel, and any command ends it. Against the shop (break-even CPA 300.000 ₫, CPL
// 60.000 ₫, ROAS 1,67, scale ROAS 2,17; see ads-line.test.ts).

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const openFlows = async () =>
  (await db.select().from(conversationStates)).filter((row) => !row.key.endsWith(':cards'));

const TEXTS = {
  vi: {
    askNameNew: 'Quảng cáo tên gì? (ví dụ: Váy đỏ)',
    askName: 'Quảng cáo nào? Chọn một quảng cáo đã đánh giá, hoặc gõ tên quảng cáo mới.',
    badName: 'Tên quảng cáo cần từ 1 đến 64 ký tự.',
    askChannel: '“Áo thun” chạy trên kênh nào?',
    channels: ['Facebook', 'TikTok', 'Zalo', 'Kênh khác'],
    pickChannel: 'Hãy chọn kênh bằng nút bên dưới (hoặc gõ Facebook, TikTok, Zalo, khác).',
    askDays: 'Quảng cáo đã chạy bao nhiêu ngày?',
    badDays: 'Số ngày chạy cần từ 1 trở lên, ví dụ 4.',
    askSpend: 'Đã chi bao nhiêu cho quảng cáo này? (ví dụ 1tr, 850k, 1 triệu 2)',
    badMoney: 'Mình không đọc được số tiền này.',
    askLeads: 'Được bao nhiêu lead (khách nhắn tin, hỏi hàng)?',
    badCount: 'Cần một số nguyên, ví dụ 15.',
    askOrders: 'Ra bao nhiêu đơn?',
    fraction: 'Cần một số nguyên (không có phần lẻ).',
    askRevenue: 'Doanh thu từ các đơn đó? (0 nếu chưa có)',
    askImpressions: 'Bao nhiêu lượt hiển thị? (không bắt buộc)',
    askClicks: 'Bao nhiêu lượt click? (không bắt buộc)',
    skip: 'Bỏ qua',
    tryAgain: 'Vui lòng nhập lại (2 lần thử còn lại).',
    scale: '🚀 SCALE (tăng ngân sách) · Áo thun (Facebook)',
    budget: '👉 Tăng ngân sách 400.000 ₫/ngày → 480.000 ₫/ngày (+20 %), xem lại sau 2 ngày.',
    kill: '🔴 KILL (tắt) · Váy đỏ (Zalo)',
    // 50 clicks of 10.000 impressions = 0,5 %.
    ctr: '• CTR 0,50 % dưới mức tối thiểu 1,00 %',
    giveUp: 'Bạn đã nhập sai 3 lần nên mình dừng ở đây, không có gì được lưu. Gõ /ads để thử lại.',
    cancelled: 'Đã hủy. Không có gì được lưu.',
    stopped: 'Đã dừng: đánh giá quảng cáo — chưa lưu gì.',
    judge: '➕ Đánh giá một quảng cáo',
  },
  en: {
    askNameNew: 'What is the ad called? (for example: Red dress)',
    askName: 'Which ad? Pick one judged before, or type the name of a new one.',
    badName: 'An ad name needs 1 to 64 characters.',
    askChannel: 'Where does “Áo thun” run?',
    channels: ['Facebook', 'TikTok', 'Zalo', 'Other channel'],
    pickChannel: 'Pick the channel with a button below (or type Facebook, TikTok, Zalo, other).',
    askDays: 'How many days has the ad been running?',
    badDays: 'Days running must be 1 or more, for example 4.',
    askSpend: 'How much has this ad spent? (for example 1m, 850k, 1.2 million)',
    badMoney: "I can't read that amount.",
    askLeads: 'How many leads (people who messaged or asked)?',
    badCount: 'I need a whole number, for example 15.',
    askOrders: 'How many orders?',
    fraction: 'I need a whole number (no decimals).',
    askRevenue: 'Revenue from those orders? (0 if none)',
    askImpressions: 'How many impressions? (optional)',
    askClicks: 'How many clicks? (optional)',
    skip: 'Skip',
    tryAgain: 'Please try again (2 tries left).',
    scale: '🚀 SCALE (raise the budget) · Áo thun (Facebook)',
    budget: '👉 Raise the budget 400,000 ₫/day → 480,000 ₫/day (+20%), look again in 2 days.',
    kill: '🔴 KILL (turn it off) · Váy đỏ (Zalo)',
    ctr: '• CTR 0.50% below the minimum 1.00%',
    giveUp: 'That was 3 wrong answers, so I stopped here; nothing was saved. Send /ads to try again.',
    cancelled: 'Cancelled. Nothing was saved.',
    stopped: 'Stopped: judging an ad — nothing saved.',
    judge: '➕ Judge an ad',
  },
};

forEachLanguage(TEXTS, 'guided /ads', (locale, x) => {
  const id = locale === 'vi' ? 811 : 812;

  async function owner() {
    const chat = await startOwner(h, locale, id);
    await insertFourteenDays(db, await shopOf(db, id));
    return chat;
  }

  it('asks every question, re-asks a wrong answer at each with the reason, and judges the ad', async () => {
    const chat = await owner();
    // No ad judged yet: /ads goes straight to the questions.
    expect((await chat.send('/ads')).texts).toEqual([x.askNameNew]);
    expect((await chat.send('x'.repeat(65))).texts).toEqual([`${x.badName}\n${x.tryAgain}`]);
    const channel = await chat.send('Áo thun');
    expect(channel.texts).toEqual([x.askChannel]);
    expect(chat.buttons(channel.sent[0])).toEqual(x.channels);
    expect((await chat.send('Google')).texts).toEqual([`${x.pickChannel}\n${x.tryAgain}`]);
    expect((await chat.press('Facebook')).texts).toEqual([x.askDays]);
    expect((await chat.send('0')).texts).toEqual([`${x.badDays}\n${x.tryAgain}`]);
    expect((await chat.send('5')).texts).toEqual([x.askSpend]);
    expect((await chat.send('nhiều tiền')).texts[0]).toContain(x.badMoney);
    // Units written apart, as in the daily entry.
    expect((await chat.send('2 triệu')).texts).toEqual([x.askLeads]);
    expect((await chat.send('nhiều')).texts).toEqual([`${x.badCount}\n${x.tryAgain}`]);
    expect((await chat.send('100')).texts).toEqual([x.askOrders]);
    expect((await chat.send('2.5')).texts).toEqual([`${x.fraction}\n${x.tryAgain}`]);
    expect((await chat.send('20')).texts).toEqual([x.askRevenue]);
    expect((await chat.send('-5')).texts[0]).toContain(x.tryAgain);
    const impressions = await chat.send('10tr');
    expect(impressions.texts).toEqual([x.askImpressions]);
    expect(chat.buttons(impressions.sent[0])).toEqual([x.skip]);
    expect((await chat.send('rất nhiều')).texts).toEqual([`${x.badCount}\n${x.tryAgain}`]);
    expect((await chat.send('50000')).texts).toEqual([x.askClicks]);
    expect((await chat.send('abc')).texts).toEqual([`${x.badCount}\n${x.tryAgain}`]);
    const answer = await chat.send('1500');
    expect(answer.texts[0]!.split('\n')[0]).toBe(x.scale);
    expect(answer.texts[0]).toContain(x.budget);
    const [row] = await db.select().from(adDecisions);
    expect(row).toMatchObject({
      adName: 'Áo thun',
      channel: 'facebook',
      daysRunning: 5,
      spend: 2_000_000,
      leads: 100,
      orders: 20,
      revenue: 10_000_000,
      impressions: 50_000,
      clicks: 1500,
      decision: 'SCALE',
    });
    expect(await openFlows()).toEqual([]);
  });

  it('offers the ads judged before as buttons, and skips impressions and clicks with one press', async () => {
    const chat = await owner();
    await chat.send(
      '/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh khác, hiển thị 10000, click 50',
    );
    const list = await chat.send('/ads');
    const asked = await chat.press(x.judge, list.sent[0]);
    expect(asked.texts).toEqual([x.askName]);
    expect(chat.buttons(asked.sent[0])).toEqual(['Váy đỏ']);
    await chat.press('Váy đỏ');
    await chat.press('Zalo');
    for (const answer of ['5', '1tr2', '0', '0', '0']) await chat.send(answer);
    const answer = await chat.press(x.skip);
    expect(answer.texts[0]!.split('\n')[0]).toBe(x.kill);
    expect(answer.texts[0]).not.toContain(x.ctr);
    const rows = await db.select().from(adDecisions);
    expect(rows.map((r) => [r.adName, r.spend, r.impressions, r.clicks]).sort()).toEqual([
      ['Váy đỏ', 1_000_000, 10_000, 50],
      ['Váy đỏ', 1_200_000, null, null],
    ]);
  });

  it('stops after three wrong answers, and on /cancel, storing nothing', async () => {
    const chat = await owner();
    await chat.send('/ads');
    await chat.send('Áo thun');
    await chat.press('TikTok');
    await chat.send('a');
    await chat.send('b');
    expect((await chat.send('c')).texts).toEqual([x.giveUp]);
    await chat.send('/ads');
    expect((await chat.send('/cancel')).texts).toEqual([x.cancelled]);
    expect(await db.select().from(adDecisions)).toEqual([]);
    expect(await openFlows()).toEqual([]);
  });

  it('a command typed mid-flow ends it, saying so, and runs', async () => {
    const chat = await owner();
    await chat.send('/ads');
    await chat.send('Áo thun');
    const help = await chat.send('/help');
    expect(help.texts[0]).toBe(x.stopped);
    expect(help.texts).toHaveLength(2);
    // The next number is no answer to the flow any more.
    await chat.send('5');
    expect(await db.select().from(adDecisions)).toEqual([]);
    expect(await openFlows()).toEqual([]);
  });
});
