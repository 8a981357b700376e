import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { claimJob, markJobFailed } from '../../src/db/queries/job-claims.js';
import { getShopSettings } from '../../src/db/queries/shop-settings.js';
import { actionItems, jobClaims, weeklyDiagnostics } from '../../src/db/schema/index.js';
import { REMINDER_JOB, WEEKLY_PUSH_JOB } from '../../src/jobs/due-jobs.js';
import { useBotHarness } from '../support/bot-harness.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { addShop, claimsOf, schedulerFor, sentTexts } from './job-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T12:00:00Z' });

const setClock = (iso: string) => {
  h.clock.now = new Date(iso);
};
const minutesAfter = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);
const remindersOnly = { weeklyPushEnabled: false } as const;
const pushesOnly = { reminderEnabled: false } as const;
/** Tuesday 24 November 2026, 21:00:30 in Ho Chi Minh City. */
const HCM_2100 = '2026-11-24T14:00:30Z';

describe('evening reminder', () => {
  it("reminds each shop at its reminder time in the shop's own time zone, in the owner's language", async () => {
    const hcm = await addShop(db, { chatId: 601, name: 'Hoa Mai', settings: remindersOnly });
    const berlin = await addShop(db, {
      chatId: 602,
      name: 'Berlin Blumen',
      language: 'en',
      timeZone: 'Europe/Berlin',
      settings: remindersOnly,
    });
    const la = await addShop(db, {
      chatId: 603,
      name: 'LA Flowers',
      language: 'en',
      timeZone: 'America/Los_Angeles',
      settings: remindersOnly,
    });
    const scheduler = schedulerFor(h);

    // 19:00 in Ho Chi Minh City, 13:00 in Berlin, 04:00 in Los Angeles: nobody's evening yet.
    await scheduler.tick();
    expect(h.api.callsOf('sendMessage')).toHaveLength(0);

    setClock(HCM_2100);
    await scheduler.tick();
    expect(sentTexts(h, hcm.chatId)).toEqual([
      '⏰ Hoa Mai: chưa có số liệu hôm nay (24/11/2026).\nGửi 4 số: đơn, doanh thu, quảng cáo, lead, ví dụ:\n15 8tr5 2tr 85',
    ]);
    expect(
      h.api
        .messagesIn(hcm.chatId)[0]!
        .keyboard.flat()
        .map((b) => b.text),
    ).toEqual(['🔕 Tắt nhắc nhở']);
    expect(sentTexts(h, berlin.chatId)).toEqual([]);

    setClock('2026-11-24T20:00:30Z'); // 21:00 in Berlin
    await scheduler.tick();
    expect(sentTexts(h, berlin.chatId)).toEqual([
      '⏰ Berlin Blumen: no numbers for today (Tue 24 Nov 2026) yet.\nSend 4 numbers: orders, revenue, ad spend, leads, e.g.:\n15 8.5m 2m 85',
    ]);
    expect(
      h.api
        .messagesIn(berlin.chatId)[0]!
        .keyboard.flat()
        .map((b) => b.text),
    ).toEqual(['🔕 Turn reminders off']);
    expect(sentTexts(h, la.chatId)).toEqual([]);

    setClock('2026-11-25T05:00:30Z'); // 21:00 on the 24th in Los Angeles, already the 25th in UTC
    await scheduler.tick();
    expect(sentTexts(h, la.chatId)).toHaveLength(1);
    expect(sentTexts(h, la.chatId)[0]).toContain('(Tue 24 Nov 2026)');
    expect(h.api.callsOf('sendMessage')).toHaveLength(3);

    const sent = (await db.select().from(jobClaims)).filter((c) => c.state === 'sent');
    expect(sent.map((c) => c.periodKey)).toEqual(['2026-11-24', '2026-11-24', '2026-11-24']);
  });

  it('does not remind when the day already has a record', async () => {
    const shop = await addShop(db, { chatId: 611, settings: remindersOnly });
    await insertDays(db, shop.shop.id, [['2026-11-24', 15, 8_500_000, 2_000_000, 85]]);
    setClock(HCM_2100);
    await schedulerFor(h).tick();
    expect(h.api.callsOf('sendMessage')).toHaveLength(0);
    const [claim] = await claimsOf(db, shop.shop.id, REMINDER_JOB);
    expect(claim).toMatchObject({
      periodKey: '2026-11-24',
      state: 'skipped',
      lastError: 'day already recorded',
    });
  });

  it('sends the reminder once however often the scheduler ticks', async () => {
    const shop = await addShop(db, { chatId: 612, settings: remindersOnly });
    const scheduler = schedulerFor(h);
    for (const minutes of [0, 1, 2, 30, 119]) {
      h.clock.now = minutesAfter(HCM_2100, minutes);
      await scheduler.tick();
    }
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
    const claims = await claimsOf(db, shop.shop.id, REMINDER_JOB);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ state: 'sent', attempts: 1, claimedBy: 'test-instance' });
  });

  it('sends a reminder 1 h 59 late after downtime and leaves one 2 h 01 late alone', async () => {
    const onTime = await addShop(db, { chatId: 621, settings: { ...remindersOnly, reminderTime: '19:01' } });
    const tooLate = await addShop(db, { chatId: 622, settings: { ...remindersOnly, reminderTime: '18:59' } });
    setClock('2026-11-24T14:00:00Z'); // 21:00: the first tick after the bot came back
    const report = await schedulerFor(h).tick();
    expect(sentTexts(h, onTime.chatId)).toHaveLength(1);
    expect(sentTexts(h, tooLate.chatId)).toHaveLength(0);
    // Past its catch-up window, the slot is not found by the tick at all: no claim, no outcome.
    expect(await claimsOf(db, tooLate.shop.id)).toEqual([]);
    expect(report.shops).toBe(1);
    expect(report.outcomes.map((o) => [o.shopId, o.result])).toEqual([[onTime.shop.id, 'sent']]);
  });
});

