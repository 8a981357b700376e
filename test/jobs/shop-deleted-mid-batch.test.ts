import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createJobMessages } from '../../src/bot/job-messages.js';
import { jobClaims, shops, weeklyDiagnostics } from '../../src/db/schema/index.js';
import type { JobMessages } from '../../src/jobs/job-deps.js';
import type { TickReport } from '../../src/jobs/job-scheduler.js';
import { beforeFirstStatement } from '../db/statement-hook.js';
import { useBotHarness } from '../support/bot-harness.js';
import { captureLogs, type LogCapture } from '../support/log-capture.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { addShop, schedulerFor, sentTexts } from './job-fixtures.js';

// An owner deletes their shop (through /shop, as owners do) while the Monday run is under way: after the
// batch read the shop's week, after the batch stored it, or after its push was claimed. The other shops'
// weeks are stored by the batch and pushed; the deleted shop gets nothing, and nothing fails.

const { db, h } = await useBotHarness({ now: '2026-11-30T01:00:30Z' }); // Monday 08:00 in Ho Chi Minh City

const pushesOnly = { reminderEnabled: false } as const;

/** docs/product.md's example weeks: W47 15 8tr5 2tr 85 a day, W48 8 4tr 2tr5 90 a day. */
const exampleWeeks: FixtureDay[] = [
  ...Array.from({ length: 7 }, (_, i): FixtureDay => [`2026-11-${16 + i}`, 15, 8_500_000, 2_000_000, 85]),
  ...Array.from({ length: 7 }, (_, i): FixtureDay => [`2026-11-${23 + i}`, 8, 4_000_000, 2_500_000, 90]),
];

/**
 * Hoa Mai (Vietnamese) and Lotus Flowers (English) stay; Bình's shop is deleted. Bình has opened /shop and
 * pressed delete already: `deleteShop()` presses the confirmation's Yes.
 */
async function threeShops() {
  const hoaMai = await addShop(db, { chatId: 801, name: 'Hoa Mai', settings: pushesOnly });
  const lotus = await addShop(db, {
    chatId: 803,
    name: 'Lotus Flowers',
    language: 'en',
    settings: pushesOnly,
  });
  const binh = await addShop(db, { chatId: 802, name: 'Bình Shop', settings: pushesOnly });
  for (const { shop } of [hoaMai, lotus, binh]) await insertDays(db, shop.id, exampleWeeks);
  const chat = h.user({ id: 802, first_name: 'Bình', language_code: 'vi' });
  await chat.send('/shop');
  const confirm = (await chat.press('🗑 Xóa cửa hàng')).edited[0]!;
  const deleted: string[] = [];
  const deleteShop = async () => {
    deleted.push(...(await chat.press('🗑 Xóa Bình Shop', confirm)).edited.map((m) => String(m.text)));
  };
  // What was sent to Bình before the Monday run: the /shop list.
  const callsBefore = h.api.calls.length;
  return { hoaMai, lotus, binh, deleteShop, deleted, callsBefore };
}

/** Each of the two owners left got the week chart, then the diagnosis of W48 in their language. */
async function expectOthersPushed(
  report: TickReport,
  { hoaMai, lotus }: Awaited<ReturnType<typeof threeShops>>,
) {
  expect(h.api.messagesIn(hoaMai.chatId).map((m) => (m.photo ? 'photo' : 'text'))).toEqual(['photo', 'text']);
  expect(sentTexts(h, hoaMai.chatId)[0]).toContain('📊 Tuần 23/11–29/11 · Hoa Mai');
  expect(h.api.messagesIn(lotus.chatId).map((m) => (m.photo ? 'photo' : 'text'))).toEqual(['photo', 'text']);
  expect(sentTexts(h, lotus.chatId)[0]).toContain('📊 Week 23 Nov–29 Nov · Lotus Flowers');
  const outcome = (shopId: string) => report.outcomes.find((o) => o.shopId === shopId)?.result;
  expect([outcome(hoaMai.shop.id), outcome(lotus.shop.id)]).toEqual(['sent', 'sent']);
  // 7 days × 4.000.000 ₫ and 7 × 8 orders, stored once per shop.
  const stored = await db.select().from(weeklyDiagnostics);
  expect(stored.map((d) => [d.shopId, d.isoWeek, d.revenue, d.orders]).sort()).toEqual(
    [
      [hoaMai.shop.id, '2026-W48', 28_000_000, 56],
      [lotus.shop.id, '2026-W48', 28_000_000, 56],
    ].sort(),
  );
}

/** Nothing of Bình's shop is left, nothing was sent to Bình, and the push of it was skipped quietly. */
async function expectDeletedShopSkipped(
  report: TickReport,
  logs: LogCapture,
  { binh, deleted, callsBefore }: Awaited<ReturnType<typeof threeShops>>,
) {
  expect(deleted).toEqual([
    '✅ Đã xóa cửa hàng Bình Shop (14 ngày số liệu). Bạn không còn cửa hàng nào; gõ /start để tạo cửa hàng mới.',
  ]);
  expect(await db.select().from(shops).where(eq(shops.id, binh.shop.id))).toEqual([]);
  expect(await db.select().from(jobClaims).where(eq(jobClaims.shopId, binh.shop.id))).toEqual([]);
  const sentToBinh = h.api.calls
    .slice(callsBefore)
    .filter((c) => c.method.startsWith('send') && Number(c.payload.chat_id) === 802);
  expect(sentToBinh).toEqual([]);
  expect(report.outcomes.find((o) => o.shopId === binh.shop.id)).toMatchObject({
    result: 'skipped',
    reason: 'shop deleted',
  });
  const skipped = logs.lines().filter((l) => l.msg === 'job skipped: shop deleted');
  expect(skipped).toEqual([expect.objectContaining({ level: 30, shop_id: binh.shop.id })]);
  expectNothingFailed(logs);
}

