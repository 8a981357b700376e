import { rootDatabaseOf } from './ambient-transaction.js';
import type { Database } from './client.js';

/**
 * A statement of the hot path, built once per database and then run with new values through
 * `sql.placeholder(…)` (drizzle's `.prepare()`): building SQL from the query builder costs more CPU than
 * running it (a quick entry and its Save use 3.5 of these per update; building them each time would add
 * 2.3 ms to an update of about 10 ms, measured 8 Dec). It is prepared on the root database, whose client
 * follows the transaction open where it runs (see transaction-connection.ts); a transaction handle passed
 * in directly gets one of its own.
 */
export function preparedStatement<P>(build: (db: Database) => P): (db: Database) => P {
  const prepared = new WeakMap<Database, P>();
  return (db) => {
    const root = rootDatabaseOf(db);
    let statement = prepared.get(root);
    if (statement === undefined) {
      statement = build(root);
      prepared.set(root, statement);
    }
    return statement;
  };
}
