import type { SQLWrapper } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/db/client.js';

const dialect = new PgDialect();

/**
 * The same database, except that the first `db.execute` whose SQL text matches `pattern` first awaits
 * `hook` (on the real database): a way to make something happen between two statements of the code under
 * test, e.g. a shop deleted after a batch read its inputs and before it stores its results. `fired()`
 * says whether it ran.
 */
export function beforeFirstStatement(
  db: Database,
  pattern: RegExp,
  hook: () => Promise<unknown>,
): { db: Database; fired(): boolean } {
  let fired = false;
  const execute = async (query: SQLWrapper | string) => {
    const text = typeof query === 'string' ? query : dialect.sqlToQuery(query.getSQL()).sql;
    if (!fired && pattern.test(text)) {
      fired = true;
      await hook();
    }
    return db.execute(query);
  };
  const hooked = new Proxy(db, {
    get: (target, property) => (property === 'execute' ? execute : Reflect.get(target, property, target)),
  });
  return { db: hooked, fired: () => fired };
}
