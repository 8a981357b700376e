import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger as DrizzleLogger } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
import type { Assume } from 'drizzle-orm/utils';
import pg from 'pg';
import type { Logger } from 'pino';
import * as schema from './schema/index.js';

export type Schema = typeof schema;

/**
 * The one database type the app uses, whichever driver is behind it (node-postgres or PGlite): queries and
 * `db.transaction(...)`. A transaction handle (`tx`) is a `Database` too,
 * so query functions can run inside a caller's transaction.
 */
export type Database = PgDatabase<RowsQueryResultHKT, Schema>;

/** The `tx` handed to `db.transaction(async (tx) => …)`. */
export type Transaction = PgTransaction<RowsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/**
 * What both drivers' raw results have in common (pg's QueryResult and PGlite's Results both carry
 * `rows`), so `db.execute<Row>(sql\`…\`)` gives typed `.rows` whichever driver runs.
 */
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  type: RowsResult<Assume<this['row'], Record<string, unknown>>>;
}

export interface RowsResult<Row> {
  rows: Row[];
}

export type DatabaseDriver = 'pg' | 'pglite';

interface HandleBase {
  db: Database;
  /** Throws when the database does not answer `select 1`. */
  ping(): Promise<void>;
  /** Closes the pool or the embedded database; the handle is unusable afterwards. */
  close(): Promise<void>;
}

export type DatabaseHandle =
  | (HandleBase & { driver: 'pg'; pool: pg.Pool })
  | (HandleBase & { driver: 'pglite'; client: PGlite });

export interface CreateDatabaseOptions {
  /** A postgres:// URL: use PostgreSQL through a `pg` Pool. */
  databaseUrl?: string | undefined;
  /** Without a URL: PGlite stores its files in `${dataDir}/pglite` (created if missing). */
  dataDir?: string | undefined;
  /** Without a URL: an in-memory PGlite (tests). Takes precedence over `dataDir`. */
  inMemory?: boolean | undefined;
  logger?: Logger | undefined;
  /** Pool size for PostgreSQL (default 10). */
  maxConnections?: number | undefined;
}

/** Logs every SQL statement at trace level (statements only: parameters may hold owners' numbers). */
function drizzleLogger(logger: Logger | undefined): DrizzleLogger | undefined {
  if (!logger?.isLevelEnabled('trace')) return undefined;
  const sqlLogger = logger.child({ component: 'sql' });
  return { logQuery: (query) => sqlLogger.trace({ query }, 'sql') };
}

/** Opens the database: PostgreSQL when a URL is given, else embedded PGlite (on disk or in memory). */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  const { logger } = options;

  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      application_name: 'shoppulse-bot',
    });
    // An idle client losing its connection emits 'error' on the pool; unhandled, it would crash the process.
    pool.on('error', (err) => logger?.error({ err }, 'PostgreSQL pool: idle client error'));
    const db = drizzleNodePg({ client: pool, schema, logger: drizzleLogger(logger) ?? false });
    let closed = false;
    return {
      driver: 'pg',
      db,
      pool,
      ping: async () => {
        await pool.query('select 1');
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
  }

  let client: PGlite;
  if (options.inMemory) {
    client = await PGlite.create();
  } else {
    const dir = join(options.dataDir ?? './data', 'pglite');
    await mkdir(dir, { recursive: true });
    client = await PGlite.create({ dataDir: dir });
  }
  return createPgliteHandle(client, logger);
}

/** Wraps an open PGlite (e.g. one restored from a snapshot in tests) in a handle; `close` closes it. */
export function createPgliteHandle(client: PGlite, logger?: Logger): DatabaseHandle {
  const db = drizzlePglite({ client, schema, logger: drizzleLogger(logger) ?? false });
  return {
    driver: 'pglite',
    db,
    client,
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}
