import { describe, expect, it, vi } from 'vitest';
import { claimJob, markJobFailed } from '../../src/db/queries/job-claims.js';
import { WEEKLY_PUSH_JOB } from '../../src/jobs/due-jobs.js';
import { useBotHarness } from '../support/bot-harness.js';
import { addShop, claimsOf, schedulerFor, sentTexts } from './job-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-30T00:00:00Z' });

const pushesOnly = { reminderEnabled: false } as const;
/** Monday 30 November 2026 in Ho Chi Minh City (UTC+7), at a local `HH:MM:SS`. */
const monday = (time: string) => new Date(`2026-11-30T${time}+07:00`);
const setClock = (time: string) => {
  h.clock.now = monday(time);
};

describe('a tick after a tick', () => {
  it('looks only at the slots that came due since the previous tick, and sweeps the window every 30 minutes', async () => {
    const scheduler = schedulerFor(h);
    setClock('12:00:30');
    await scheduler.tick();
    // A shop created after its push time (08:00, 4 h ago): the previous tick did not see it, and a
    // tick after a tick does not look that far back.
    const late = await addShop(db, { chatId: 1101, settings: pushesOnly });
    setClock('12:01:30');
    expect((await scheduler.tick()).shops).toBe(0);
    setClock('12:30:29');
    expect((await scheduler.tick()).shops).toBe(0);
    expect(sentTexts(h, late.chatId)).toEqual([]);

    // 30 minutes after the first tick's sweep: the whole 24 h window again.
    setClock('12:30:30');
    expect((await scheduler.tick()).shops).toBe(1);
    expect(sentTexts(h, late.chatId)).toHaveLength(1);
  });

  it('finds a slot that came due between two ticks, the second one late', async () => {
    const scheduler = schedulerFor(h);
    const shop = await addShop(db, { chatId: 1111, settings: { ...pushesOnly, weeklyPushTime: '09:00' } });
    setClock('08:59:59');
    await scheduler.tick();
    // A tick planned at 08:59:59 and the next one a minute and a half late: 09:00 is in between.
    setClock('09:01:30');
    expect((await scheduler.tick()).shops).toBe(1);
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
  });

  it("finds a failed claim of another instance once its retry is due, though its slot is past the previous tick's", async () => {
    const shop = await addShop(db, { chatId: 1121, settings: pushesOnly });
    const key = { shopId: shop.shop.id, kind: WEEKLY_PUSH_JOB, periodKey: '2026-W48' };
    const other = await claimJob(db, { ...key, claimedBy: 'instance-b', now: monday('08:00:30') });
    const scheduler = schedulerFor(h);
    for (const time of ['08:01:00', '08:05:00']) {
      setClock(time);
      await scheduler.tick();
    }
    await markJobFailed(db, shop.shop.id, other!.id, {
      error: 'sendMessage: 502 Bad Gateway',
      nextAttemptAt: monday('08:06:30'),
      messagesSent: 0,
    });
    // Looking after 08:03: the 08:00 slot is not in range, and the retry is 30 s away.
    setClock('08:06:00');
    expect((await scheduler.tick()).shops).toBe(0);
    expect(sentTexts(h, shop.chatId)).toEqual([]);

    setClock('08:07:00');
    expect((await scheduler.tick()).shops).toBe(1);
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
    expect(await claimsOf(db, shop.shop.id)).toMatchObject([{ state: 'sent', attempts: 2 }]);
  });

  it('takes over a claim of an instance that died once it is stale, though its slot is long past', async () => {
    const shop = await addShop(db, { chatId: 1131, settings: pushesOnly });
    const key = { shopId: shop.shop.id, kind: WEEKLY_PUSH_JOB, periodKey: '2026-W48' };
    await claimJob(db, { ...key, claimedBy: 'dead', now: monday('08:00:30') });
    const scheduler = schedulerFor(h);
    // Claimed at 08:00:30: stale after 10 minutes.
    for (const time of ['08:01:00', '08:05:00', '08:10:29']) {
      setClock(time);
      expect((await scheduler.tick()).shops).toBe(0);
    }
    expect(sentTexts(h, shop.chatId)).toEqual([]);
    setClock('08:11:00');
    expect((await scheduler.tick()).shops).toBe(1);
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
    expect(await claimsOf(db, shop.shop.id)).toMatchObject([{ state: 'sent', attempts: 2 }]);
  });
});

describe('a tick with a failed job', () => {
  it('does not move the window on: the next tick looks at the same slots again', async () => {
    const failing = await addShop(db, { chatId: 1161, settings: pushesOnly });
    h.api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    const scheduler = schedulerFor(h);
    setClock('12:00:30');
    await scheduler.tick();
    expect(await claimsOf(db, failing.shop.id)).toMatchObject([{ state: 'failed', attempts: 1 }]);
    // The first tick's sweep had a failure, so the next one sweeps again and finds a shop created since
    // with its push at 08:00.
    const late = await addShop(db, { chatId: 1162, settings: pushesOnly });
    setClock('12:01:00');
    await scheduler.tick();
    expect(sentTexts(h, late.chatId)).toHaveLength(1);
  });
});

describe('the start-up sweep', () => {
  it('finds the slot that came due while the instance was down', async () => {
    const shop = await addShop(db, { chatId: 1141, settings: pushesOnly });
    setClock('07:59:30');
    await schedulerFor(h, { instanceId: 'before' }).tick();
    expect(sentTexts(h, shop.chatId)).toEqual([]);
    // Down from 07:59:30 to 11:00:30, past the 08:00 push; the new instance's first tick sweeps.
    setClock('11:00:30');
    const report = await schedulerFor(h, { instanceId: 'after' }).tick();
    expect(report.shops).toBe(1);
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
  });

  it('sweeps again when a stopped scheduler is started again', async () => {
    const scheduler = schedulerFor(h);
    setClock('12:00:30');
    await scheduler.tick();
    const late = await addShop(db, { chatId: 1151, settings: pushesOnly });
    setClock('12:05:30');
    scheduler.start();
    try {
      await vi.waitFor(() => expect(sentTexts(h, late.chatId)).toHaveLength(1), { timeout: 5000 });
    } finally {
      await scheduler.stop();
    }
  });
});
