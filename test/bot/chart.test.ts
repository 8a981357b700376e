import { beforeEach, describe, expect, it } from 'vitest';
import { CHART_COLORS } from '../../src/charts/chart-theme.js';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { decodePng, pngSize } from '../charts/chart-pixels.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { type FixtureDay, insertDays, sameDaysEnding } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let chat: ChatSession;
let shopId: string;

/** The first shop of the owner with this Telegram id. */
const shopOf = async (telegramId: number): Promise<string> => (await shopIdsOf(db, String(telegramId)))[0]!;

/** `count` days ending 24/11/2026, each 15 orders, 8.500.000 ₫, 2.000.000 ₫ of ads, 85 leads. */
const daysEndingToday = (count: number): FixtureDay[] =>
  sameDaysEnding('2026-11-24', count, [15, 8_500_000, 2_000_000, 85]);

type ChartColour = keyof typeof CHART_COLORS;

/**
 * How each theme colour appears in a chart PNG: `pixels` of exactly that colour, and `bars`, the most
 * separate stretches (6 px or wider) of it along any one row — bars of that colour side by side.
 * What tells the charts apart (src/charts/): the week chart has one revenue bar (#2f80ed) and one ad spend
 * bar (#f2994a) per recorded day of the week; the 30-day chart draws them light (#a9c9f6, #f8cba4), one per recorded
 * day, under a ROAS line (#6b3fa0); the goal chart has no bars: a revenue line and a grey target path.
 */
async function colourUse(png: Buffer): Promise<Record<ChartColour, { pixels: number; bars: number }>> {
  const image = await decodePng(png);
  const names = Object.keys(CHART_COLORS) as ChartColour[];
  const use = Object.fromEntries(names.map((n) => [n, { pixels: 0, bars: 0 }])) as Record<
    ChartColour,
    { pixels: number; bars: number }
  >;
  for (let y = 0; y < image.height; y += 1) {
    const runs = new Map<ChartColour, number>();
    let run = { colour: '', length: 0 };
    const endRun = () => {
      for (const name of names) {
        if (CHART_COLORS[name] === run.colour && run.length >= 6) runs.set(name, (runs.get(name) ?? 0) + 1);
      }
    };
    for (let x = 0; x < image.width; x += 1) {
      const colour = image.hex(x, y);
      for (const name of names) if (CHART_COLORS[name] === colour) use[name].pixels += 1;
      if (colour === run.colour) run.length += 1;
      else {
        endRun();
        run = { colour, length: 1 };
      }
    }
    endRun();
    for (const [name, count] of runs) use[name].bars = Math.max(use[name].bars, count);
  }
  return use;
}

/** The week chart: a revenue and an ad spend bar per recorded day, a profit line, no 30-day colours. */
async function expectWeekChart(png: Buffer, recordedDays: number) {
  const use = await colourUse(png);
  expect(use.revenue.bars).toBe(recordedDays);
  expect(use.adSpend.bars).toBe(recordedDays);
  expect(use.profit.pixels).toBeGreaterThan(0);
  expect(use.revenueLight.pixels).toBe(0);
  expect(use.roas.pixels).toBe(0);
}

/** The 30-day chart: one light revenue and one light ad spend bar per recorded day, a ROAS line. */
async function expectMonthChart(png: Buffer, recordedDays: number) {
  const use = await colourUse(png);
  expect(use.revenueLight.bars).toBe(recordedDays);
  expect(use.adSpendLight.bars).toBe(recordedDays);
  expect(use.roas.pixels).toBeGreaterThan(0);
  expect(use.revenue.pixels).toBe(0);
  expect(use.adSpend.pixels).toBe(0);
  expect(use.profit.pixels).toBe(0);
}

/** The goal chart: a revenue line and the grey target path, no bars at all. */
async function expectGoalChart(png: Buffer) {
  const use = await colourUse(png);
  expect(use.revenue.pixels).toBeGreaterThan(0);
  expect(use.revenue.bars).toBeLessThan(7);
  expect(use.target.pixels).toBeGreaterThan(0);
  expect(use.adSpend.pixels).toBe(0);
  expect(use.revenueLight.pixels).toBe(0);
  expect(use.adSpendLight.pixels).toBe(0);
}

