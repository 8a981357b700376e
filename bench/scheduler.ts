// The scheduler's tick plan with 100,000 shops (PostgreSQL): a tick with nothing due, one with 5,000
// reminders due, the same 5,000 once sent (every minute of their window after the first), and a Monday with
// every shop's weekly push in its 24 h window and sent, planned by a sweep of the window (an instance's first
// tick, then one in 30) and by a tick a minute after the previous one (only the slots since, and the claims
// due another attempt). Goals: nothing due < 20 ms; a tick after a tick on that Monday < 20 ms. Beside them,
// the tick before issue #13, which read every shop, worked out both slots of each in JS and read two claims
// each.
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { listJobClaimsForKeys } from '../src/db/queries/job-claims.js';
import { listShopsForScheduling } from '../src/db/queries/shops.js';
import { dueJobsOf, type SlotMemo } from '../src/jobs/due-jobs.js';
import { type PlanOptions, planTick } from '../src/jobs/tick-plan.js';
import { TICK_OVERLAP_MS } from '../src/jobs/tick-window.js';
import { openBenchDatabase, percentiles } from './bench-database.js';

const SHOPS = Number(process.env.BENCH_SHOPS ?? 100_000);
/** One shop in 20 has its reminder in the evening window of DUE_AT: 5,000 of 100,000. */
const DUE_EVERY = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
/** Shops whose slots the old tick's JS is timed on (its cost is the same for each shop), then scaled. */
const OLD_SAMPLE = 2_000;

/** Wednesday 2 December 2026, 12:00 in Ho Chi Minh City: no reminder or push window is open anywhere. */
const NOTHING_DUE_AT = new Date('2026-12-02T05:00:00Z');
/** The same day at 23:30: the reminders at 22:xx (one shop in 20) are due. */
const DUE_AT = new Date('2026-12-02T16:30:00Z');
/** Monday 30 November 2026, 12:00 in Ho Chi Minh City: every weekly push (Monday 08:00 local) is in its window. */
const MONDAY_AT = new Date('2026-11-30T05:00:00Z');

const ZONES = [
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Dhaka',
];

/**
 * 100,000 owners and shops in set-based SQL: 80 % in Ho Chi Minh City, the rest over 13 other Asian zones
 * (Kathmandu at +05:45); reminders between 17:00 and 18:59 local except one shop in 20 (in Ho Chi Minh
 * City) at 22:00–22:59; weekly pushes at the default, Monday 08:00.
 */
async function seed(db: Database): Promise<void> {
  await db.execute(sql`
    insert into users (external_id, display_name, language)
    select 'bench-' || g, 'Owner ' || g, 'vi' from generate_series(1, ${SHOPS}) g`);
  await db.execute(sql`insert into shops (owner_id, name) select id, 'Shop ' || external_id from users`);
  await db.execute(sql`
    insert into shop_settings (shop_id, cogs_ratio, time_zone, reminder_time)
    select id,
      0.4,
      case when n % ${DUE_EVERY} = 0 or n % 10 < 8 then 'Asia/Ho_Chi_Minh'
           else (${sql.param(ZONES)}::text[])[1 + n % ${ZONES.length}] end,
      case when n % ${DUE_EVERY} = 0 then to_char(make_interval(mins => 22 * 60 + n / ${DUE_EVERY} % 60), 'HH24:MI')
           else to_char(make_interval(mins => 17 * 60 + n % 120), 'HH24:MI') end
    from (select id, substring(name from 'bench-(\\d+)')::int as n from shops) s`);
  await db.execute(sql`analyze`);
}

async function timed(rounds: number, run: () => Promise<unknown>): Promise<{ best: number; median: number }> {
  await run(); // warm-up: plans cached, pages in memory
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { best: Math.min(...samples), median: percentiles(samples).median };
}

/**
 * The tick plan before issue #13, timed in its three parts: the read of every shop, dueJobsOf on each
 * (timed on OLD_SAMPLE shops with no shared work, as it ran, and scaled to all), and the claims of every
 * shop's two slots.
 */
