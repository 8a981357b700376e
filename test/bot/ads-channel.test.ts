import { asc } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { adDecisions } from '../../src/db/schema/index.js';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// A one-line /ads that names no channel asks it once (buttons) and the ad keeps it: its next line without
// one is judged on the channel of its last judgement. Several ads in one message, one a line, are judged
// one after another. Judged against the shop (test/support/ad-fixtures.ts): break-even CPA 300.000 ₫,
// CPL 60.000 ₫, ROAS 1,67, ROAS to scale 2,17 (worked by hand in test/bot/ads-line.test.ts).

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

// KILL: 1.000.000 ≥ 3 × 300.000 with no order.
const VAY_DO = 'Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0';
// SCALE: ROAS 10.000.000 / 2.000.000 = 5,00 ≥ 2,17.
const AO_THUN = 'Áo thun: ngày 5, chi 2tr, lead 100, đơn 20, doanh thu 10tr';
// KEEP: 1 day of the 3 needed.
const QUAN = 'Quần: ngày 1, chi 100k, lead 3, đơn 0, doanh thu 0';

const TEXTS = {
  vi: {
    id: 2401,
    ask: (name: string) =>
      `“${name}” chạy trên kênh nào? Mình sẽ nhớ kênh này cho “${name}” ở những lần sau.`,
    channels: ['Facebook', 'TikTok', 'Zalo', 'Kênh khác'],
    tiktok: 'TikTok',
    zalo: 'Zalo',
    kill: (channel: string) => `🔴 KILL (tắt) · Váy đỏ (${channel})`,
    scale: (channel: string) => `🚀 SCALE (tăng ngân sách) · Áo thun (${channel})`,
    keep: (channel: string) => `🟡 KEEP (giữ nguyên) · Quần (${channel})`,
    stopped: 'Đã dừng: chọn kênh quảng cáo — chưa lưu gì.',
    line2Missing:
      'Dòng 2: Thiếu doanh thu (doanh thu).\nVí dụ: /ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0 (hoặc chỉ /ads để được hỏi từng số).',
    tooMany: 'Mỗi tin nhắn tối đa 10 quảng cáo, mỗi dòng một quảng cáo. Chưa lưu gì.',
    typedTwice: 'được gõ hai lần',
    severalOnALine:
      'Dòng này có nhiều quảng cáo. Mỗi dòng một quảng cáo: xuống dòng trước tên của từng quảng cáo, mình đánh giá lần lượt từng cái. Chưa lưu gì.',
  },
  en: {
    id: 2402,
    ask: (name: string) => `Where does “${name}” run? I will remember it for “${name}” next time.`,
    channels: ['Facebook', 'TikTok', 'Zalo', 'Other channel'],
    tiktok: 'TikTok',
    zalo: 'Zalo',
    kill: (channel: string) => `🔴 KILL (turn it off) · Váy đỏ (${channel})`,
    scale: (channel: string) => `🚀 SCALE (raise the budget) · Áo thun (${channel})`,
    keep: (channel: string) => `🟡 KEEP (leave it) · Quần (${channel})`,
    stopped: "Stopped: picking an ad's channel — nothing saved.",
    line2Missing:
      'Line 2: revenue (revenue) is missing.\nFor example: /ads Red dress: days 4, spend 1m, leads 0, orders 0, revenue 0 (or just /ads to be asked one number at a time).',
    tooMany: 'At most 10 ads in one message, one ad a line. Nothing saved.',
    typedTwice: 'typed twice',
    severalOnALine:
      "This line holds several ads. One ad a line: start a new line before each ad's name and I judge them one after another. Nothing saved.",
  },
};

const firstLines = (texts: string[]) => texts.map((text) => text.split('\n')[0]);

/** The judgements stored, by time (the clock moves between messages), then name: ads of one message share it. */
const stored = async () =>
  (await db.select().from(adDecisions).orderBy(asc(adDecisions.createdAt), asc(adDecisions.adName))).map(
    (row) => [row.adName, row.channel, row.decision],
  );

/** The bot's clock one minute on, as between two messages. */
const minuteLater = () => {
  h.clock.now = new Date(h.clock.now.getTime() + 60_000);
};

