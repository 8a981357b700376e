import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createAmbientDatabase } from '../../src/db/ambient-transaction.js';
import { createDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { getTestDatabaseHandle, testDriver, useTestDatabase } from '../support/test-db.js';

// pg 8 warns, and pg 9 will refuse, a query sent on a connection that is still running one: what
// `Promise.all` of queries inside a transaction (one connection) used to do.

await useTestDatabase({ reset: 'once' });

const originalQuery = pg.Client.prototype.query;
afterEach(() => {
  pg.Client.prototype.query = originalQuery;
});

/** Counts the queries asked of a connection while it still had one in flight (pg's deprecated queue). */
function watchBusyConnections(): { overlapping: number } {
  const seen = { overlapping: 0 };
  const inFlight = new WeakMap<object, number>();
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const result = (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) {
      const busy = inFlight.get(this) ?? 0;
      if (busy > 0) seen.overlapping++;
      inFlight.set(this, busy + 1);
      const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
      result.then(done, done);
    }
    return result;
  } as typeof originalQuery;
  return seen;
}

async function openPool(): Promise<DatabaseHandle> {
  const handle = await getTestDatabaseHandle();
  if (handle.driver !== 'pg') throw new Error('PostgreSQL only');
  return createDatabase({ databaseUrl: String(handle.pool.options.connectionString), maxConnections: 2 });
}

describe.skipIf(testDriver !== 'pg')(
  'queries of one transaction (PostgreSQL only: PGlite queues them itself)',
  () => {
    it('run one after the other on its connection, even when asked for at once', async () => {
      const seen = watchBusyConnections();
      const handle = await openPool();
      try {
        const ambient = createAmbientDatabase(handle.db);
        const values = await ambient.transaction(() =>
          Promise.all([
            ambient.db.execute<{ n: number }>(sql`select 1 as n from pg_sleep(0.01)`),
            ambient.db.execute<{ n: number }>(sql`select 2 as n`),
            ambient.db.execute<{ n: number }>(sql`select 3 as n`),
          ]),
        );
        expect(values.map((result) => result.rows[0]?.n)).toEqual([1, 2, 3]);
        expect(seen.overlapping).toBe(0);
      } finally {
        await handle.close();
      }
    });

    it('go on after one of them fails, each with its own answer', async () => {
      const seen = watchBusyConnections();
      const handle = await openPool();
      try {
        const messages = await handle.db.transaction(async (tx) => {
          const results = await Promise.allSettled([
            tx.execute(sql`select 1 / 0`),
            tx.execute(sql`select 2`),
          ]);
          // Drizzle wraps the driver's error in `cause`.
          return results.map((result) =>
            result.status === 'rejected' ? ((result.reason as Error).cause as Error).message : 'ok',
          );
        });
        // After a failed statement PostgreSQL refuses the rest of the transaction.
        expect(messages).toEqual([
          'division by zero',
          'current transaction is aborted, commands ignored until end of transaction block',
        ]);
        expect(seen.overlapping).toBe(0);
      } finally {
        await handle.close();
      }
    });
  },
);
