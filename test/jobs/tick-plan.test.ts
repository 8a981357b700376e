import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  listClaimsDueAgain,
  listDueCandidates,
  listScheduledTimeZones,
} from '../../src/db/queries/due-shops.js';
import { STALE_CLAIM_MS } from '../../src/db/queries/job-claims.js';
import { listShopsForScheduling } from '../../src/db/queries/shops.js';
import { jobClaims, type NewJobClaim } from '../../src/db/schema/index.js';
import {
  dueJobsOf,
  isTooLate,
  type JobKind,
  REMINDER_JOB,
  type SlotMemo,
  WEEKLY_PUSH_JOB,
} from '../../src/jobs/due-jobs.js';
import { dueRanges } from '../../src/jobs/due-ranges.js';
import { MAX_SEND_ATTEMPTS } from '../../src/jobs/send-failure.js';
import { planTick, type TickPlan } from '../../src/jobs/tick-plan.js';
import { useTestDatabase } from '../support/test-db.js';
import { addShop } from './job-fixtures.js';

const db = await useTestDatabase();

const remindersOnly = { weeklyPushEnabled: false } as const;
const at = (iso: string) => new Date(iso);

/** `name:kind:period` of each open job, sorted. */
const openJobs = (plan: TickPlan) =>
  plan.open.map((j) => `${j.shop.shop.name}:${j.kind}:${j.periodKey}`).sort();

/** What the due-ness query of a scheduled tick returns at `now` (settled claims left out). */
async function candidatesAt(now: Date) {
  const zones = await listScheduledTimeZones(db);
  return listDueCandidates(db, dueRanges(now, zones, [REMINDER_JOB, WEEKLY_PUSH_JOB]), {
    now,
    staleBefore: new Date(now.getTime() - STALE_CLAIM_MS),
    maxAttempts: MAX_SEND_ATTEMPTS,
  });
}

async function reminderShop(chatId: number, name: string, reminderTime: string, more: object = {}) {
  return addShop(db, { chatId, name, settings: { ...remindersOnly, reminderTime, ...more } });
}

