import { expect, it } from 'vitest';
import { insertFourteenDays, shopOf } from '../support/ad-fixtures.js';
import { useBotHarness } from '../support/bot-harness.js';
import { forEachLanguage, startOwner } from '../support/owner-in-language.js';

// The shop of test/support/ad-fixtures.ts: 14 days of 10 orders, 5.000.000 ₫ revenue, 1.000.000 ₫ ads,
// 50 leads at COGS 40 %: contribution 42.000.000 over 700 leads, so the break-even CPL is 60.000 ₫ and the
// scale ROAS 1 / 0,6 × 1,3 = 2,17. The ad: 2.000.000 spent, 50 leads (CPL 40.000 ₫), 20 orders,
// 10.000.000 revenue (ROAS 5,00).
const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const AD = '/ads Áo thun: ngày 5, chi 2tr, lead 50, đơn 20, doanh thu 10tr, kênh tiktok';

const LANGUAGES = {
  vi: {
    id: 2311,
    maxCpl: '/settings cpl tối đa 30k',
    maxCplSet: '✅ CPL tối đa: chưa đặt, không cảnh báo CPL → 30.000 ₫/lead.',
    targetCpl: '/settings cpl mục tiêu 35k',
    scale: '🚀 SCALE (tăng ngân sách) · Áo thun (TikTok)',
    underBreakEven: '• CPL 40.000 ₫ ≤ CPL hòa vốn 60.000 ₫',
    basis: 'CPL hòa vốn 60.000 ₫ ·',
    alert:
      '🚨 CPL tối đa 30.000 ₫ (bạn đặt) là ngưỡng cảnh báo hằng ngày, không phải mức hòa vốn: không dùng để chấm quảng cáo.',
    wrongName: 'CPL hòa vốn 30.000 ₫',
    keep: '🟡 KEEP (giữ nguyên) · Áo thun (TikTok)',
    overTarget: '👉 CPL 40.000 ₫ cao hơn CPL mục tiêu 35.000 ₫:',
    targetBasis: 'CPL mục tiêu 35.000 ₫ (bạn đặt)',
  },
  en: {
    id: 2312,
    maxCpl: '/settings max cpl 30k',
    maxCplSet: '✅ Max CPL: not set, no CPL alert → 30,000 ₫/lead.',
    targetCpl: '/settings target cpl 35k',
    scale: '🚀 SCALE (raise the budget) · Áo thun (TikTok)',
    underBreakEven: '• CPL 40,000 ₫ ≤ break-even CPL 60,000 ₫',
    basis: 'break-even CPL 60,000 ₫ ·',
    alert:
      '🚨 Max CPL 30,000 ₫ (set by you) is the daily alert threshold, not a break-even: no ad is judged by it.',
    wrongName: 'break-even CPL 30,000 ₫',
    keep: '🟡 KEEP (leave it) · Áo thun (TikTok)',
    overTarget: '👉 CPL 40,000 ₫ above target CPL 35,000 ₫:',
    targetBasis: 'target CPL 35,000 ₫ (set by you)',
  },
};

forEachLanguage(LANGUAGES, '/ads with the owner’s CPL settings', (locale, x) => {
  it('names the CPL alert ceiling as an alert threshold and judges by break-even; a target CPL is named a target', async () => {
    const chat = await startOwner(h, locale, x.id);
    await insertFourteenDays(db, await shopOf(db, x.id));
    expect((await chat.send(x.maxCpl)).texts[0]).toContain(x.maxCplSet);
    // 40.000 ≤ 60.000: the ceiling of 30.000 is no bar for the ad.
    const judged = (await chat.send(AD)).texts[0]!;
    expect(judged.split('\n')[0]).toBe(x.scale);
    expect(judged).toContain(x.underBreakEven);
    expect(judged).toContain(x.basis);
    expect(judged).toContain(x.alert);
    expect(judged).not.toContain(x.wrongName);
    // A target CPL of 35.000 is the owner's bar: 40.000 is above it.
    await chat.send(x.targetCpl);
    const targeted = (await chat.send(AD)).texts[0]!;
    expect(targeted.split('\n')[0]).toBe(x.keep);
    expect(targeted).toContain(x.overTarget);
    expect(targeted).toContain(x.targetBasis);
  });
});