forEachLanguage(TEXTS, '/ads lines without a channel, and several ads in one message', (locale, x) => {
  async function owner() {
    const chat = await startOwner(h, locale, x.id);
    await insertFourteenDays(db, await shopOf(db, x.id));
    return chat;
  }

  it('asks the channel of a new ad once, with buttons, and judges the next line of the ad on it', async () => {
    const chat = await owner();
    const asked = await chat.send(`/ads ${VAY_DO}`);
    expect(asked.texts).toEqual([x.ask('Váy đỏ')]);
    expect(chat.buttons(asked.sent[0])).toEqual(x.channels);
    expect(await stored()).toEqual([]);
    const judged = await chat.press(x.tiktok);
    expect(firstLines(judged.texts)).toEqual([x.kill('TikTok')]);
    expect(await stored()).toEqual([['Váy đỏ', 'tiktok', 'KILL']]);
    // The same ad, its name in other letters: no question, the channel it had.
    h.clock.now = new Date('2026-11-25T20:00:00+07:00');
    const again = await chat.send('/ads váy đỏ: ngày 5, chi 1tr2, lead 0, đơn 0, doanh thu 0');
    expect(again.texts).toHaveLength(1);
    expect(again.texts[0]).toContain('KILL');
    expect(again.texts[0]).toContain('(TikTok)');
    expect(await stored()).toEqual([
      ['Váy đỏ', 'tiktok', 'KILL'],
      ['váy đỏ', 'tiktok', 'KILL'],
    ]);
  });

  it('a channel typed on a line is kept for the next line of that ad, and a channel typed again wins', async () => {
    const chat = await owner();
    expect(firstLines((await chat.send(`/ads ${AO_THUN}, kênh zalo`)).texts)).toEqual([x.scale('Zalo')]);
    minuteLater();
    expect(firstLines((await chat.send(`/ads ${AO_THUN}`)).texts)).toEqual([x.scale('Zalo')]);
    minuteLater();
    expect(firstLines((await chat.send(`/ads ${AO_THUN}, kênh fb`)).texts)).toEqual([x.scale('Facebook')]);
    minuteLater();
    expect(firstLines((await chat.send(`/ads ${AO_THUN}`)).texts)).toEqual([x.scale('Facebook')]);
    expect((await stored()).map((row) => row[1])).toEqual(['zalo', 'zalo', 'facebook', 'facebook']);
  });

  it('an ad named twice in one message takes the channel typed or picked for it on its first line', async () => {
    const chat = await owner();
    const typed = await chat.send(`/ads ${AO_THUN}, kênh tiktok\n${AO_THUN}`);
    expect(firstLines(typed.texts)).toEqual([x.scale('TikTok'), x.scale('TikTok')]);
    minuteLater();
    const asked = await chat.send(`/ads ${QUAN}\n${QUAN}`);
    expect(asked.texts).toEqual([x.ask('Quần')]);
    expect(firstLines((await chat.press(x.zalo)).texts)).toEqual([x.keep('Zalo'), x.keep('Zalo')]);
    expect((await stored()).map((row) => row[1])).toEqual(['tiktok', 'tiktok', 'zalo', 'zalo']);
  });

  it('judges three ads typed one a line, one after another, asking the channel of the new one in turn', async () => {
    const chat = await owner();
    const first = await chat.send(`/ads ${VAY_DO}, kênh tiktok\n${AO_THUN}\n${QUAN}, kênh khác`);
    expect(first.texts.join('\n')).not.toContain(x.typedTwice);
    expect(firstLines(first.texts)).toEqual([x.kill('TikTok'), x.ask('Áo thun')]);
    expect(await stored()).toEqual([['Váy đỏ', 'tiktok', 'KILL']]);
    const rest = await chat.press(x.zalo);
    expect(firstLines(rest.texts)).toEqual([x.scale('Zalo'), x.keep(x.channels[3]!)]);
    const rows = await stored();
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Váy đỏ', 'tiktok', 'KILL'],
        ['Áo thun', 'zalo', 'SCALE'],
        ['Quần', 'other', 'KEEP'],
      ]),
    );
    // Each judgement has its own answer buttons.
    expect(chat.buttons(first.sent[0]).length).toBe(2);
    expect(chat.buttons(rest.sent[0]).length).toBe(2);
  });

  it('three ads whose channels are known are judged at once; a wrong line says which and the others are judged', async () => {
    const chat = await owner();
    const all = await chat.send(
      `/ads ${VAY_DO}, kênh fb\n/ads ${AO_THUN}, kênh tiktok\n\n${QUAN}, kênh zalo`,
    );
    expect(firstLines(all.texts)).toEqual([x.kill('Facebook'), x.scale('TikTok'), x.keep('Zalo')]);
    minuteLater();
    const wrong = await chat.send(`/ads ${VAY_DO}\nÁo thun: ngày 5, chi 2tr, lead 100, đơn 20\n${QUAN}`);
    expect(wrong.texts).toHaveLength(3);
    expect(firstLines([wrong.texts[0]!, wrong.texts[2]!])).toEqual([x.kill('Facebook'), x.keep('Zalo')]);
    expect(wrong.texts[1]).toBe(x.line2Missing);
    expect(await stored()).toHaveLength(5);
  });

  it('a command while the channel is asked stops there: the ads before stay judged, the rest are not', async () => {
    const chat = await owner();
    await chat.send(`/ads ${VAY_DO}, kênh tiktok\n${AO_THUN}\n${QUAN}, kênh khác`);
    const stopped = await chat.send('/help');
    expect(stopped.texts[0]).toBe(x.stopped);
    expect(await stored()).toEqual([['Váy đỏ', 'tiktok', 'KILL']]);
  });

  it('three ads typed on one line are refused as several ads on a line, not as fields typed twice', async () => {
    const chat = await owner();
    const reply = await chat.send(`/ads ${VAY_DO}; ${AO_THUN}; ${QUAN}`);
    expect(reply.texts).toHaveLength(1);
    expect(reply.texts[0]!.split('\n')[0]).toBe(x.severalOnALine);
    expect(reply.texts[0]).not.toContain(x.typedTwice);
    expect(await stored()).toEqual([]);
  });

  it('more than ten ads in one message are refused, nothing judged', async () => {
    const chat = await owner();
    const lines = Array.from(
      { length: 11 },
      (_, i) => `QC ${i + 1}: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh fb`,
    );
    expect((await chat.send(`/ads ${lines.join('\n')}`)).texts).toEqual([x.tooMany]);
    expect(await stored()).toEqual([]);
  });
});
