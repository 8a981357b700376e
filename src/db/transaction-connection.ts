import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';

// Drizzle's prepared statements (`.prepare()`) keep the client of the database they were prepared on, so
// one prepared on the root database would run on the pool even inside a transaction. The root database is
// therefore built over a routed client: while a transaction opened through `inTransactionScope` is under
// way, every statement sent to the root client goes to that transaction's connection instead. A statement
// prepared once then joins whichever transaction is open where it runs.

interface Queryable {
  query(...args: never[]): unknown;
}

interface TransactionScope {
  /** The connection the scope's transaction took; null before it has one and once it ended. */
  connection: Queryable | null;
  ended: boolean;
}

const scopes = new AsyncLocalStorage<TransactionScope>();

/**
 * Runs `open`, which starts a transaction on a routed root database, in a scope that remembers the
 * connection that transaction takes: statements sent to the root client below it run on that connection.
 * Once `open` settles, statements left over in the scope go to the root client again, never to a
 * connection that is back in the pool.
 */
export async function inTransactionScope<T>(open: () => Promise<T>): Promise<T> {
  const scope: TransactionScope = { connection: null, ended: false };
  try {
    return await scopes.run(scope, open);
  } finally {
    scope.ended = true;
    scope.connection = null;
  }
}

/** The first connection a scope's transaction takes is the scope's. */
function claimConnection(connection: Queryable): void {
  const scope = scopes.getStore();
  if (scope && !scope.ended && !scope.connection) scope.connection = connection;
}

function openConnection(): Queryable | null {
  return scopes.getStore()?.connection ?? null;
}

/** A proxy of `target` whose methods run on the target except those given in `overrides`. */
function routed<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/**
 * A pg Pool whose `query` runs on the open transaction's connection, and whose `connect` (drizzle's way
 * of starting a transaction) records the connection it hands out. Named statements are sent unnamed, so
 * nothing depends on a server-side statement outliving its transaction (PgBouncer in transaction mode).
 */
export function routePgPool(pool: pg.Pool): pg.Pool {
  return routed(pool, {
    query: (config: unknown, ...rest: unknown[]) => {
      const unnamed =
        config !== null && typeof config === 'object' && 'name' in config
          ? { ...config, name: undefined }
          : config;
      const target = (openConnection() ?? pool) as unknown as { query: (...args: unknown[]) => unknown };
      return target.query(unnamed, ...rest);
    },
    connect: async () => {
      const connection = await pool.connect();
      claimConnection(connection);
      return connection;
    },
  });
}

/** A PGlite whose `query` runs in the open transaction, and whose `transaction` records the one it opens. */
export function routePglite(client: PGlite): PGlite {
  return routed(client, {
    query: (...args: Parameters<PGlite['query']>) => {
      const target = (openConnection() ?? client) as PGlite | PgliteTransaction;
      return target.query(...args);
    },
    transaction: <T>(fn: (tx: PgliteTransaction) => Promise<T>) =>
      client.transaction((tx) => {
        claimConnection(tx);
        return fn(tx);
      }),
  });
}
