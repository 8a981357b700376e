import type pg from 'pg';

/**
 * Makes a connection run one query at a time: a query asked for while another is in flight waits for it
 * here, instead of in pg's own queue (deprecated: pg 9 refuses a query on a busy client). Code inside a
 * transaction — one connection — may then run queries through `Promise.all` and they simply follow each
 * other, as they did in pg's queue. Callback and streaming (submittable) queries pass straight through: the
 * pool uses them on connections nobody else holds.
 */
export function serializeQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  const serialized = (...args: unknown[]): unknown => {
    const first = args[0] as { submit?: unknown } | null | undefined;
    if (typeof args.at(-1) === 'function' || typeof first?.submit === 'function') return query(...args);
    const run = tail.then(() => query(...args));
    tail = run.catch(() => undefined);
    return run;
  };
  client.query = serialized as typeof client.query;
}