describe('a scheduled tick reads only the shops with a job due', () => {
  it('never loads the shops whose slots are outside their catch-up window', async () => {
    // Tuesday 24 November 2026, 21:30 in Ho Chi Minh City.
    const now = at('2026-11-24T14:30:00Z');
    for (let i = 0; i < 30; i++) {
      // Reminder at 18:00 (3 h 30 ago), push on Wednesdays at 09:00 (6 days ago): neither is due.
      await addShop(db, { chatId: 800 + i, settings: { reminderTime: '18:00', weeklyPushDay: 3 } });
    }
    await reminderShop(851, 'Due A', '21:00');
    await reminderShop(852, 'Due B', '19:31');

    expect((await candidatesAt(now)).map((c) => c.kind)).toEqual([REMINDER_JOB, REMINDER_JOB]);
    const plan = await planTick(db, now);
    expect(plan.shops).toBe(2);
    expect(openJobs(plan)).toEqual(['Due A:daily-reminder:2026-11-24', 'Due B:daily-reminder:2026-11-24']);
  });

  it('finds reminders in a window that crosses midnight, each for its books day', async () => {
    // 00:45 on Wednesday 25 November in Ho Chi Minh City: the window is 22:45 on the 24th to 00:45.
    const now = at('2026-11-24T17:45:00Z');
    await reminderShop(861, 'A 23:30', '23:30');
    // After midnight, before the day closes at 04:00: the reminder is about the 24th.
    await reminderShop(862, 'B 00:30', '00:30');
    // A day that closes at midnight: the reminder at 00:30 is about the 25th.
    await reminderShop(863, 'E 00:30 closes 00:00', '00:30', { dayClosesAt: '00:00' });
    await reminderShop(864, 'F 22:46', '22:46');
    await reminderShop(865, 'G 22:45', '22:45'); // exactly 2 h ago: too late
    await reminderShop(866, 'C 22:30', '22:30');
    await reminderShop(867, 'D 01:00', '01:00'); // today's is to come, yesterday's is long past

    expect(await candidatesAt(now)).toHaveLength(4);
    expect(openJobs(await planTick(db, now))).toEqual([
      'A 23:30:daily-reminder:2026-11-24',
      'B 00:30:daily-reminder:2026-11-24',
      'E 00:30 closes 00:00:daily-reminder:2026-11-25',
      'F 22:46:daily-reminder:2026-11-24',
    ]);
  });

  it("works in the shop's own zone at a quarter-hour offset (Kathmandu, UTC+05:45)", async () => {
    await addShop(db, {
      chatId: 871,
      name: 'Kathmandu',
      timeZone: 'Asia/Kathmandu',
      settings: { ...remindersOnly, reminderTime: '21:00' },
    });
    await addShop(db, {
      chatId: 872,
      name: 'Bangkok',
      timeZone: 'Asia/Bangkok',
      settings: { ...remindersOnly, reminderTime: '21:00' },
    });
    // 21:00 in Kathmandu is 15:15 UTC; in Bangkok (UTC+7) 14:00 UTC.
    const openAt = async (iso: string) => openJobs(await planTick(db, at(iso)));
    expect(await openAt('2026-11-24T15:14:59Z')).toEqual(['Bangkok:daily-reminder:2026-11-24']);
    expect(await openAt('2026-11-24T15:15:00Z')).toEqual([
      'Bangkok:daily-reminder:2026-11-24',
      'Kathmandu:daily-reminder:2026-11-24',
    ]);
    expect(await openAt('2026-11-24T17:14:59Z')).toEqual(['Kathmandu:daily-reminder:2026-11-24']);
    expect(await openAt('2026-11-24T17:15:00Z')).toEqual([]);
  });

  it('follows real time, not the local clock, across daylight-saving changes (Berlin)', async () => {
    const berlin = (chatId: number, name: string, reminderTime: string) =>
      addShop(db, { chatId, name, timeZone: 'Europe/Berlin', settings: { ...remindersOnly, reminderTime } });
    await berlin(881, '01:30', '01:30');
    await berlin(882, '02:30', '02:30');
    await berlin(883, '00:15', '00:15');
    // 29 March 2026: at 01:00 UTC the clocks go from 02:00 to 03:00. At 02:00 UTC it is 04:00 local:
    // 01:30 CET (00:30 UTC) was 1 h 30 ago although the local clock moved 2 h 30; 02:30 does not exist
    // and is taken as 03:30 CEST (01:30 UTC); 00:15 CET (23:15 UTC) was 2 h 45 ago.
    expect(openJobs(await planTick(db, at('2026-03-29T02:00:00Z')))).toEqual([
      '01:30:daily-reminder:2026-03-28',
      '02:30:daily-reminder:2026-03-28',
    ]);
    // 25 October 2026: at 01:00 UTC the clocks go from 03:00 back to 02:00. 01:30 CEST is 23:30 UTC on the
    // 24th: 1 h 50 ago at 01:20 UTC, exactly 2 h ago at 01:30 UTC (02:30 local, one local hour later).
    expect(openJobs(await planTick(db, at('2026-10-25T01:20:00Z')))).toContain(
      '01:30:daily-reminder:2026-10-24',
    );
    expect(openJobs(await planTick(db, at('2026-10-25T01:30:00Z')))).not.toContain(
      '01:30:daily-reminder:2026-10-24',
    );
  });

  it('finds the weekly push for a day after its time, and not after its 24 hours', async () => {
    await addShop(db, { chatId: 891, name: 'Monday 08:00', settings: { reminderEnabled: false } });
    await addShop(db, {
      chatId: 892,
      name: 'Sunday 20:00',
      settings: { reminderEnabled: false, weeklyPushDay: 7, weeklyPushTime: '20:00' },
    });
    // Monday 30 November 2026, 07:59 in Ho Chi Minh City: Sunday 20:00 was 11 h 59 ago (for W47, the week
    // that had ended by that Sunday); Monday 08:00 is a minute away and last week's is 7 days old.
    expect(openJobs(await planTick(db, at('2026-11-30T00:59:00Z')))).toEqual([
      'Sunday 20:00:weekly-push:2026-W47',
    ]);
    // Monday 20:00: Sunday's push is exactly 24 h old, Monday's 12 h.
    expect(openJobs(await planTick(db, at('2026-11-30T13:00:00Z')))).toEqual([
      'Monday 08:00:weekly-push:2026-W48',
    ]);
  });
});

