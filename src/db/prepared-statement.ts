import type { Database } from './client.js';

/**
 * The name prepared statements are given: none. PostgreSQL then parses each anew, and no statement
 * depends on a server session outliving its transaction (PgBouncer in transaction mode).
 */
export const UNNAMED = '';

/**
 * A statement of the hot path, built once per database handle and then run with new values through
 * `sql.placeholder(…)` (drizzle's `.prepare()`): building SQL from the query builder costs more CPU than
 * running it. A prepared statement runs on the client of the handle it was built on, so an update's
 * transaction (a handle of its own) builds its own; the root database's are built once per process.
 */
export function preparedStatement<P>(build: (db: Database) => P): (db: Database) => P {
  const prepared = new WeakMap<Database, P>();
  return (db) => {
    let statement = prepared.get(db);
    if (statement === undefined) {
      statement = build(db);
      prepared.set(db, statement);
    }
    return statement;
  };
}
