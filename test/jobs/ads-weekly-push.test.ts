import { expect, it } from 'vitest';
import { insertAdDecision } from '../../src/db/queries/ad-decisions.js';
import { addDays } from '../../src/domain/local-date.js';
import { useBotHarness } from '../support/bot-harness.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { addShop, schedulerFor, sentTexts } from './job-fixtures.js';

// The Monday push of W48 (23–29/11/2026) lists the ads judged that week (Ho Chi Minh City time) and the
// owner's answers; an ad judged the Sunday before or the Monday after is left out.

const { db, h } = await useBotHarness({ now: '2026-11-24T12:00:00Z' });

async function shopWithAds(chatId: number, language: 'vi' | 'en') {
  const { shop } = await addShop(db, { chatId, language, settings: { reminderEnabled: false } });
  const days = Array.from(
    { length: 7 },
    (_, i): FixtureDay => [addDays('2026-11-23', i), 10, 5_000_000, 1_000_000, 50],
  );
  await insertDays(db, shop.id, days);
  const judged = (
    adName: string,
    decision: 'SCALE' | 'KEEP' | 'KILL',
    at: string,
    answer?: 'done' | 'later',
  ) =>
    insertAdDecision(db, {
      shopId: shop.id,
      adName,
      channel: 'tiktok',
      daysRunning: 4,
      spend: 1_000_000,
      leads: 0,
      orders: 0,
      revenue: 0,
      decision,
      createdAt: new Date(at),
      ...(answer && { ownerResponse: answer, respondedAt: new Date(at) }),
    });
  // Sunday 22/11 23:59 and Monday 30/11 00:00 in Ho Chi Minh City (UTC+7): outside W48.
  await judged('Trước', 'KILL', '2026-11-22T16:59:00Z');
  await judged('Váy đỏ', 'KILL', '2026-11-22T17:00:00Z', 'later');
  await judged('Áo thun', 'SCALE', '2026-11-29T16:59:00Z');
  await judged('Sau', 'KEEP', '2026-11-29T17:00:00Z');
}

it('the Monday push lists the week’s ads with their answers, in the owner’s language', async () => {
  await shopWithAds(651, 'vi');
  await shopWithAds(652, 'en');
  h.clock.now = new Date('2026-11-30T01:00:30Z'); // Monday 08:00 in Ho Chi Minh City
  await schedulerFor(h).tick();
  const vi = sentTexts(h, 651).at(-1)!;
  expect(vi).toContain(
    [
      '📣 Quảng cáo đã đánh giá trong tuần:',
      '• Váy đỏ (TikTok): 🔴 KILL (tắt) · 23/11/2026 · ⏰ để sau',
      '• Áo thun (TikTok): 🚀 SCALE (tăng ngân sách) · 29/11/2026 · chưa trả lời',
    ].join('\n'),
  );
  expect(vi).not.toContain('Trước');
  expect(vi).not.toContain('Sau (');
  const en = sentTexts(h, 652).at(-1)!;
  expect(en).toContain(
    [
      '📣 Ads judged this week:',
      '• Váy đỏ (TikTok): 🔴 KILL (turn it off) · Mon 23 Nov 2026 · ⏰ later',
      '• Áo thun (TikTok): 🚀 SCALE (raise the budget) · Sun 29 Nov 2026 · not answered',
    ].join('\n'),
  );
});