beforeEach(async () => {
  chat = h.user({ id: 601, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  shopId = await shopOf(601);
});

describe('/chart', () => {
  it('offers week, 30 days and goal as buttons', async () => {
    const reply = await chat.send('/chart');
    expect(reply.texts).toEqual(['📊 Bạn muốn xem biểu đồ nào?']);
    expect(chat.buttons(reply.sent[0])).toEqual(['📅 Tuần', '📈 30 ngày', '🎯 Mục tiêu']);
  });

  it('sends the week chart of this week, Monday to Sunday, as a photo with a one-line caption', async () => {
    await insertDays(db, shopId, daysEndingToday(7));
    const ask = await chat.send('/chart');
    const reply = await chat.press('Tuần');
    expect(reply.answers).toEqual(['']);
    const photos = reply.calls.filter((c) => c.method === 'sendPhoto');
    expect(photos).toHaveLength(1);
    // Tuesday 24/11: the week of 23/11–29/11 has its Monday and Tuesday, 2 × 8.500.000 ₫ of revenue and
    // 2 × 2.000.000 ₫ of ads; profit 2 × (8.500.000 × 0,6 − 2.000.000) = 6.200.000 ₫, as /week has it.
    expect(photos[0]!.payload.caption).toBe(
      '📊 23/11 – 29/11/2026: doanh thu 17.000.000 ₫, quảng cáo 4.000.000 ₫, ROAS 4,25 (hòa vốn 1,67), lãi ròng 6.200.000 ₫.',
    );
    const [message] = reply.sent;
    expect(message!.photo!.filename).toBe('week-2026-11-23.png');
    expect(pngSize(message!.photo!.bytes)).toEqual({ width: 1280, height: 720 });
    await expectWeekChart(message!.photo!.bytes, 2);
    // The buttons stay, so the owner can look at another chart.
    expect(reply.edited).toEqual([]);
    expect(chat.buttons(ask.sent[0])).toEqual(['📅 Tuần', '📈 30 ngày', '🎯 Mục tiêu']);
  });

  it('sends the 30-day chart and the goal chart', async () => {
    await insertDays(db, shopId, daysEndingToday(24));
    await upsertMonthlyGoal(db, shopId, { month: '2026-11', revenueTarget: 300_000_000 });
    await chat.send('/chart');
    const month = await chat.press('30 ngày');
    expect(month.sent[0]!.photo!.filename).toBe('month-2026-11-24.png');
    expect(month.sent[0]!.caption).toMatch(/^📈 30 ngày 26\/10 – 24\/11\/2026 \(24 ngày có số liệu\)/);
    await expectMonthChart(month.sent[0]!.photo!.bytes, 24);
    const goal = await chat.press('Mục tiêu');
    expect(goal.sent[0]!.photo!.filename).toBe('goal-2026-11.png');
    await expectGoalChart(goal.sent[0]!.photo!.bytes);
    expect(goal.sent[0]!.caption).toContain('đã đạt 204.000.000 ₫ / 300.000.000 ₫ (68 %)');
  });

  it('takes the chart from the command: /chart tuần, /chart month', async () => {
    await insertDays(db, shopId, daysEndingToday(10));
    const week = (await chat.send('/chart tuần')).sent[0]!;
    expect(week.photo!.filename).toBe('week-2026-11-23.png');
    expect(week.caption).toMatch(/^📊 23\/11 – 29\/11\/2026:/);
    await expectWeekChart(week.photo!.bytes, 2);
    const month = (await chat.send('/chart month')).sent[0]!;
    expect(month.photo!.filename).toBe('month-2026-11-24.png');
    expect(month.caption).toMatch(/^📈 30 ngày 26\/10 – 24\/11\/2026 \(10 ngày có số liệu\)/);
    await expectMonthChart(month.photo!.bytes, 10);
  });

  it('gives a shop with too little data a friendly text instead of a chart', async () => {
    await insertDays(db, shopId, daysEndingToday(1));
    await chat.send('/chart');
    const week = await chat.press('Tuần');
    expect(week.calls.some((c) => c.method === 'sendPhoto')).toBe(false);
    expect(week.texts[0]).toContain('Chưa đủ số liệu để vẽ biểu đồ tuần');
    const month = await chat.press('30 ngày');
    expect(month.texts[0]).toContain('cần ít nhất 7 ngày');
    const goal = await chat.press('Mục tiêu');
    expect(goal.texts[0]).toContain('Tháng 11/2026 chưa có mục tiêu doanh thu');
  });

  it('speaks English to an English-speaking owner', async () => {
    const en = await onboardEnglishOwner(h, 602);
    await insertDays(db, await shopOf(602), daysEndingToday(7));
    const ask = await en.send('/chart');
    expect(en.buttons(ask.sent[0])).toEqual(['📅 Week', '📈 30 days', '🎯 Goal']);
    const reply = await en.press('Week');
    await expectWeekChart(reply.sent[0]!.photo!.bytes, 2);
    expect(reply.sent[0]!.caption).toBe(
      '📊 23 Nov – 29 Nov 2026: revenue 17,000,000 ₫, ad spend 4,000,000 ₫, ROAS 4.25 (break-even 1.67), net profit 6,200,000 ₫.',
    );
  });

  it('treats a button of another shop or a tampered button as stale', async () => {
    const ask = await chat.send('/chart');
    const data = ask.sent[0]!.keyboard[0]![0]!.callback_data!;
    const forged = await chat.pressData(
      data.replace(shopId, '00000000-0000-4000-8000-000000000000'),
      ask.sent[0],
    );
    expect(forged.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    const tampered = await chat.pressData('chart:year:whatever', ask.sent[0]);
    expect(tampered.answers).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    expect([...forged.sent, ...tampered.sent]).toEqual([]);
  });

  it('asks someone without a shop to /start', async () => {
    const stranger = h.user({ id: 603, first_name: 'Minh', language_code: 'vi' });
    const reply = await stranger.send('/chart');
    expect(reply.texts[0]).toContain('/start');
  });
});
