import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from './client.js';
import { inTransactionScope } from './transaction-connection.js';

const ROOT = Symbol('root database');

/** The root database behind an ambient one (itself for any other database or transaction handle). */
export function rootDatabaseOf(db: Database): Database {
  return (db as Database & { [ROOT]?: Database })[ROOT] ?? db;
}

export interface AmbientDatabase {
  /**
   * The database as query functions see it: inside `transaction(fn)` every call made on it (from any
   * depth of `fn`, through any await) runs in that transaction; outside, it is the root database.
   */
  db: Database;
  /**
   * Runs `fn` in one transaction that every use of `db` below it joins; rolled back if `fn` throws. Called
   * inside another one, it is a savepoint of it.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * Wraps the root database so that the code handling one bot update — features, services, conversations
 * and their storage, which all receive the database as a plain argument — writes in one transaction
 * without each of them passing a `tx` along. A nested `db.transaction(…)` becomes a savepoint.
 * Work that outlives `fn` must not keep using `db`: the transaction is gone once `fn` settles.
 */
export function createAmbientDatabase(root: Database): AmbientDatabase {
  const current = new AsyncLocalStorage<Database>();
  const db = new Proxy(root, {
    get(target, property) {
      if (property === ROOT) return target;
      const active = current.getStore() ?? target;
      const value: unknown = Reflect.get(active, property, active);
      return typeof value === 'function' ? value.bind(active) : value;
    },
  });
  return {
    db,
    transaction: (fn) => {
      const open = current.getStore();
      if (open) return open.transaction((tx) => current.run(tx, fn));
      // The root's statements (prepared ones among them) run on this transaction's connection meanwhile.
      return inTransactionScope(() => root.transaction((tx) => current.run(tx, fn)));
    },
  };
}
