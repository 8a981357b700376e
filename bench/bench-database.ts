import pg from 'pg';
import { createDatabase, type DatabaseHandle } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';

/**
 * A fresh, migrated database for a benchmark: a new database named `name` on the PostgreSQL server of
 * BENCH_DATABASE_URL (default: the local cluster as CI sets it up), or in-memory PGlite when
 * BENCH_DATABASE_URL=pglite.
 */
export async function openBenchDatabase(name: string): Promise<{ handle: DatabaseHandle; label: string }> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  if (url === 'pglite') {
    const handle = await createDatabase({ inMemory: true });
    await migrateDatabase(handle);
    return { handle, label: 'PGlite (in memory)' };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const version = (await admin.query('show server_version')).rows[0]?.server_version as string;
    const target = new URL(url);
    target.pathname = `/${name}`;
    const handle = await createDatabase({ databaseUrl: target.toString() });
    await migrateDatabase(handle);
    return { handle, label: `PostgreSQL ${version} (${target.host})` };
  } finally {
    await admin.end();
  }
}

/** Median and p95 of a sample, in the sample's unit. */
export function percentiles(samples: number[]): { median: number; p95: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}