describe('claims in the due-ness query', () => {
  it('leaves out exactly the settled claims, as isSettled judges them', async () => {
    // 21:30 in Ho Chi Minh City, every shop's reminder at 21:00.
    const now = at('2026-11-24T14:30:00Z');
    const seconds = (s: number) => new Date(now.getTime() + s * 1000);
    const cases: [string, Partial<NewJobClaim> | null][] = [
      ['no claim', null],
      ['sent', { state: 'sent', attempts: 1 }],
      ['skipped', { state: 'skipped', attempts: 1 }],
      ['failed, retry due now', { state: 'failed', attempts: 1, nextAttemptAt: now }],
      ['failed, retry in 1 s', { state: 'failed', attempts: 1, nextAttemptAt: seconds(1) }],
      ['failed, out of attempts', { state: 'failed', attempts: 4, nextAttemptAt: seconds(-60) }],
      ['failed, no retry', { state: 'failed', attempts: 2, nextAttemptAt: null }],
      ['claimed 9 min 59 s ago', { state: 'claimed', attempts: 1, claimedAt: seconds(-599) }],
      ['claimed 10 min ago', { state: 'claimed', attempts: 1, claimedAt: seconds(-600) }],
      ['sent yesterday', { state: 'sent', attempts: 1, periodKey: '2026-11-23' }],
    ];
    for (const [i, [name, claim]] of cases.entries()) {
      const { shop } = await reminderShop(900 + i, name, '21:00');
      if (claim) {
        await db
          .insert(jobClaims)
          .values({ shopId: shop.id, kind: REMINDER_JOB, periodKey: '2026-11-24', ...claim });
      }
    }
    const open = [
      'claimed 10 min ago:daily-reminder:2026-11-24',
      'failed, retry due now:daily-reminder:2026-11-24',
      'no claim:daily-reminder:2026-11-24',
      'sent yesterday:daily-reminder:2026-11-24',
    ];

    expect(await candidatesAt(now)).toHaveLength(4);
    const plan = await planTick(db, now);
    expect(openJobs(plan)).toEqual(open);
    expect(plan.settled).toEqual([]);

    // With the settled ones listed (the ops CLI), the same split, and the six settled ones by name.
    const listed = await planTick(db, now, { listSettled: true });
    expect(openJobs(listed)).toEqual(open);
    expect(listed.settled.map((o) => [o.shopName, o.result, o.reason]).sort()).toEqual([
      ['claimed 9 min 59 s ago', 'taken', 'in progress (unknown)'],
      ['failed, no retry', 'taken', 'failed'],
      ['failed, out of attempts', 'taken', `failed, next attempt ${seconds(-60).toISOString()}`],
      ['failed, retry in 1 s', 'taken', `failed, next attempt ${seconds(1).toISOString()}`],
      ['sent', 'taken', 'sent'],
      ['skipped', 'taken', 'skipped'],
    ]);
  });

  it('reads the claim of the books day a reminder after midnight is for', async () => {
    const now = at('2026-11-24T17:45:00Z'); // 00:45 on the 25th in Ho Chi Minh City
    const closesAt4 = await reminderShop(921, 'closes 04:00', '00:30');
    const closesAt0 = await reminderShop(922, 'closes 00:00', '00:30', { dayClosesAt: '00:00' });
    const sent = (shopId: string, periodKey: string): NewJobClaim => ({
      shopId,
      kind: REMINDER_JOB,
      periodKey,
      state: 'sent',
      attempts: 1,
    });
    // Each shop's claim of the other period does not settle it.
    await db
      .insert(jobClaims)
      .values([sent(closesAt4.shop.id, '2026-11-25'), sent(closesAt0.shop.id, '2026-11-24')]);
    expect(openJobs(await planTick(db, now))).toEqual([
      'closes 00:00:daily-reminder:2026-11-25',
      'closes 04:00:daily-reminder:2026-11-24',
    ]);
    await db
      .insert(jobClaims)
      .values([sent(closesAt4.shop.id, '2026-11-24'), sent(closesAt0.shop.id, '2026-11-25')]);
    expect(await candidatesAt(now)).toEqual([]);
    expect(openJobs(await planTick(db, now))).toEqual([]);
  });
});

