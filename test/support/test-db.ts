import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeEach } from 'vitest';
import {
  createDatabase,
  createPgliteHandle,
  type Database,
  type DatabaseHandle,
} from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import * as schema from '../../src/db/schema/index.js';
import { migrationsFolder, projectRoot } from '../../src/paths.js';

// One database per vitest worker (per test file, as vitest isolates files), created and migrated once,
// emptied between tests with resetTestDatabase:
// - default: an in-memory PGlite. A fresh one takes about 4 s (initdb), so the first worker to need it
//   saves a migrated snapshot in the OS temp folder, keyed by a hash of drizzle/; later ones start from
//   it in under 2 s. Never one per test.
// - TEST_DATABASE_URL=postgres://user:pw@host:5432/postgres: a database `shoppulse_test_<pool id>` on that
//   server, dropped and recreated at first use so each run starts clean, and separate from the other
//   workers' databases so parallel workers do not truncate each other's rows.
// The test harness has no config object, so this file reads the environment itself.

let handlePromise: Promise<DatabaseHandle> | undefined;

/** Which driver the tests run on: 'pg' with TEST_DATABASE_URL, else 'pglite'. */
export const testDriver: 'pg' | 'pglite' = process.env.TEST_DATABASE_URL ? 'pg' : 'pglite';

/** The worker's database, migrated. */
export async function getTestDatabase(): Promise<Database> {
  return (await getTestDatabaseHandle()).db;
}

/** The worker's database handle (driver, pool or PGlite client), migrated. */
export function getTestDatabaseHandle(): Promise<DatabaseHandle> {
  handlePromise ??= openTestDatabase().catch((err: unknown) => {
    handlePromise = undefined;
    throw err;
  });
  return handlePromise;
}

const appTableNames = Object.values(schema as Record<string, unknown>)
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table));

/** Empties every app table in one statement (the migrations journal is kept). */
export async function resetTestDatabase(db: Database): Promise<void> {
  const tables = sql.join(
    appTableNames.map((name) => sql.identifier(name)),
    sql`, `,
  );
  await db.execute(sql`truncate table ${tables} restart identity cascade`);
}

/** Closes the worker's database (call from afterAll); the next getTestDatabase opens a fresh one. */
export async function closeTestDatabase(): Promise<void> {
  const pending = handlePromise;
  handlePromise = undefined;
  if (pending) await (await pending).close();
}

/**
 * The set-up of a test file that uses the database: opens the worker's database (call it at the top of the
 * file, with `await`), empties it before each test (or once, now, with `reset: 'once'`) and closes it after
 * the file's last test.
 */
export async function useTestDatabase(options: { reset?: 'each-test' | 'once' } = {}): Promise<Database> {
  const db = await getTestDatabase();
  if (options.reset === 'once') await resetTestDatabase(db);
  else beforeEach(() => resetTestDatabase(db));
  afterAll(closeTestDatabase);
  return db;
}

async function openTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const handle = adminUrl
    ? await createDatabase({ databaseUrl: await recreateWorkerDatabase(adminUrl), maxConnections: 5 })
    : await openPgliteFromSnapshot();
  await migrateDatabase(handle); // a no-op on a snapshot that is up to date
  return handle;
}

/** Drops and creates `shoppulse_test_<worker>` through the admin URL; returns the URL of the new database. */
function recreateWorkerDatabase(adminUrl: string): Promise<string> {
  return recreateDatabase(adminUrl, `shoppulse_test_${workerId()}`);
}

/** This vitest worker's id, fit for a database name. */
export function workerId(): string {
  return (process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '1').replace(/\W/g, '_');
}

/** Drops (ending its connections) and creates a database through the admin URL; returns its URL. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const quoted = admin.escapeIdentifier(name);
    // WITH (FORCE) (PostgreSQL 13+) ends connections a crashed earlier run may have left open.
    await admin.query(`drop database if exists ${quoted} with (force)`);
    await admin.query(`create database ${quoted}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const SNAPSHOT_PREFIX = 'shoppulse-test-pglite-';

/** The migrated database as a PGlite data directory tarball (for a PGlite of a bot process, say). */
export async function migratedPgliteSnapshot(): Promise<Blob> {
  const { snapshotFile } = await snapshotLocation();
  try {
    return new Blob([await readFile(snapshotFile)]);
  } catch {
    await (await openPgliteFromSnapshot()).close(); // builds and saves it
    return new Blob([await readFile(snapshotFile)]);
  }
}

async function snapshotLocation(): Promise<{ snapshotName: string; snapshotFile: string }> {
  const snapshotName = `${SNAPSHOT_PREFIX}${await migrationsHash()}.tar`;
  return { snapshotName, snapshotFile: join(tmpdir(), snapshotName) };
}

async function openPgliteFromSnapshot(): Promise<DatabaseHandle> {
  const { snapshotName, snapshotFile } = await snapshotLocation();
  try {
    const snapshot = new Blob([await readFile(snapshotFile)]);
    return createPgliteHandle(await PGlite.create({ loadDataDir: snapshot }));
  } catch {
    // No snapshot yet (or an unreadable one): build the database the slow way and save it.
  }
  const handle = await createDatabase({ inMemory: true });
  if (handle.driver !== 'pglite') throw new Error('expected PGlite');
  await migrateDatabase(handle);
  const dump = await handle.client.dumpDataDir('none');
  // Write then rename, so a concurrent worker never reads half a file.
  const partial = `${snapshotFile}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, snapshotFile);
  // Snapshots of older migrations are never read again (about 40 MB each).
  for (const file of await readdir(tmpdir())) {
    if (file.startsWith(SNAPSHOT_PREFIX) && file.endsWith('.tar') && file !== snapshotName) {
      await rm(join(tmpdir(), file), { force: true });
    }
  }
  return handle;
}

/** Changes whenever a migration or the PGlite version changes, so a stale snapshot is never used. */
async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(join(projectRoot, 'node_modules/@electric-sql/pglite/package.json')));
  const files = (await readdir(migrationsFolder, { recursive: true }))
    .filter((f) => /\.(sql|json)$/.test(f))
    .sort();
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(join(migrationsFolder, file)));
  }
  return hash.digest('hex').slice(0, 16);
}