/** A shop with only the weekly push on, and docs/product.md's example day on every day of W47 and W48. */
async function pushShopWithTwoWeeks(chatId: number, name?: string) {
  const shop = await addShop(db, { chatId, ...(name && { name }), settings: pushesOnly });
  const day = (i: number): FixtureDay => [`2026-11-${16 + i}`, 15, 8_500_000, 2_000_000, 85];
  await insertDays(
    db,
    shop.shop.id,
    Array.from({ length: 14 }, (_, i) => day(i)),
  );
  return shop;
}

describe('weekly push', () => {
  it('pushes on the configured day and time for the ISO week that just ended', async () => {
    const monday = await addShop(db, { chatId: 631, settings: pushesOnly });
    const friday = await addShop(db, {
      chatId: 632,
      language: 'en',
      timeZone: 'Europe/Berlin',
      settings: { ...pushesOnly, weeklyPushDay: 5, weeklyPushTime: '18:00' },
    });
    const scheduler = schedulerFor(h);

    setClock('2026-11-27T17:00:30Z'); // Friday 18:00 in Berlin
    await scheduler.tick();
    // W47 (16–22 November) had no records: the push says so.
    expect(sentTexts(h, friday.chatId)).toEqual(['No day of the week 16 Nov–22 Nov has been recorded yet.']);
    // The Monday shop's latest slot (Monday 23rd) is four days old by now: not sent, not even claimed.
    expect(sentTexts(h, monday.chatId)).toHaveLength(0);
    expect(await claimsOf(db, monday.shop.id)).toEqual([]);

    setClock('2026-11-30T01:00:30Z'); // Monday 08:00 in Ho Chi Minh City
    await scheduler.tick();
    expect(sentTexts(h, monday.chatId)).toEqual(['Tuần 23/11–29/11 chưa có ngày nào được ghi.']);
    const mondayClaims = await claimsOf(db, monday.shop.id, WEEKLY_PUSH_JOB);
    expect(mondayClaims.map((c) => [c.periodKey, c.state])).toEqual([['2026-W48', 'sent']]);
    const fridayClaims = await claimsOf(db, friday.shop.id, WEEKLY_PUSH_JOB);
    expect(fridayClaims.map((c) => [c.periodKey, c.state])).toEqual([['2026-W47', 'sent']]);
  });

  it('sends the week chart, then the diagnosis with its action buttons', async () => {
    const shop = await pushShopWithTwoWeeks(633, 'Hoa Mai');
    setClock('2026-11-30T01:00:30Z');
    await schedulerFor(h).tick();
    const calls = h.api.calls.filter((c) => c.method.startsWith('send'));
    expect(calls.map((c) => c.method)).toEqual(['sendPhoto', 'sendMessage']);
    expect(calls[0]!.files.photo!.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(String(calls[1]!.payload.text)).toContain('📊 Tuần 23/11–29/11 · Hoa Mai');
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({ periodKey: '2026-W48', state: 'sent' });
  });

  it('diagnoses the week of every due shop in one batch, and each push shows what the batch stored', async () => {
    const shops = await Promise.all(
      [651, 652, 653].map((chatId) => addShop(db, { chatId, name: `Shop ${chatId}`, settings: pushesOnly })),
    );
    // docs/product.md's example weeks: profit falls, CVR halves, ROAS goes under break-even.
    for (const { shop } of shops.slice(0, 2)) {
      await insertDays(db, shop.id, [
        ...Array.from(
          { length: 7 },
          (_, i) => [`2026-11-${16 + i}`, 15, 8_500_000, 2_000_000, 85] as FixtureDay,
        ),
        ...Array.from(
          { length: 7 },
          (_, i) => [`2026-11-${23 + i}`, 8, 4_000_000, 2_500_000, 90] as FixtureDay,
        ),
      ]);
    }
    setClock('2026-11-30T01:00:30Z');
    const report = await schedulerFor(h).tick();
    // Shop 653 has no record that week: nothing to store for it, and its push says so.
    expect(report.diagnoses).toEqual([
      { isoWeek: '2026-W48', shops: 3, diagnosed: 2, gone: 0, ms: expect.any(Number) },
    ]);
    expect(report.outcomes.map((o) => o.result)).toEqual(['sent', 'sent', 'sent']);
    const stored = await db.select().from(weeklyDiagnostics);
    expect(stored.map((d) => d.isoWeek)).toEqual(['2026-W48', '2026-W48']);
    // The push offers three of the eleven stored items, with their buttons (pressing one finds it), and
    // leaves the other eight to /actions: revenue back to last week's (18.900.000 ₫), ads back to last
    // week's (3.500.000 ₫), then CVR to 10 % (2.100.000 ₫, more sales like the first).
    const items = await db.select().from(actionItems).where(eq(actionItems.shopId, shops[0]!.shop.id));
    const buttons = h.api
      .messagesIn(651)
      .flatMap((m) => m.keyboard.flat())
      .map((b) => b.callback_data);
    expect(items).toHaveLength(11);
    expect(buttons).toHaveLength(9);
    const offered = items.filter((item) => buttons.some((data) => data?.includes(item.id)));
    expect(offered.map((i) => i.templateKey).sort()).toEqual([
      'action-contact-past-customers',
      'action-reply-leads-faster',
      'action-roll-back-ad-budget',
    ]);
    expect(h.api.messagesIn(651).at(-1)!.text).toContain('+ 8 việc nữa trong /actions');
  });

  it('resumes a push that failed part-way after the messages already delivered', async () => {
    const shop = await pushShopWithTwoWeeks(634);
    h.api.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' });
    setClock('2026-11-30T01:00:30Z');
    const scheduler = schedulerFor(h);
    await scheduler.tick();
    const [failed] = await claimsOf(db, shop.shop.id);
    expect(failed).toMatchObject({
      state: 'failed',
      messagesSent: 1,
      lastError: 'sendMessage: 500 Internal Server Error',
    });

    h.clock.now = minutesAfter('2026-11-30T01:00:30Z', 1);
    await scheduler.tick();
    expect(h.api.callsOf('sendPhoto')).toHaveLength(1);
    expect(h.api.messagesIn(shop.chatId).map((m) => (m.photo ? 'photo' : 'text'))).toEqual(['photo', 'text']);
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({
      state: 'sent',
      attempts: 2,
      messagesSent: 2,
    });
  });

  it("resumes a retried push after as many messages as its claim's messages_sent says went out", async () => {
    const shop = await pushShopWithTwoWeeks(635);
    // An earlier attempt delivered the chart (the first of the two messages), then failed; nothing else
    // (not the error text) says how far it got.
    const claim = (await claimJob(db, {
      shopId: shop.shop.id,
      kind: WEEKLY_PUSH_JOB,
      periodKey: '2026-W48',
      claimedBy: 'earlier',
      now: new Date('2026-11-30T01:00:30Z'),
    }))!;
    await markJobFailed(db, shop.shop.id, claim.id, {
      error: 'network: timeout',
      nextAttemptAt: new Date('2026-11-30T01:01:30Z'),
      messagesSent: 1,
    });

    setClock('2026-11-30T01:01:30Z');
    await schedulerFor(h).tick();
    expect(h.api.callsOf('sendPhoto')).toHaveLength(0);
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
    expect(sentTexts(h, shop.chatId)[0]).toContain('📊 Tuần 23/11–29/11');
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({
      state: 'sent',
      attempts: 2,
      messagesSent: 2,
    });
  });

  it('sends a weekly push 23 h late after downtime and leaves one 25 h late alone', async () => {
    const onTime = await addShop(db, { chatId: 641, settings: pushesOnly });
    const tooLate = await addShop(db, { chatId: 642, settings: { ...pushesOnly, weeklyPushTime: '06:00' } });
    setClock('2026-12-01T00:00:00Z'); // Tuesday 07:00 in Ho Chi Minh City
    await schedulerFor(h).tick();
    expect(sentTexts(h, onTime.chatId).join('\n')).toContain('23/11–29/11');
    expect(sentTexts(h, tooLate.chatId)).toHaveLength(0);
    expect(await claimsOf(db, tooLate.shop.id)).toEqual([]);
  });
});

describe('several instances and restarts', () => {
  it('two schedulers ticking together send exactly one reminder and one weekly push per shop', async () => {
    const shops = await Promise.all(
      [651, 652, 653, 654, 655, 656].map((chatId) =>
        addShop(db, { chatId, settings: { reminderTime: '08:00' } }),
      ),
    );
    const a = schedulerFor(h, { instanceId: 'instance-a' });
    const b = schedulerFor(h, { instanceId: 'instance-b' });
    setClock('2026-11-30T01:00:30Z'); // Monday 08:00: both jobs due for every shop
    const first = await Promise.all([a.tick(), b.tick()]);
    setClock('2026-11-30T01:01:30Z');
    await Promise.all([a.tick(), b.tick()]);

    for (const { chatId, shop } of shops) {
      const texts = sentTexts(h, chatId);
      expect(texts.filter((t) => t.startsWith('⏰'))).toHaveLength(1);
      expect(texts.filter((t) => !t.startsWith('⏰'))).toEqual([
        'Tuần 23/11–29/11 chưa có ngày nào được ghi.',
      ]);
      const claims = await claimsOf(db, shop.id);
      expect(claims.map((c) => [c.kind, c.state, c.attempts]).sort()).toEqual([
        [REMINDER_JOB, 'sent', 1],
        [WEEKLY_PUSH_JOB, 'sent', 1],
      ]);
    }
    const sentByEach = first.map((r) => r.outcomes.filter((o) => o.result === 'sent').length);
    expect(sentByEach[0]! + sentByEach[1]!).toBe(12);
  });

  it('a restart halfway through a broadcast sends only what was not marked sent', async () => {
    const shops = await Promise.all(
      Array.from({ length: 10 }, (_, i) => addShop(db, { chatId: 700 + i, settings: remindersOnly })),
    );
    setClock(HCM_2100);
    const first = schedulerFor(h, { instanceId: 'before-restart', concurrency: 1 });
    const stopAfterFour = h.api.onCall((call) => {
      if (call.method === 'sendMessage' && h.api.callsOf('sendMessage').length === 4) void first.stop();
    });
    await first.tick();
    stopAfterFour();
    expect(h.api.callsOf('sendMessage')).toHaveLength(4);

    h.clock.now = minutesAfter(HCM_2100, 1);
    await schedulerFor(h, { instanceId: 'after-restart' }).tick();
    for (const { chatId } of shops) expect(sentTexts(h, chatId)).toHaveLength(1);
    const claims = await db.select().from(jobClaims);
    expect(claims.filter((c) => c.claimedBy === 'before-restart')).toHaveLength(4);
    expect(claims.filter((c) => c.claimedBy === 'after-restart')).toHaveLength(6);
  });

  it('takes over a claim left by an instance that died mid-send only once the claim is stale', async () => {
    const shop = await addShop(db, { chatId: 661, settings: remindersOnly });
    const key = { shopId: shop.shop.id, kind: REMINDER_JOB, periodKey: '2026-11-24', claimedBy: 'dead' };
    await claimJob(db, { ...key, now: new Date(HCM_2100) });
    h.clock.now = minutesAfter(HCM_2100, 5);
    await schedulerFor(h).tick();
    expect(sentTexts(h, shop.chatId)).toHaveLength(0);

    h.clock.now = minutesAfter(HCM_2100, 11);
    await schedulerFor(h).tick();
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });
});

describe('start and stop', () => {
  it('ticks once right away when started, then every minute until stopped', async () => {
    const shop = await addShop(db, { chatId: 695, settings: remindersOnly });
    setClock(HCM_2100);
    const scheduler = schedulerFor(h);
    scheduler.start();
    await vi.waitFor(() => expect(sentTexts(h, shop.chatId)).toHaveLength(1), { timeout: 5000 });
    await scheduler.stop();
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({ state: 'sent' });
  });
});

describe('failed sends', () => {
  it('turns off the pushes of a shop whose owner blocked the bot, and never retries', async () => {
    const shop = await addShop(db, { chatId: 671 });
    h.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    setClock(HCM_2100);
    const scheduler = schedulerFor(h);
    await scheduler.tick();

    const [claim] = await claimsOf(db, shop.shop.id, REMINDER_JOB);
    expect(claim).toMatchObject({
      state: 'skipped',
      lastError: 'blocked: Forbidden: bot was blocked by the user',
    });
    expect(await getShopSettings(db, shop.shop.id)).toMatchObject({
      reminderEnabled: false,
      weeklyPushEnabled: false,
    });
    for (const minutes of [2, 20, 24 * 60, 6 * 24 * 60]) {
      h.clock.now = minutesAfter(HCM_2100, minutes);
      await scheduler.tick();
    }
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
  });

  it('marks a send that hit a server error failed and retries it on a later tick', async () => {
    const shop = await addShop(db, { chatId: 681, settings: remindersOnly });
    h.api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    setClock(HCM_2100);
    const scheduler = schedulerFor(h, { limiter: { perChatIntervalMs: 50 } });
    await scheduler.tick();
    const [failed] = await claimsOf(db, shop.shop.id);
    expect(failed).toMatchObject({ state: 'failed', attempts: 1, lastError: 'sendMessage: 502 Bad Gateway' });
    expect(failed!.nextAttemptAt).toEqual(minutesAfter(HCM_2100, 1));

    h.clock.now = minutesAfter(HCM_2100, 0.5);
    await scheduler.tick();
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);

    h.clock.now = minutesAfter(HCM_2100, 1);
    await scheduler.tick();
    expect(sentTexts(h, shop.chatId)).toHaveLength(2);
    expect(h.api.messagesIn(shop.chatId)).toHaveLength(1);
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('retries a network failure, backing off 1, 5 and 15 minutes, then gives up', async () => {
    const shop = await addShop(db, { chatId: 682, settings: remindersOnly });
    let calls = 0;
    const unreachable = async () => {
      calls++;
      throw new Error('connect ECONNREFUSED 149.154.167.220:443');
    };
    const scheduler = schedulerFor(h, { fetch: unreachable as never, limiter: { perChatIntervalMs: 50 } });
    for (const minutes of [0, 1, 6, 21]) {
      h.clock.now = minutesAfter(HCM_2100, minutes);
      await scheduler.tick();
    }
    expect(calls).toBe(4);
    const [claim] = await claimsOf(db, shop.shop.id);
    expect(claim).toMatchObject({ state: 'failed', attempts: 4, nextAttemptAt: null });
    expect(claim!.lastError).toMatch(/^network: /);

    h.clock.now = minutesAfter(HCM_2100, 60);
    await scheduler.tick();
    expect(calls).toBe(4);
  });

  it('waits out a 429 (JOBS_RETRY_POLICY) and sends in the same tick', async () => {
    const shop = await addShop(db, { chatId: 691, settings: remindersOnly });
    h.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    setClock(HCM_2100);
    const started = performance.now();
    await schedulerFor(h).tick();
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.api.callsOf('sendMessage')).toHaveLength(2);
    expect(h.api.messagesIn(shop.chatId)).toHaveLength(1);
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({ state: 'sent', attempts: 1 });
  });
});
