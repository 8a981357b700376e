import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, timestamp } from 'drizzle-orm/pg-core';

/**
 * `created_at` / `updated_at` for every table. A function, not a shared object, so each table gets its
 * own column builders. `updated_at` is refreshed by Drizzle on `db.update(...)`; upserts set it explicitly.
 */
export function timestamps() {
  return {
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  };
}

/** A VND amount: BIGINT read as a JS number (exact up to 2^53; inputs are capped at 10^12 ₫ upstream). */
export function vnd(name: string) {
  return bigint(name, { mode: 'number' });
}

/**
 * A numeric column's default as a quoted literal (`DEFAULT '0.4'`). drizzle-kit reads numeric defaults
 * back from the database that way; written as a bare number, `db:push` would re-alter them on every run.
 */
export function numericDefault(value: number): SQL {
  return sql.raw(`'${value}'`);
}

/** `a and b and …` on one line, for CHECK constraints that read well in the generated SQL. */
export function allOf(...conditions: SQL[]): SQL {
  return sql.join(conditions, sql` and `);
}

/** `column >= 0`, or `(column is null or column >= 0)` for a nullable column. */
export function nonNegative(column: AnyPgColumn): SQL {
  return column.notNull ? sql`${column} >= 0` : sql`(${column} is null or ${column} >= 0)`;
}

/** `column between 0 and 1`. */
export function unitInterval(column: AnyPgColumn): SQL {
  return sql`${column} between 0 and 1`;
}
