import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { migrationsFolder } from '../../src/paths.js';
import { recreateDatabase, workerId } from '../support/test-db.js';

// A database with the rows of an older schema, then the migrations after it: the rows must come through.

let handle: DatabaseHandle;
let folder: string;

/** A copy of drizzle/ whose journal ends with migration `lastTag`. */
async function migrationsUpTo(lastTag: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'shoppulse-migrations-'));
  await cp(migrationsFolder, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalFile, JSON.stringify(journal));
  return dir;
}

/** An empty database of its own (not the worker's: that one is migrated already). */
async function emptyDatabase(name = 'migrate'): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return createDatabase({ inMemory: true });
  const url = await recreateDatabase(adminUrl, `shoppulse_test_${name}_${workerId()}`);
  return createDatabase({ databaseUrl: url, maxConnections: 2 });
}

beforeAll(async () => {
  folder = await migrationsUpTo('0003_chat_notices');
  handle = await emptyDatabase();
});
afterAll(async () => {
  await handle?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('0004: counts as integers, one CVR precision, send progress in its own column', () => {
  it('keeps the stored weeks, days, drafts and job claims', async () => {
    const { db } = handle;
    await migrateDatabase(handle, folder);
    await db.execute(sql`
      with u as (insert into users (external_id) values ('1') returning id),
      s as (insert into shops (owner_id, name) select id, 'Hoa Mai' from u returning id),
      d as (
        insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, net_profit, cvr)
        select id, '2026-11-23', 15, 8500000, 2000000, 85, 3400000, 3100000, 999.99 from s
      ),
      e as (
        insert into entry_drafts (shop_id, user_id, record_date, orders, revenue, ad_spend, leads, cogs, net_profit, cvr)
        select s.id, u.id, '2026-11-24', 15, 8500000, 2000000, 85, 3400000, 3100000, 17.65 from s, u
      ),
      w as (
        insert into weekly_diagnostics (shop_id, iso_week, week_start, week_end, revenue, orders, leads, ad_spend,
          cogs, net_profit, cvr, days_recorded)
        select id, '2026-W48', '2026-11-23', '2026-11-29', 59500000, 105, 595, 14000000, 23800000, 21700000,
          17.65, 7 from s
      )
      insert into job_claims (shop_id, kind, period_key, state, attempts, last_error)
      select id, v.kind, v.period_key, v.state, 1, v.last_error from s, (values
        ('weekly-push', '2026-W48', 'failed', 'delivered 1/2: sendMessage: 500 Internal Server Error'),
        ('weekly-push', '2026-W47', 'skipped', 'delivered 1/2: blocked: Forbidden: bot was blocked by the user'),
        ('daily-reminder', '2026-11-24', 'failed', 'network: delivered 3/4 bytes'),
        ('daily-reminder', '2026-11-23', 'sent', null)
      ) as v(kind, period_key, state, last_error)`);

    await migrateDatabase(handle);

    const weeks = await db.execute(sql`select orders, leads, cvr::text from weekly_diagnostics`);
    expect(weeks.rows).toEqual([{ orders: 105, leads: 595, cvr: '17.65' }]);
    const days = await db.execute(sql`select orders, cvr::text from daily_records`);
    expect(days.rows).toEqual([{ orders: 15, cvr: '999.99' }]);
    const drafts = await db.execute(sql`select cvr::text from entry_drafts`);
    expect(drafts.rows).toEqual([{ cvr: '17.65' }]);
    const claims = await db.execute(
      sql`select period_key, state, messages_sent, last_error from job_claims order by period_key`,
    );
    expect(claims.rows).toEqual([
      { period_key: '2026-11-23', state: 'sent', messages_sent: 0, last_error: null },
      {
        period_key: '2026-11-24',
        state: 'failed',
        messages_sent: 0,
        last_error: 'network: delivered 3/4 bytes',
      },
      {
        period_key: '2026-W47',
        state: 'skipped',
        messages_sent: 1,
        last_error: 'blocked: Forbidden: bot was blocked by the user',
      },
      {
        period_key: '2026-W48',
        state: 'failed',
        messages_sent: 1,
        last_error: 'sendMessage: 500 Internal Server Error',
      },
    ]);
  });
});

describe('0009: each day keeps the costs it was saved with', () => {
  it('fills the stored shipping, fees and fixed cost of saved days, drafts and weeks, keeping their net profit', async () => {
    const before = await migrationsUpTo('0008_cod_return_rate');
    const own = await emptyDatabase('migrate_costs');
    try {
      await migrateDatabase(own, before);
      // Saved with shipping 30.000 per order, a 2 % fee and 500.000 of fixed cost a day:
      // 8.500.000 − 3.400.000 − 450.000 − 170.000 − 2.000.000 − 500.000 = 1.980.000.
      await own.db.execute(sql`
        with u as (insert into users (external_id) values ('1') returning id),
        s as (insert into shops (owner_id, name) select id, 'Hoa Mai' from u returning id),
        st as (
          insert into shop_settings (shop_id, shipping_cost_per_order, payment_fee_ratio, daily_fixed_cost)
          select id, 30000, 0.02, 500000 from s
        ),
        d as (
          insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, net_profit)
          select id, '2026-11-23', 15, 8500000, 2000000, 85, 3400000, 1980000 from s
        ),
        e as (
          insert into entry_drafts (shop_id, user_id, record_date, orders, revenue, ad_spend, leads, cogs, net_profit)
          select s.id, u.id, '2026-11-24', 15, 8500000, 2000000, 85, 3400000, 1980000 from s, u
        )
        insert into weekly_diagnostics (shop_id, iso_week, week_start, week_end, revenue, orders, leads, ad_spend,
          cogs, net_profit, days_recorded)
        select id, '2026-W48', '2026-11-23', '2026-11-29', 8500000, 15, 85, 2000000, 3400000, -1020000, 1 from s`);

      await migrateDatabase(own);

      const costs = {
        shipping_cost: '450000',
        payment_fees: '170000',
        fixed_cost: '500000',
        returned_revenue: '0',
      };
      const columns = sql`returned_revenue::text, shipping_cost::text, payment_fees::text, fixed_cost::text`;
      expect(
        (await own.db.execute(sql`select ${columns}, net_profit::text from daily_records`)).rows,
      ).toEqual([{ ...costs, net_profit: '1980000' }]);
      expect((await own.db.execute(sql`select ${columns} from entry_drafts`)).rows).toEqual([costs]);
      expect((await own.db.execute(sql`select ${columns} from weekly_diagnostics`)).rows).toEqual([costs]);
    } finally {
      await own.close();
      await rm(before, { recursive: true, force: true });
    }
  });
});

describe('0011: weekly pushes spread over the Monday morning', () => {
  it('moves shops still on the old default 08:00 to their own minute of 07:00–09:59 and keeps the others', async () => {
    const before = await migrationsUpTo('0010_scheduler_due_indexes');
    const own = await emptyDatabase('migrate_push_slots');
    try {
      await migrateDatabase(own, before);
      await own.db.execute(sql`
        with u as (insert into users (external_id) values ('1') returning id),
        s as (
          insert into shops (id, owner_id, name)
          select v.id::uuid, u.id, v.name from u, (values
            ('00000b30-0000-4000-8000-000000000001', 'Last minute'),
            ('ffffffff-0000-4000-8000-000000000002', 'All ones'),
            ('00000780-0000-4000-8000-000000000003', 'Own time'),
            ('00000000-0000-4000-8000-000000000004', 'First minute')
          ) as v(id, name)
          returning id, name
        )
        insert into shop_settings (shop_id, weekly_push_time)
        select id, case when name = 'Own time' then '20:15' else '08:00' end from s`);

      await migrateDatabase(own);

      const rows = await own.db.execute(
        sql`select s.name, st.weekly_push_time from shop_settings st join shops s on s.id = st.shop_id order by s.name`,
      );
      // First 7 hex digits mod 180 minutes after 07:00: 0xb3 = 179 → 09:59; 0xfffffff = 268,435,455
      // = 180 × 1,491,308 + 15 → 07:15; 0 → 07:00; a time the owner chose stays.
      expect(rows.rows).toEqual([
        { name: 'All ones', weekly_push_time: '07:15' },
        { name: 'First minute', weekly_push_time: '07:00' },
        { name: 'Last minute', weekly_push_time: '09:59' },
        { name: 'Own time', weekly_push_time: '20:15' },
      ]);
    } finally {
      await own.close();
      await rm(before, { recursive: true, force: true });
    }
  });
});

describe('0016: the fixed cost is a monthly amount', () => {
  it('turns each daily fixed cost into 30 days of it, keeping the saved days’ own fixed cost', async () => {
    const before = await migrationsUpTo('0015_outbox_messages');
    const own = await emptyDatabase('migrate_monthly_fixed');
    try {
      await migrateDatabase(own, before);
      await own.db.execute(sql`
        with u as (insert into users (external_id) values ('1') returning id),
        s as (
          insert into shops (owner_id, name)
          select u.id, v.name from u, (values ('Hoa Mai'), ('Lan'), ('Cuc')) as v(name)
          returning id, name
        ),
        st as (
          insert into shop_settings (shop_id, daily_fixed_cost)
          select id, case name when 'Hoa Mai' then 466667 when 'Lan' then 1000000000 else 0 end from s
        )
        insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, fixed_cost, net_profit)
        select id, '2026-11-23', 15, 8500000, 2000000, 85, 3400000, 466667, 2633333 from s where name = 'Hoa Mai'`);

      await migrateDatabase(own);

      const rows = await own.db.execute(
        sql`select s.name, st.monthly_fixed_cost::text from shop_settings st join shops s on s.id = st.shop_id order by s.name`,
      );
      // 466.667 × 30 = 14.000.010; 1.000.000.000 × 30 = 30.000.000.000 (past 2^31: BIGINT); 0 stays 0.
      expect(rows.rows).toEqual([
        { name: 'Cuc', monthly_fixed_cost: '0' },
        { name: 'Hoa Mai', monthly_fixed_cost: '14000010' },
        { name: 'Lan', monthly_fixed_cost: '30000000000' },
      ]);
      const days = await own.db.execute(sql`select fixed_cost::text, net_profit::text from daily_records`);
      expect(days.rows).toEqual([{ fixed_cost: '466667', net_profit: '2633333' }]);
      // The money CHECK still holds on the renamed column.
      await expect(own.db.execute(sql`update shop_settings set monthly_fixed_cost = -1`)).rejects.toThrow();
    } finally {
      await own.close();
      await rm(before, { recursive: true, force: true });
    }
  });
});
