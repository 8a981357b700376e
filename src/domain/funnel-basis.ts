import { roundHalfAwayFromZero } from './rounding.js';
import type { WeekTotals } from './week-totals.js';

/** The window the shop's own AOV, CVR and CPL are read from: its last 28 days, today included. */
export const BASIS_WINDOW_DAYS = 28;

/** Recorded days the window needs before its figures are trusted. */
export const MIN_BASIS_DAYS = 7;

/** Days of a month in run-rates: a monthly ad spend is the average recorded day × 30. */
export const RUN_RATE_DAYS = 30;

/** Exact sums of the recorded days of the window (money in whole VND). */
export type BasisSums = Pick<WeekTotals, 'orders' | 'revenue' | 'adSpend' | 'leads' | 'daysRecorded'>;

/** Why the window cannot give a funnel: too few recorded days, or no orders or leads to divide by. */
export type BasisGap = 'too-few-days' | 'no-orders' | 'no-leads';

/** The shop's funnel over the window: AOV and CPL in VND, CVR a fraction, all exact (from sums). */
export type FunnelBasis =
  | {
      ok: true;
      sums: BasisSums;
      aov: number;
      cvr: number;
      cpl: number;
      /** Average daily ad spend of the recorded days × 30, rounded to the đồng. */
      monthlyAdSpend: number;
    }
  | { ok: false; gap: BasisGap; sums: BasisSums };

export function funnelBasis(sums: BasisSums): FunnelBasis {
  if (sums.daysRecorded < MIN_BASIS_DAYS) return { ok: false, gap: 'too-few-days', sums };
  if (sums.orders === 0 || sums.revenue === 0) return { ok: false, gap: 'no-orders', sums };
  if (sums.leads === 0) return { ok: false, gap: 'no-leads', sums };
  return {
    ok: true,
    sums,
    aov: sums.revenue / sums.orders,
    cvr: sums.orders / sums.leads,
    cpl: sums.adSpend / sums.leads,
    monthlyAdSpend: roundHalfAwayFromZero((sums.adSpend * RUN_RATE_DAYS) / sums.daysRecorded),
  };
}

/** What a revenue takes at the shop's funnel: orders and leads rounded up, ad spend to the đồng. */
export interface FunnelNeeds {
  orders: number;
  leads: number;
  adSpend: number;
}

/** ⌈a × b / c⌉ and round(a × b / c) of non-negative integers, exact past 2^53 (BigInt). */
function scaled(a: number, b: number, c: number): { up: number; nearest: number } {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  return {
    up: Number((product + divisor - 1n) / divisor),
    nearest: Number((2n * product + divisor) / (2n * divisor)),
  };
}

/**
 * orders = revenue / AOV, leads = orders / CVR, ad spend = leads × CPL, computed from the window's sums
 * (revenue × orders / revenue sum, …) so that no float rounding moves a whole count: 300.000.000 ₫ at AOV
 * 500.000, CVR 20 %, CPL 20.000 is 600 orders, 3.000 leads and 60.000.000 ₫.
 */
export function funnelNeeds(basis: Extract<FunnelBasis, { ok: true }>, revenue: number): FunnelNeeds {
  const { sums } = basis;
  return {
    orders: scaled(revenue, sums.orders, sums.revenue).up,
    leads: scaled(revenue, sums.leads, sums.revenue).up,
    adSpend: scaled(revenue, sums.adSpend, sums.revenue).nearest,
  };
}
