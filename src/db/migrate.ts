import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder as defaultMigrationsFolder } from '../paths.js';
import type { DatabaseHandle } from './client.js';

/** Any constant works; it only has to be the same for every instance of the bot. */
const MIGRATION_LOCK_KEY = 7_343_011_915;

/**
 * Applies the drizzle-kit migrations in `drizzle/` that the database has not seen yet; a no-op when it is
 * up to date. On PostgreSQL it holds an advisory lock meanwhile, so several instances starting at once
 * apply each migration exactly once (the migrator itself does not lock).
 */
export async function migrateDatabase(
  handle: DatabaseHandle,
  migrationsFolder: string = defaultMigrationsFolder,
): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(drizzlePglite({ client: handle.client }), { migrationsFolder });
    return;
  }
  const connection = await handle.pool.connect();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrateNodePg(drizzleNodePg({ client: connection }), { migrationsFolder });
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    connection.release();
  }
}
