// The evening bench's database: a fresh PostgreSQL database (the bot under test migrates it on start), then
// many onboarded owners seeded in a few set-based statements, each with a shop and eight weeks of history
// so /week and /chart have data.
import pg from 'pg';

/** Owners' Telegram ids are FIRST_OWNER_ID + 0 … shops − 1; the bare bot's shop belongs to BARE_OWNER_ID. */
export const FIRST_OWNER_ID = 5_000_000;
const BARE_OWNER_ID = 4_999_999;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A new, empty database named `name` on the server of `adminUrl`; returns its URL and the server version. */
export async function createBenchDatabase(
  adminUrl: string,
  name: string,
): Promise<{ url: string; version: string }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const version = (await admin.query('show server_version')).rows[0]?.server_version as string;
    const target = new URL(adminUrl);
    target.pathname = `/${name}`;
    return { url: target.toString(), version };
  } finally {
    await admin.end();
  }
}

export interface SeedOptions {
  shops: number;
  /** Reminders and weekly pushes on: the bot's scheduler would send them if the run crosses their hour. */
  jobs: boolean;
}

/**
 * Owners 1 in 5 English, each with one shop (current), varied cost settings, and the 56 days before today
 * (shop time) recorded, about 5 % of days missing; plus the bare bot's shop. Returns the bare shop's id.
 */
export async function seedOwners(databaseUrl: string, options: SeedOptions): Promise<string> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('select setseed(0.42)');
    await db.query(
      `insert into users (external_id, display_name, language)
       select (${FIRST_OWNER_ID} + g)::text, 'Owner ' || g, case when g % 5 = 0 then 'en' else 'vi' end
       from generate_series(0, $1::int - 1) g`,
      [options.shops],
    );
    await db.query(
      `insert into users (external_id, display_name, language) values ('${BARE_OWNER_ID}', 'Bare', 'vi')`,
    );
    await db.query(`insert into shops (owner_id, name) select id, 'Shop ' || external_id from users`);
    await db.query('update users u set current_shop_id = s.id from shops s where s.owner_id = u.id');
    await db.query(
      `insert into shop_settings (shop_id, time_zone, cogs_ratio, monthly_fixed_cost, reminder_enabled,
         weekly_push_enabled)
       select id, '${TIME_ZONE}', 0.3 + (random() * 0.2)::numeric(5,4), (random() * 3)::int * 3000000, $1, $1
       from shops`,
      [options.jobs],
    );
    await db.query(
      `insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, fixed_cost,
         aov, cpl, cvr, roas, net_profit)
       select shop_id, day, orders, revenue, ad_spend, leads, cogs, fixed_cost, revenue / orders,
         ad_spend / leads, round(100.0 * orders / leads, 2), round(revenue::numeric / ad_spend, 2),
         revenue - cogs - ad_spend - fixed_cost
       from (
         select shop_id, day, orders, revenue, ad_spend, leads, round(revenue * cogs_ratio)::bigint as cogs,
           fixed_cost
         from (
           select s.shop_id, d::date as day, s.cogs_ratio, s.monthly_fixed_cost / 30 as fixed_cost,
             (5 + random() * 25)::int as orders,
             ((5 + random() * 25) * (250000 + random() * 500000))::bigint as revenue,
             (500000 + random() * 3000000)::bigint as ad_spend,
             (40 + random() * 160)::int as leads,
             random() as keep
           from shop_settings s
           cross join generate_series(
             (now() at time zone '${TIME_ZONE}')::date - 56,
             (now() at time zone '${TIME_ZONE}')::date - 1,
             interval '1 day') d
         ) raw
         where keep > 0.05
       ) days`,
    );
    await db.query('analyze');
    const bare = await db.query(
      `select s.id from shops s join users u on u.id = s.owner_id where u.external_id = '${BARE_OWNER_ID}'`,
    );
    return String(bare.rows[0]?.id);
  } finally {
    await db.end();
  }
}