function expectNothingFailed(logs: LogCapture) {
  expect(logs.lines().filter((l) => Number(l.level) >= 40)).toEqual([]);
  expect(logs.raw.filter((line) => /23503|foreign key/i.test(line))).toEqual([]);
  expect(logs.lines().map((l) => l.msg)).not.toContain(
    'batch diagnosis failed; each push diagnoses its own week',
  );
}

it('a shop deleted after the batch read its week is skipped; the batch stores the others and they are pushed', async () => {
  const fixture = await threeShops();
  const logs = captureLogs('debug');
  const hooked = beforeFirstStatement(db, /insert into weekly_diagnostics/, fixture.deleteShop);
  const report = await schedulerFor(h, { deps: { db: hooked.db, logger: logs.logger } }).tick();
  expect(hooked.fired()).toBe(true);

  // Stored by the batch (the per-push fallback would report null and log that the batch failed).
  expect(report.diagnoses).toEqual([
    { isoWeek: '2026-W48', shops: 3, diagnosed: 2, gone: 1, ms: expect.any(Number) },
  ]);
  const batch = logs.lines().filter((l) => l.msg === 'weekly diagnoses stored');
  expect(batch).toEqual([expect.objectContaining({ week: '2026-W48', shops: 3, diagnosed: 2, gone: 1 })]);
  await expectOthersPushed(report, fixture);
  await expectDeletedShopSkipped(report, logs, fixture);
});

/** The bot's job messages, with `before` run before a push of `shopId` is built. */
function messagesWith(shopId: string, before: () => Promise<void>): JobMessages {
  const messages = createJobMessages(h.deps);
  return {
    ...messages,
    async weeklyPush(shop, isoWeek) {
      if (shop.shop.id === shopId) await before();
      return messages.weeklyPush(shop, isoWeek);
    },
  };
}

it('a shop deleted after the batch stored its week and before its push is claimed gets no push', async () => {
  const fixture = await threeShops();
  const logs = captureLogs('debug');
  // One job at a time, in the order the shops were created: Bình's claim comes after Hoa Mai's push.
  const messages = messagesWith(fixture.hoaMai.shop.id, fixture.deleteShop);
  const report = await schedulerFor(h, { concurrency: 1, messages, deps: { logger: logs.logger } }).tick();
  expect(report.outcomes.map((o) => o.shopId)).toEqual([
    fixture.hoaMai.shop.id,
    fixture.lotus.shop.id,
    fixture.binh.shop.id,
  ]);
  expect(report.diagnoses).toEqual([
    { isoWeek: '2026-W48', shops: 3, diagnosed: 3, gone: 0, ms: expect.any(Number) },
  ]);
  await expectOthersPushed(report, fixture);
  await expectDeletedShopSkipped(report, logs, fixture);
});

it('a shop deleted after its push was claimed, while the push is built, gets no push', async () => {
  const fixture = await threeShops();
  const logs = captureLogs('debug');
  const messages = messagesWith(fixture.binh.shop.id, fixture.deleteShop);
  const report = await schedulerFor(h, { messages, deps: { logger: logs.logger } }).tick();
  await expectOthersPushed(report, fixture);
  await expectDeletedShopSkipped(report, logs, fixture);
});

it('a push whose shop is still there and whose build fails is logged with its error and retried', async () => {
  const { hoaMai, lotus, binh } = await threeShops();
  const logs = captureLogs('debug');
  const messages = messagesWith(binh.shop.id, async () => {
    throw new Error('chart worker crashed');
  });
  const report = await schedulerFor(h, { messages, deps: { logger: logs.logger } }).tick();
  expect(report.outcomes.find((o) => o.shopId === binh.shop.id)).toMatchObject({ result: 'failed' });
  const [claim] = await db.select().from(jobClaims).where(eq(jobClaims.shopId, binh.shop.id));
  expect(claim).toMatchObject({
    state: 'failed',
    attempts: 1,
    nextAttemptAt: new Date('2026-11-30T01:01:30Z'),
  });
  const failed = logs.lines().filter((l) => l.msg === 'could not build the job message');
  expect(failed).toEqual([
    expect.objectContaining({
      level: 50,
      shop_id: binh.shop.id,
      err: expect.objectContaining({ message: 'chart worker crashed' }),
    }),
  ]);
  expect(logs.lines().map((l) => l.msg)).not.toContain('job skipped: shop deleted');
  expect(sentTexts(h, hoaMai.chatId)).toHaveLength(1);
  expect(sentTexts(h, lotus.chatId)).toHaveLength(1);
});
