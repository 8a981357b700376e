import { describe, expect, it } from 'vitest';
import { updateShopSettings } from '../../src/db/queries/shop-settings.js';
import { adDecisions } from '../../src/db/schema/index.js';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';
import { insertDays } from '../support/record-fixtures.js';

// /ads with one line, judged against the shop (test/support/ad-fixtures.ts): 14 days of 10 orders,
// 5.000.000 ₫ revenue, 1.000.000 ₫ ads, 50 leads at COGS 40 %. Worked by hand: AOV 70.000.000 / 140 =
// 500.000 ₫, CVR 140 / 700 = 20 %, contribution 70.000.000 × 0,6 = 42.000.000 ₫, so break-even CPA
// 42.000.000 / 140 = 300.000 ₫, CPL 42.000.000 / 700 = 60.000 ₫, ROAS 1 / 0,6 = 1,67, scale ROAS 1,67 × 1,3 = 2,17.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const VAY_DO = '/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh khác';
const AO_THUN = '/ads Áo thun: ngày 5, chi 2tr, lead 100, đơn 20, doanh thu 10tr';
const QUAN = '/ads Quần: ngày 1, chi 100k, lead 3, đơn 0, doanh thu 0, kênh khác';
// ROAS 15tr / 3tr = 5, CPL 3tr / 150 = 20.000 ₫, 60 orders: SCALE. 3.000.000 / 7 = 428.571 ₫/day now;
// × 1,2 = 514.285,71, typed into an ads manager as 510.000 ₫/day: the raise shown is 510.000 / 428.571 − 1
// = 19 %; 10.000 → 20.000 is +100 %.
const GIAY = '/ads Giày: ngày 7, chi 3tr, lead 150, đơn 60, doanh thu 15tr, kênh khác';
// 300.000 / 30 = 10.000 ₫/day; × 1,2 = 12.000 rounds back to 10.000, so the raise is the next step, 20.000.
const MU = '/ads Mũ: ngày 30, chi 300k, lead 15, đơn 3, doanh thu 1,5tr, kênh khác';