describe('a tick that looks only after an earlier tick (since)', () => {
  // Monday 30 November 2026, 12:00:30 in Ho Chi Minh City; the previous tick at 12:00:30 less 2 minutes.
  const now = at('2026-11-30T05:00:30Z');
  const since = at('2026-11-30T04:58:30Z');
  const seconds = (s: number) => new Date(now.getTime() + s * 1000);
  const pushesOnly = { reminderEnabled: false } as const;

  async function seed() {
    const push = async (
      chatId: number,
      name: string,
      weeklyPushTime: string,
      claim?: Partial<NewJobClaim>,
    ) => {
      const { shop } = await addShop(db, { chatId, name, settings: { ...pushesOnly, weeklyPushTime } });
      if (claim) {
        await db
          .insert(jobClaims)
          .values({ shopId: shop.id, kind: WEEKLY_PUSH_JOB, periodKey: '2026-W48', ...claim });
      }
    };
    await push(1001, '08:00 no claim', '08:00');
    await push(1002, '11:58', '11:58');
    await push(1003, '11:59', '11:59');
    await push(1004, '12:00', '12:00');
    await push(1005, '12:01', '12:01');
    await push(1006, '08:00 retry due', '08:00', {
      state: 'failed',
      attempts: 1,
      nextAttemptAt: seconds(-30),
    });
    await push(1007, '08:00 retry in 1 min', '08:00', {
      state: 'failed',
      attempts: 1,
      nextAttemptAt: seconds(60),
    });
    await push(1008, '08:00 out of attempts', '08:00', {
      state: 'failed',
      attempts: 4,
      nextAttemptAt: seconds(-60),
    });
    await push(1009, '08:00 stale', '08:00', { state: 'claimed', attempts: 1, claimedAt: seconds(-11 * 60) });
    await push(1010, '08:00 live', '08:00', { state: 'claimed', attempts: 1, claimedAt: seconds(-9 * 60) });
    await push(1011, '08:00 sent', '08:00', { state: 'sent', attempts: 1 });
    // Reminders whose failed claim of yesterday (the 29th) has a retry due: at 21:00 yesterday's slot is
    // 15 h old, past its 2 h; at 11:30 the latest slot is today's, 30 minutes ago, with no claim yet.
    for (const [chatId, reminderTime] of [
      [1012, '21:00'],
      [1013, '11:30'],
    ] as const) {
      const { shop } = await reminderShop(chatId, `reminder ${reminderTime}, failed yesterday`, reminderTime);
      await db.insert(jobClaims).values({
        shopId: shop.id,
        kind: REMINDER_JOB,
        periodKey: '2026-11-29',
        state: 'failed',
        attempts: 1,
        nextAttemptAt: seconds(-60),
      });
    }
    // Pushes of last week (on Wednesdays), failed with a retry that came due 25 h ago, and claimed 25 h
    // ago by an instance that died: past every catch-up window.
    const old: [number, Partial<NewJobClaim>][] = [
      [1014, { state: 'failed', nextAttemptAt: seconds(-25 * 3600) }],
      [1015, { state: 'claimed', claimedAt: seconds(-25 * 3600) }],
    ];
    for (const [chatId, claim] of old) {
      const { shop } = await addShop(db, {
        chatId,
        name: `old ${claim.state}`,
        settings: { ...pushesOnly, weeklyPushDay: 3 },
      });
      await db
        .insert(jobClaims)
        .values({ shopId: shop.id, kind: WEEKLY_PUSH_JOB, periodKey: '2026-W47', attempts: 1, ...claim });
    }
  }

  it('finds the slots after `since` and the claims due another attempt, each planned as a sweep would', async () => {
    await seed();
    const plan = await planTick(db, now, { since });
    expect(openJobs(plan)).toEqual([
      '08:00 retry due:weekly-push:2026-W48',
      '08:00 stale:weekly-push:2026-W48',
      '11:59:weekly-push:2026-W48',
      '12:00:weekly-push:2026-W48',
      'reminder 11:30, failed yesterday:daily-reminder:2026-11-30',
    ]);
    expect(plan.shops).toBe(5);
    expect(plan.settled).toEqual([]);

    // A sweep finds the same, and the slots of 08:00 and 11:58, at or before `since`, with no claim.
    expect(openJobs(await planTick(db, now))).toEqual([
      '08:00 no claim:weekly-push:2026-W48',
      '08:00 retry due:weekly-push:2026-W48',
      '08:00 stale:weekly-push:2026-W48',
      '11:58:weekly-push:2026-W48',
      '11:59:weekly-push:2026-W48',
      '12:00:weekly-push:2026-W48',
      'reminder 11:30, failed yesterday:daily-reminder:2026-11-30',
    ]);
  });

  it('reads the claims due another attempt from their own index, not those past every window', async () => {
    await seed();
    const names = new Map((await listShopsForScheduling(db)).map((s) => [s.shop.id, s.shop.name] as const));
    const again = await listClaimsDueAgain(db, {
      now,
      staleBefore: new Date(now.getTime() - STALE_CLAIM_MS),
      maxAttempts: MAX_SEND_ATTEMPTS,
      notBefore: new Date(now.getTime() - 24 * 3600_000),
    });
    expect(again.map((c) => `${names.get(c.shopId)}:${c.kind}`).sort()).toEqual([
      '08:00 retry due:weekly-push',
      '08:00 stale:weekly-push',
      'reminder 11:30, failed yesterday:daily-reminder',
      'reminder 21:00, failed yesterday:daily-reminder',
    ]);
  });

  it('finds nothing when every open window is settled and no slot came due since', async () => {
    for (let i = 0; i < 5; i++) {
      await addShop(db, {
        chatId: 1020 + i,
        settings: { ...pushesOnly, weeklyPushTime: `0${7 + (i % 3)}:1${i}` },
      });
    }
    await db.execute(sql`
      insert into job_claims (shop_id, kind, period_key, state, attempts)
      select shop_id, 'weekly-push', '2026-W48', 'sent', 1 from shop_settings`);
    expect(await planTick(db, now, { since })).toEqual({ shops: 0, open: [], settled: [], future: [] });
    expect((await planTick(db, now, { since, listSettled: true })).settled).toEqual([]);
    // Listed by a sweep: five pushes sent earlier this morning.
    expect((await planTick(db, now, { listSettled: true })).settled).toHaveLength(5);
  });
});

