// Diagnosis of 100,000 shops (BENCH_WEEKLY_SHOPS) with eight weeks of records each (PostgreSQL), beside the
// bare SQL aggregate of the same two weeks in the same run. Goals: all diagnoses computed and stored in
// under 10 s per 100,000 shops (shops list included), and at most 15× the bare aggregate. The four weeks
// before the measured one are diagnosed first, untimed, as the Monday runs before it would have: the
// measured run reads their sums from those stored diagnoses.
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { listShopsForScheduling } from '../src/db/queries/shops.js';
import { addWeeks, weekBounds } from '../src/domain/local-date.js';
import { createTranslator } from '../src/i18n/translator.js';
import { diagnoseWeeks } from '../src/services/batch-week-diagnosis.js';
import { openBenchDatabase, percentiles } from './bench-database.js';

const SHOPS = Number(process.env.BENCH_WEEKLY_SHOPS ?? 100_000);
/** The time goal: 10 s per 100,000 shops. */
const GOAL_MS = (SHOPS / 100_000) * 10_000;
const WEEK = '2026-W47';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** SHOPS owners and shops, and eight weeks of varied days (about 5 % of days missing), made in SQL. */
async function seed(db: Database): Promise<void> {
  const from = weekBounds(addWeeks(WEEK, -7)).start;
  const to = weekBounds(WEEK).end;
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`
    insert into users (external_id, display_name, language)
    select 'bench-' || g, 'Owner ' || g, case when g % 5 = 0 then 'en' else 'vi' end
    from generate_series(1, ${SHOPS}) g`);
  await db.execute(sql`insert into shops (owner_id, name) select id, 'Shop ' || external_id from users`);
  await db.execute(sql`
    insert into shop_settings (shop_id, cogs_ratio, monthly_fixed_cost)
    select id, 0.3 + (random() * 0.2)::numeric(5,4), (random() * 3)::int * 3000000 from shops`);
  await db.execute(sql`
    insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, net_profit)
    select shop_id, day, orders, revenue, ad_spend, leads, round(revenue * 0.4), revenue - round(revenue * 0.4) - ad_spend
    from (
      select s.id as shop_id, d::date as day,
        (5 + random() * 25)::int as orders,
        ((5 + random() * 25) * (250000 + random() * 500000))::bigint as revenue,
        (500000 + random() * 3000000)::bigint as ad_spend,
        (40 + random() * 160)::int as leads,
        random() as keep
      from shops s cross join generate_series(${from}::date, ${to}::date, interval '1 day') d
    ) days
    where keep > 0.05`);
  await db.execute(sql`analyze`);
}

async function bareAggregate(db: Database): Promise<number> {
  const from = weekBounds(addWeeks(WEEK, -1)).start;
  const to = weekBounds(WEEK).end;
  const started = performance.now();
  await db.execute(sql`
    select shop_id, date_trunc('week', record_date) as week, sum(orders), sum(revenue), sum(ad_spend),
      sum(leads), sum(cogs), count(*)
    from daily_records where record_date between ${from} and ${to}
    group by shop_id, date_trunc('week', record_date)`);
  return performance.now() - started;
}

export async function benchWeekly(): Promise<void> {
  const { handle, label } = await openBenchDatabase(process.env.BENCH_DB_NAME ?? 'shoppulse_bench_weekly');
  const translator = createTranslator('vi');
  try {
    const seeding = performance.now();
    await seed(handle.db);
    console.log(`\n## Weekly diagnosis of ${SHOPS.toLocaleString('en')} shops — ${label}`);
    console.log(
      `seeded 8 weeks of records in ${((performance.now() - seeding) / 1000).toFixed(1)} s; best of ${ROUNDS} rounds\n`,
    );
    const shopsOnce = await listShopsForScheduling(handle.db);
    const history = performance.now();
    for (let back = 4; back >= 1; back--) {
      await diagnoseWeeks(handle.db, addWeeks(WEEK, -back), shopsOnce, translator, 'vi');
    }
    console.log(
      `diagnosed the 4 weeks before ${WEEK} first (untimed) in ${((performance.now() - history) / 1000).toFixed(1)} s\n`,
    );
    const ours: number[] = [];
    const lists: number[] = [];
    const bare: number[] = [];
    let last = { diagnosed: 0, itemsCreated: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(await bareAggregate(handle.db));
      await handle.db.execute(sql`delete from weekly_diagnostics where iso_week = ${WEEK}`);
      await handle.db.execute(sql`vacuum analyze weekly_diagnostics, action_items`);
      const started = performance.now();
      const shops = await listShopsForScheduling(handle.db);
      lists.push(performance.now() - started);
      last = await diagnoseWeeks(handle.db, WEEK, shops, translator, 'vi');
      ours.push(performance.now() - started);
    }
    const o = percentiles(ours);
    const l = percentiles(lists);
    const b = percentiles(bare);
    const best = Math.min(...ours);
    const bestBare = Math.min(...bare);
    const row = (label: string, samples: number[], median: number) =>
      console.log(
        `| ${label.padEnd(48)} | ${Math.min(...samples)
          .toFixed(0)
          .padStart(7)} | ${median.toFixed(0).padStart(9)} |`,
      );
    console.log(`| ${'step'.padEnd(48)} | best ms | median ms |`);
    console.log(`|${'-'.repeat(50)}|---------|-----------|`);
    row('diagnose + store all shops (shops list included)', ours, o.median);
    row('  of which: the shops list (the scheduler’s)', lists, l.median);
    row('bare SQL aggregate of the same two weeks', bare, b.median);
    console.log(`\n${last.diagnosed} diagnoses and ${last.itemsCreated} action items stored per round`);
    const ratio = best / bestBare;
    console.log(
      `under ${(GOAL_MS / 1000).toFixed(0)} s: ${best < GOAL_MS ? 'MET' : 'NOT MET'} · ratio ${ratio.toFixed(1)}× (goal ≤ 15×) ${ratio <= 15 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWeekly();