const TEXTS = {
  vi: {
    kill: '🔴 KILL (tắt) · Váy đỏ (Kênh khác)',
    noOrder: '• chi 1.000.000 ₫ ≥ 3 × CPA hòa vốn 300.000 ₫ mà chưa có đơn nào',
    noLead: '• chi 1.000.000 ₫ ≥ 3 × CPL hòa vốn 60.000 ₫ mà chưa có lead nào',
    killAction: '👉 Tắt quảng cáo này để khỏi mất thêm tiền.',
    derived: '📐 Mốc so sánh, tính từ 14 ngày đã ghi trong 28 ngày qua:',
    basis: 'CPA hòa vốn 300.000 ₫ · CPL hòa vốn 60.000 ₫ · ROAS hòa vốn 1,67 · ROAS để tăng ngân sách 2,17',
    // 3 × 60.000 = 180.000 ₫ spent without a lead.
    signal: '• đã chi 1.000.000 ₫ (≥ 180.000 ₫ = 3 × CPL hòa vốn) mà chưa có lead',
    buttons: ['✅ Đã làm', '⏰ Để sau'],
    scale: '🚀 SCALE (tăng ngân sách) · Áo thun (TikTok)',
    // 10.000.000 / 2.000.000 = 5; 2.000.000 / 100 = 20.000 ₫; 2.000.000 / 5 = 400.000 ₫/day, × 1,2 = 480.000 ₫.
    scaleReasons: [
      '• ROAS 5,00 ≥ 2,17 (mức để tăng ngân sách)',
      '• CPL 20.000 ₫ ≤ CPL hòa vốn 60.000 ₫',
      '• 20 đơn (cần ít nhất 3)',
      '👉 Tăng ngân sách 400.000 ₫/ngày → 480.000 ₫/ngày (+20 %), xem lại sau 2 ngày.',
    ],
    roundedBudget: '👉 Tăng ngân sách 428.571 ₫/ngày → 510.000 ₫/ngày (+19 %), xem lại sau 2 ngày.',
    smallestRaise: '👉 Tăng ngân sách 10.000 ₫/ngày → 20.000 ₫/ngày (+100 %), xem lại sau 2 ngày.',
    keep: '🟡 KEEP (giữ nguyên) · Quần (Kênh khác)',
    learning: [
      '• mới chạy 1/3 ngày: cần thêm 2 ngày',
      '• mới chi 100.000 ₫/300.000 ₫: cần chi thêm 200.000 ₫',
      '👉 Cứ để chạy tiếp: chưa đủ dữ liệu để kết luận.',
    ],
    ownerCpa: '• chi 1.000.000 ₫ ≥ 3 × CPA mục tiêu 250.000 ₫ mà chưa có đơn nào',
    ownerNoOrder: '• chi 1.000.000 ₫ ≥ 3 × CPA mục tiêu 300.000 ₫ mà chưa có đơn nào',
    ownerBasis:
      'CPA mục tiêu 250.000 ₫ (bạn đặt) · CPL hòa vốn 60.000 ₫ · ROAS hòa vốn 1,67 · ROAS để tăng ngân sách 3,00 (bạn đặt)',
    fewDays:
      '📐 Mới có 3 ngày được ghi trong 28 ngày qua (cần 7) nên chưa tính được giá trị đơn và tỉ lệ chốt của shop; dùng những gì bạn đã đặt:',
    fewBasis: 'ROAS hòa vốn 1,67 · ROAS để tăng ngân sách 2,17',
    noOrderYet: '👉 Đã chi 1.000.000 ₫ mà chưa có đơn nào: xem lại nội dung và đối tượng quảng cáo.',
    fewMissing: 'Chưa có: CPA hòa vốn, CPL hòa vốn (cần 7 ngày được ghi, hoặc mục tiêu CPA/CPL bạn đặt).',
    none: '⚠️ Chưa so được với điểm hòa vốn: thiếu giá trị đơn của shop (cần 7 ngày được ghi) và chưa có mục tiêu CPA, CPL hay ROAS nào được đặt.',
    example:
      'Ví dụ: /ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0 (hoặc chỉ /ads để được hỏi từng số).',
    missingRevenue: 'Thiếu doanh thu (doanh thu).',
    badSpend: 'tiền đã chi (chi): Mình không đọc được số tiền này.',
    noName: 'Cần tên quảng cáo trước dấu hai chấm.',
  },
  en: {
    kill: '🔴 KILL (turn it off) · Váy đỏ (Other channel)',
    noOrder: '• spent 1,000,000 ₫ ≥ 3 × break-even CPA 300,000 ₫ without a single order',
    noLead: '• spent 1,000,000 ₫ ≥ 3 × break-even CPL 60,000 ₫ without a single lead',
    killAction: '👉 Turn this ad off before it loses more money.',
    derived: '📐 Judged against numbers derived from 14 recorded days of the last 28:',
    basis: 'break-even CPA 300,000 ₫ · break-even CPL 60,000 ₫ · break-even ROAS 1.67 · ROAS to scale 2.17',
    signal: '• spent 1,000,000 ₫ (≥ 180,000 ₫ = 3 × the break-even CPL) without a lead',
    buttons: ['✅ Done', '⏰ Later'],
    scale: '🚀 SCALE (raise the budget) · Áo thun (TikTok)',
    scaleReasons: [
      '• ROAS 5.00 ≥ 2.17 (the ROAS to scale at)',
      '• CPL 20,000 ₫ ≤ break-even CPL 60,000 ₫',
      '• 20 orders (at least 3 needed)',
      '👉 Raise the budget 400,000 ₫/day → 480,000 ₫/day (+20%), look again in 2 days.',
    ],
    roundedBudget: '👉 Raise the budget 428,571 ₫/day → 510,000 ₫/day (+19%), look again in 2 days.',
    smallestRaise: '👉 Raise the budget 10,000 ₫/day → 20,000 ₫/day (+100%), look again in 2 days.',
    keep: '🟡 KEEP (leave it) · Quần (Other channel)',
    learning: [
      '• running 1/3 days: needs 2 more days',
      '• spent 100,000 ₫/300,000 ₫: needs 200,000 ₫ more',
      '👉 Let it run: not enough data to decide yet.',
    ],
    ownerCpa: '• spent 1,000,000 ₫ ≥ 3 × target CPA 250,000 ₫ without a single order',
    ownerNoOrder: '• spent 1,000,000 ₫ ≥ 3 × target CPA 300,000 ₫ without a single order',
    ownerBasis:
      'target CPA 250,000 ₫ (set by you) · break-even CPL 60,000 ₫ · break-even ROAS 1.67 · ROAS to scale 3.00 (set by you)',
    fewDays:
      "📐 Only 3 days recorded in the last 28 (7 needed), so the shop's order value and closing rate are not known yet; judged with what you set:",
    fewBasis: 'break-even ROAS 1.67 · ROAS to scale 2.17',
    noOrderYet: "👉 1,000,000 ₫ spent and no order yet: check the ad's content and audience.",
    fewMissing:
      'Missing: break-even CPA, break-even CPL (needs 7 recorded days, or a target CPA/CPL you set).',
    none: "⚠️ No judgement against break-even is possible: the shop's order value is unknown (needs 7 recorded days) and no target CPA, CPL or ROAS is set.",
    example:
      'For example: /ads Red dress: days 4, spend 1m, leads 0, orders 0, revenue 0 (or just /ads to be asked one number at a time).',
    missingRevenue: 'revenue (revenue) is missing.',
    badSpend: "spend (spend): I can't read that amount.",
    noName: "The ad's name goes before a colon.",
  },
};

