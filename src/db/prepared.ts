import type { Database } from './client.js';

const statements = new WeakMap<Database, Map<string, unknown>>();

/**
 * A prepared statement built once per database handle and reused: Drizzle spends far longer building a
 * query (a few hundred µs for a three-table join) than PostgreSQL spends running it, so the queries of
 * every update are prepared. Names must be unique per statement text.
 */
export function preparedStatement<T>(db: Database, name: string, build: () => T): T {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build();
    cache.set(name, statement);
  }
  return statement;
}
