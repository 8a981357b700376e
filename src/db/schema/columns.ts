import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, integer, jsonb, numeric, timestamp } from 'drizzle-orm/pg-core';
import type { MetricFlag } from './json-types.js';

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
 * A CVR percentage or a ROAS, two decimals: numeric(6,2), up to ±9999.99 (MAX_NUMERIC_6_2 in the domain).
 * CVR = orders / leads exceeds 100 % when there are organic orders, so days and weeks share this width; a
 * value past it is stored as null (docs/product.md "Formulas").
 */
export function twoDecimals(name: string) {
  return numeric(name, { precision: 6, scale: 2, mode: 'number' });
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

/** The four numbers an owner enters for a day. */
export function dayInputColumns() {
  return {
    orders: integer('orders').notNull(),
    revenue: vnd('revenue').notNull(),
    adSpend: vnd('ad_spend').notNull(),
    leads: integer('leads').notNull(),
  };
}

/**
 * The costs a day (or a week, summed) was counted with, besides COGS, as they were when it was saved: a
 * later change of the shop's settings rewrites none of them, so weeks, charts and exports sum these.
 */
export function dayCostColumns() {
  return {
    /** Revenue of the COD parcels returned (revenue × return rate). */
    returnedRevenue: vnd('returned_revenue').notNull().default(0),
    /** orders × shipping per order × (1 + return rate). */
    shippingCost: vnd('shipping_cost').notNull().default(0),
    /** Payment / COD fee on the delivered revenue. */
    paymentFees: vnd('payment_fees').notNull().default(0),
    /** The shop's daily fixed cost. */
    fixedCost: vnd('fixed_cost').notNull().default(0),
  };
}

/**
 * A day's COGS (revenue × cogs_ratio, or orders × preset COGS) and the metrics computed with it, stored
 * (denormalized) on a saved day and on a draft. A metric that does not fit its column (CVR above
 * 9999.99 %, ROAS above 9999.99) is null, with a flag in `metric_flags`.
 */
export function dayMetricColumns() {
  return {
    cogs: vnd('cogs').notNull(),
    ...dayCostColumns(),
    aov: vnd('aov'),
    cpl: vnd('cpl'),
    /** Orders / leads as a percentage (17.65 = 17.65 %). */
    cvr: twoDecimals('cvr'),
    roas: twoDecimals('roas'),
    netProfit: vnd('net_profit').notNull(),
    metricFlags: jsonb('metric_flags').$type<MetricFlag[]>().notNull().default([]),
  };
}