forEachLanguage(TEXTS, '/ads in one line', (locale, x) => {
  const id = locale === 'vi' ? 801 : 802;

  async function owner(days = 14) {
    const chat = await startOwner(h, locale, id);
    const shopId = await shopOf(db, id);
    if (days > 0) await insertFourteenDays(db, shopId, days);
    return { chat, shopId };
  }

  it('KILLs Váy đỏ: 1.000.000 ≥ 3 × 300.000 with no order, with its basis, signal and buttons, and stores it', async () => {
    const { chat, shopId } = await owner();
    const reply = await chat.send(VAY_DO);
    expect(reply.texts).toHaveLength(1);
    const text = reply.texts[0]!;
    expect(text.split('\n').slice(0, 4)).toEqual([x.kill, x.noOrder, x.noLead, x.killAction]);
    expect(text).toContain(`${x.derived}\n${x.basis}`);
    expect(text).toContain(x.signal);
    expect(chat.buttons(reply.sent[0])).toEqual(x.buttons);
    const [row] = await db.select().from(adDecisions);
    expect(row).toMatchObject({
      shopId,
      adName: 'Váy đỏ',
      channel: 'other',
      daysRunning: 4,
      spend: 1_000_000,
      leads: 0,
      orders: 0,
      revenue: 0,
      decision: 'KILL',
      suggestedBudgetChangeRatio: null,
      earlyKillSignals: [{ code: 'no-lead', value: 1_000_000, threshold: 180_000 }],
      basis: { recordedDays: 14, aov: 500_000, breakEvenCpa: 300_000, breakEvenCpl: 60_000 },
      ownerResponse: null,
    });
    expect(row!.reasons.map((r) => r.code)).toEqual(['kill-no-order', 'kill-no-lead']);
  });

  it('SCALEs Áo thun: budget 400.000 → 480.000 ₫/day, look again in 2 days', async () => {
    const { chat } = await owner();
    const reply = await chat.send(`${AO_THUN}, kênh tiktok`);
    const text = reply.texts[0]!;
    expect(text.split('\n').slice(0, 5)).toEqual([x.scale, ...x.scaleReasons]);
    expect(chat.buttons(reply.sent[0])).toEqual(x.buttons);
    const [row] = await db.select().from(adDecisions);
    expect(row).toMatchObject({ decision: 'SCALE', channel: 'tiktok', suggestedBudgetChangeRatio: 0.2 });
  });

  it('SCALEs with the new daily budget rounded to 10.000 ₫, as an ads manager takes it', async () => {
    const { chat } = await owner();
    const giay = (await chat.send(GIAY)).texts[0]!;
    expect(giay.split('\n')[4]).toBe(x.roundedBudget);
    expect(giay).not.toMatch(/514[.,]28/);
    const mu = (await chat.send(MU)).texts[0]!;
    expect(mu.split('\n')[4]).toBe(x.smallestRaise);
  });

  it('keeps Quần learning: needs 2 more days (and 200.000 ₫ more spend), without buttons', async () => {
    const { chat } = await owner();
    const reply = await chat.send(QUAN);
    expect(reply.texts[0]!.split('\n').slice(0, 4)).toEqual([x.keep, ...x.learning]);
    expect(reply.sent[0]!.keyboard).toEqual([]);
  });

  it('uses a target the owner set instead of the derived one, and says which', async () => {
    const { chat, shopId } = await owner();
    await updateShopSettings(db, shopId, { targetCpa: 250_000, adScaleRoas: 3 });
    const text = (await chat.send(VAY_DO)).texts[0]!;
    expect(text).toContain(x.ownerCpa);
    expect(text).toContain(x.ownerBasis);
    const [row] = await db.select().from(adDecisions);
    expect(row!.basis).toMatchObject({
      breakEvenCpa: 250_000,
      scaleRoas: 3,
      sources: { cpa: 'owner', cpl: 'derived', roas: 'derived', scaleRoas: 'owner' },
    });
  });

  it('with fewer than 7 recorded days says so and judges with what the owner set', async () => {
    const { chat, shopId } = await owner(3);
    const text = (await chat.send(VAY_DO)).texts[0]!;
    // No CPA or CPL to compare with: nothing burnt "with nothing back" can be measured, so KEEP.
    expect(text).toContain(`${x.fewDays}\n${x.fewBasis}\n${x.fewMissing}`);
    expect(text).not.toContain('KILL');
    expect(text).toContain(x.noOrderYet);
    // With a target CPA of 300.000 ₫ set, the same ad is killed again.
    await updateShopSettings(db, shopId, { targetCpa: 300_000 });
    expect((await chat.send(VAY_DO)).texts[0]).toContain(x.ownerNoOrder);
  });

  it('with nothing to compare with says no judgement against break-even is possible, still learning rules', async () => {
    const { chat, shopId } = await owner(0);
    // A shipping cost per order needs the shop's order value for the margin.
    await updateShopSettings(db, shopId, { shippingCostPerOrder: 20_000 });
    await insertDays(db, shopId, [['2026-11-23', 10, 5_000_000, 1_000_000, 50]]);
    const text = (await chat.send(QUAN)).texts[0]!;
    expect(text).toContain(x.none);
    expect(text).toContain(x.learning[0]);
  });

  it('names the field of a wrong line and shows the example, storing nothing', async () => {
    const { chat } = await owner();
    expect((await chat.send('/ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0')).texts).toEqual([
      `${x.missingRevenue}\n${x.example}`,
    ]);
    expect((await chat.send('/ads Váy đỏ: ngày 4, chi abc, lead 0, đơn 0, dt 0')).texts[0]).toContain(
      x.badSpend,
    );
    expect((await chat.send('/ads Váy đỏ ngày 4')).texts).toEqual([`${x.noName}\n${x.example}`]);
    expect(await db.select().from(adDecisions)).toEqual([]);
  });
});

describe('/ads in English labels', () => {
  it('reads days/spend/leads/orders/revenue in any order, units written apart', async () => {
    const chat = await startOwner(h, 'en', 803);
    await insertFourteenDays(db, await shopOf(db, 803));
    const text = (
      await chat.send(
        '/ads Tee: revenue 10 million, orders 20, leads 100, spend 2 million, days 5, channel fb',
      )
    ).texts[0]!;
    expect(text).toContain('👉 Raise the budget 400,000 ₫/day → 480,000 ₫/day (+20%), look again in 2 days.');
  });
});