describe('due ranges around clock changes', () => {
  /** 16 shops per zone: reminders every 91 minutes of the day, pushes on each weekday in turn at that time. */
  async function seedZones(zones: string[]) {
    await db.execute(sql`
      insert into users (external_id, display_name, language)
      select z || '|' || g, 'Owner', 'vi' from unnest(${sql.param(zones)}::text[]) z, generate_series(0, 15) g`);
    await db.execute(sql`insert into shops (owner_id, name) select id, external_id from users`);
    await db.execute(sql`
      insert into shop_settings (shop_id, time_zone, reminder_time, weekly_push_day, weekly_push_time)
      select id, split_part(name, '|', 1),
        to_char(make_interval(mins => split_part(name, '|', 2)::int * 91 % 1440), 'HH24:MI'),
        split_part(name, '|', 2)::int % 7 + 1,
        to_char(make_interval(mins => split_part(name, '|', 2)::int * 91 % 1440), 'HH24:MI')
      from shops`);
  }

  /** The jobs due at `now` as the old tick found them: every shop's latest slots, those not too late. */
  async function dueByEveryShop(now: Date): Promise<string[]> {
    const memo: SlotMemo = new Map();
    return (await listShopsForScheduling(db))
      .flatMap((s) => dueJobsOf(s, now, memo))
      .filter((j) => !isTooLate(j, now))
      .map((j) => `${j.shop.shop.name}:${j.kind}:${j.periodKey}`)
      .sort();
  }

  it.each([
    ['Berlin and Troll (+2 h) spring forward', ['Europe/Berlin', 'Antarctica/Troll'], '2026-03-29T01:00:00Z'],
    ['Berlin and Troll fall back', ['Europe/Berlin', 'Antarctica/Troll'], '2026-10-25T01:00:00Z'],
    ['Lord Howe moves 30 minutes', ['Australia/Lord_Howe'], '2026-10-03T15:30:00Z'],
    ['Los Angeles falls back', ['America/Los_Angeles'], '2026-11-01T09:00:00Z'],
  ])(
    'finds the same jobs as reading every shop: %s',
    async (_, zones, change) => {
      await seedZones(zones);
      let found = 0;
      for (let minutes = -180; minutes <= 27 * 60; minutes += 131) {
        const now = new Date(new Date(change).getTime() + minutes * 60_000);
        const expected = await dueByEveryShop(now);
        expect(openJobs(await planTick(db, now)), now.toISOString()).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(0);
      // dayjs's zone arithmetic for the reference takes a while on a busy machine.
    },
    90_000,
  );

  it('marks the ranges near a clock change as naming no period, and only those', () => {
    const zones = { reminders: ['Europe/Berlin'], pushes: [] };
    const near = dueRanges(at('2026-03-29T02:00:00Z'), zones, [REMINDER_JOB]).reminders;
    expect(near.map((r) => r.periodKey)).toEqual([null, null]);
    // Widened by 3 h on both sides: 22:00 on the 28th to 07:00 on the 29th, local.
    expect(near.map((r) => [r.weekday, r.after, r.upTo])).toEqual([
      [6, '22:00', '24:00'],
      [7, '', '07:00'],
    ]);
    const far = dueRanges(at('2026-03-30T02:00:00Z'), zones, [REMINDER_JOB]).reminders;
    expect(far.map((r) => [r.after, r.upTo, r.periodKey, r.periodKeyBeforeClose])).toEqual([
      ['02:00', '04:00', '2026-03-30', '2026-03-29'],
    ]);
  });

  it('asks for only the kinds given', () => {
    const zones = { reminders: ['Asia/Ho_Chi_Minh'], pushes: ['Asia/Ho_Chi_Minh'] };
    const ranges = dueRanges(at('2026-11-30T05:00:00Z'), zones, [WEEKLY_PUSH_JOB] as JobKind[]);
    expect(ranges.reminders).toEqual([]);
    // Monday 12:00: Sunday after 12:00 (a push for W47) and Monday up to 12:00 (for W48).
    expect(ranges.pushes.map((r) => [r.weekday, r.after, r.upTo, r.periodKey])).toEqual([
      [7, '12:00', '24:00', '2026-W47'],
      [1, '', '12:00', '2026-W48'],
    ]);
  });
});
