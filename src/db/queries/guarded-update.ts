/**
 * What an update of one of the shop's rows that applies only in some states did: `updated` (the row as
 * changed), `unchanged` (the shop's row, as it is, was not in such a state) or `missing` (no such row of the
 * shop).
 */
export type GuardedUpdate<Item> =
  | { status: 'updated'; item: Item }
  | { status: 'unchanged'; item: Item }
  | { status: 'missing' };

/** The answer of a guarded update that changed no row, from the shop's row as it is now (null: none). */
export function unchangedOrMissing<Item>(current: Item | null): GuardedUpdate<Item> {
  return current ? { status: 'unchanged', item: current } : { status: 'missing' };
}
