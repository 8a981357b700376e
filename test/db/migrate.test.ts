import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../src/db/migrate.js';
import { migrationsFolder } from '../../src/paths.js';
import { closeTestDatabase, getTestDatabaseHandle } from '../support/test-db.js';

afterAll(closeTestDatabase);

const migrationsInJournal: unknown[] = JSON.parse(
  readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
).entries;

describe('migrateDatabase', () => {
  it('creates every table of the schema', async () => {
    const { db } = await getTestDatabaseHandle();
    const result = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(result.rows.map((row) => row.table_name)).toEqual([
      'action_items',
      'ad_decisions',
      'chat_notices',
      'conversation_states',
      'daily_records',
      'entry_drafts',
      'growth_simulations',
      'job_claims',
      'monthly_goals',
      'outbox_messages',
      'processed_updates',
      'product_presets',
      'shop_settings',
      'shops',
      'users',
      'weekly_diagnostics',
    ]);
  });

  it('is a no-op when applied again, twice and at the same time', async () => {
    const handle = await getTestDatabaseHandle();
    await migrateDatabase(handle);
    await Promise.all([migrateDatabase(handle), migrateDatabase(handle)]);
    const journal = await handle.db.execute<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(journal.rows[0]?.n).toBe(migrationsInJournal.length);
  });
});
