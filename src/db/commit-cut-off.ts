import { CutOffError } from '../cut-off.js';
import type { Database } from './client.js';

const refused = () => new CutOffError('transaction rolled back: commits are cut off (shutting down)');

/**
 * The database, except that no transaction commits once `signal` is aborted: one under way rolls back
 * when its work returns (with CutOffError), and none starts. Savepoints and single statements are left as
 * they are.
 */
export function cutOffCommits(db: Database, signal: AbortSignal): Database {
  const transaction: Database['transaction'] = async (work, config) => {
    if (signal.aborted) throw refused();
    return db.transaction(async (tx) => {
      const result = await work(tx);
      if (signal.aborted) throw refused();
      return result;
    }, config);
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