async function oldPlanTick(db: Database, now: Date) {
  let started = performance.now();
  const shops = await listShopsForScheduling(db);
  const readMs = performance.now() - started;
  started = performance.now();
  for (const shop of shops.slice(0, OLD_SAMPLE)) dueJobsOf(shop, now);
  const slotsMs = ((performance.now() - started) / Math.min(OLD_SAMPLE, shops.length)) * shops.length;
  const memo: SlotMemo = new Map();
  const keys = shops.flatMap((s) =>
    dueJobsOf(s, now, memo).map((j) => ({ shopId: s.shop.id, kind: j.kind, periodKey: j.periodKey })),
  );
  started = performance.now();
  await listJobClaimsForKeys(db, keys);
  const claimsMs = performance.now() - started;
  return { readMs, slotsMs, claimsMs, totalMs: readMs + slotsMs + claimsMs };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function benchScheduler(): Promise<void> {
  const { handle, label } = await openBenchDatabase(process.env.BENCH_DB_NAME ?? 'shoppulse_bench_scheduler');
  try {
    const { db } = handle;
    let started = performance.now();
    await seed(db);
    console.log(
      `\nScheduler tick plan — ${SHOPS} shops, ${label}; seeded in ${ms(performance.now() - started)}`,
    );

    const rows: [string, { best: number; median: number }, number, number][] = [];
    const plan = async (name: string, now: Date, rounds: number, options: PlanOptions = {}) => {
      let result = await planTick(db, now, options);
      const times = await timed(rounds, async () => {
        result = await planTick(db, now, options);
      });
      rows.push([name, times, result.shops, result.open.length]);
      return times;
    };

    const nothing = await plan('nothing due (Wed 12:00)', NOTHING_DUE_AT, ROUNDS);
    await plan('5,000 reminders due (Wed 23:30)', DUE_AT, Math.max(3, Math.ceil(ROUNDS / 3)));
    await db.execute(sql`
      insert into job_claims (shop_id, kind, period_key, state, attempts, sent_at)
      select shop_id, 'daily-reminder', '2026-12-02', 'sent', 1, now() from shop_settings
      where reminder_time >= '22:00'`);
    await db.execute(sql`analyze job_claims`);
    await plan('the same 5,000, already sent', DUE_AT, ROUNDS);
    await db.execute(sql`
      insert into job_claims (shop_id, kind, period_key, state, attempts, sent_at)
      select shop_id, 'weekly-push', '2026-W48', 'sent', 1, now() from shop_settings`);
    await db.execute(sql`analyze job_claims`);
    await plan('Monday: 100,000 pushes in window, all sent', MONDAY_AT, Math.max(3, Math.ceil(ROUNDS / 3)));
    // As the scheduler plans it: its previous tick a minute before, less the overlap.
    const since = new Date(MONDAY_AT.getTime() - 60_000 - TICK_OVERLAP_MS);
    const afterTick = await plan('Monday, all pushes sent, a tick after a tick', MONDAY_AT, ROUNDS, {
      since,
    });

    console.log(
      '  tick                                          best        median    shops found  open jobs',
    );
    for (const [name, times, shops, open] of rows) {
      console.log(
        `  ${name.padEnd(44)}  ${ms(times.best).padStart(10)}  ${ms(times.median).padStart(10)}  ${String(shops).padStart(11)}  ${String(open).padStart(9)}`,
      );
    }

    started = performance.now();
    const old = await oldPlanTick(db, NOTHING_DUE_AT);
    console.log(
      `  before (#13), nothing due: ${ms(old.totalMs)} = read every shop ${ms(old.readMs)} + both slots of each in JS ${ms(old.slotsMs)} (timed on ${OLD_SAMPLE} shops, scaled) + ${SHOPS * 2} claim keys ${ms(old.claimsMs)}`,
    );
    console.log(`  goal: nothing due < 20 ms (median): ${nothing.median < 20 ? 'MET' : 'NOT MET'}`);
    console.log(
      `  goal: Monday, all pushes sent, a tick after a tick < 20 ms (median): ${afterTick.median < 20 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScheduler();
