import type { WeekPnl } from './week-totals.js';

/** The causes a week's profit change is split into (docs/product.md "The why of a week"). */
export type ProfitFactor = 'leads' | 'cvr' | 'aov' | 'margin' | 'cpl' | 'fixed';

/** The factors in the order parts are listed; `fixed` appears only when fixed costs changed. */
export const PROFIT_FACTORS: readonly ProfitFactor[] = ['leads', 'cvr', 'aov', 'margin', 'cpl', 'fixed'];

/**
 * One factor's share of the change: `amount` in whole VND; `previous` / `current` are the factor's exact
 * values (leads a count, CVR and margin fractions, AOV, CPL and fixed costs in VND) for "CVR fell from … to …".
 */
export interface ProfitPart {
  factor: ProfitFactor;
  amount: number;
  previous: number;
  current: number;
}

/** Why a split was not made: a week (this or the one before) without leads, orders or revenue. */
export type NoSplitReason = 'no-leads' | 'no-orders' | 'no-revenue';

/** The net profit change (VND) and its split by cause, or the plain change when no split is possible. */
export type ProfitDecomposition =
  | { total: number; parts: ProfitPart[] }
  | { total: number; parts: null; reason: NoSplitReason };

type FactorValues = Record<ProfitFactor, number>;

/**
 * P = L × CVR × AOV × m − L × CPL − fixed; revenue and ad spend are L × CVR × AOV and L × CPL. `x` holds
 * the factors in PROFIT_FACTORS order.
 */
function profitModel(x: readonly number[]): number {
  const [leads = 0, cvr = 0, aov = 0, margin = 0, cpl = 0, fixed = 0] = x;
  return leads * cvr * aov * margin - leads * cpl - fixed;
}

function factorValues(week: WeekPnl): FactorValues {
  return {
    leads: week.leads,
    cvr: week.orders / week.leads,
    aov: week.revenue / week.orders,
    margin: week.contribution / week.revenue,
    cpl: week.adSpend / week.leads,
    fixed: week.fixedCosts,
  };
}

function noSplitReason(week: WeekPnl): NoSplitReason | null {
  if (week.leads === 0) return 'no-leads';
  if (week.orders === 0) return 'no-orders';
  // Orders without revenue leave the margin undefined, and variable costs would escape the model.
  if (week.revenue === 0) return 'no-revenue';
  return null;
}

/**
 * Splits the change in net profit (VND) from `previous` to `current` into Shapley values of leads, CVR,
 * AOV, margin, CPL (and fixed costs when they changed), rounded by largest remainder so the parts add up
 * exactly to the change.
 */
export function decomposeProfitChange(current: WeekPnl, previous: WeekPnl): ProfitDecomposition {
  const total = current.netProfit - previous.netProfit;
  const reason = noSplitReason(current) ?? noSplitReason(previous);
  if (reason !== null) return { total, parts: null, reason };

  const before = factorValues(previous);
  const after = factorValues(current);
  const factors = PROFIT_FACTORS.filter((f) => f !== 'fixed' || before.fixed !== after.fixed);
  const shapley = shapleyValues(factors, before, after);
  const amounts = largestRemainder(shapley, total);
  return {
    total,
    parts: factors.map((factor, i) => ({
      factor,
      amount: amounts[i]!,
      previous: before[factor],
      current: after[factor],
    })),
  };
}

/** Shapley weight of a coalition of each size among n factors: size! (n − size − 1)! / n!, per n. */
const SHAPLEY_WEIGHTS: readonly (readonly number[])[] = Array.from(
  { length: PROFIT_FACTORS.length + 1 },
  (_, n) => {
    const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
    return Array.from({ length: n }, (_, size) => (factorial(size) * factorial(n - size - 1)) / factorial(n));
  },
);

/**
 * Exact Shapley values over every coalition of switched factors (2^n evaluations, n ≤ 6). The factors are
 * indexed in PROFIT_FACTORS order and evaluated on one reused array: the weekly batch runs this for
 * thousands of shops.
 */
function shapleyValues(factors: ProfitFactor[], before: FactorValues, after: FactorValues): number[] {
  const n = factors.length;
  const weights = SHAPLEY_WEIGHTS[n]!;
  const from = PROFIT_FACTORS.map((f) => before[f]);
  const to = PROFIT_FACTORS.map((f) => after[f]);
  const slots = factors.map((f) => PROFIT_FACTORS.indexOf(f));
  const x = from.slice();
  const values = new Array<number>(1 << n);
  for (let mask = 0; mask < 1 << n; mask++) {
    for (let i = 0; i < n; i++) {
      const slot = slots[i]!;
      x[slot] = mask & (1 << i) ? to[slot]! : from[slot]!;
    }
    values[mask] = profitModel(x);
  }
  return factors.map((_, i) => {
    let sum = 0;
    for (let mask = 0; mask < 1 << n; mask++) {
      if (mask & (1 << i)) continue;
      sum += weights[popCount(mask)]! * (values[mask | (1 << i)]! - values[mask]!);
    }
    return sum;
  });
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m > 0; m >>= 1) count += m & 1;
  return count;
}

/**
 * Rounds each value to a whole number so they sum to `total`: floors first, then one unit each to the
 * largest remainders (equal remainders in PROFIT_FACTORS order). A value that is exactly 0 (a factor that
 * did not change) stays 0.
 */
function largestRemainder(values: number[], total: number): number[] {
  const floors = values.map((v) => Math.floor(v));
  const eligible = values
    .map((v, i) => ({ i, remainder: v - floors[i]! }))
    .filter(({ i }) => values[i] !== 0)
    // Array sort is stable, so equal remainders keep the order of the factors.
    .sort((a, b) => b.remainder - a.remainder);
  let units = total - floors.reduce((a, b) => a + b, 0);
  // Float noise, or a net profit that is not the model's (a WeekPnl built elsewhere), may leave units
  // outside 0..eligible.length; the loops still land on `total` whenever some factor changed.
  for (let k = 0; units > 0 && eligible.length > 0; k++, units--) {
    floors[eligible[k % eligible.length]!.i]! += 1;
  }
  for (let k = 0; units < 0 && eligible.length > 0; k++, units++) {
    floors[eligible[eligible.length - 1 - (k % eligible.length)]!.i]! -= 1;
  }
  // No part is −0: Math.floor gives −0 only for −0, the Shapley sums start at +0 and so are never −0,
  // and a ±1 step that reaches 0 gives +0.
  return floors;
}

/** The cause that moved profit the most in the direction it moved, with its share of the change (fraction). */
export interface DominantCause {
  part: ProfitPart;
  /** part / total, > 0; above 1 when other causes pulled the other way (shown as a percentage). */
  share: number;
}

/**
 * The factor with the largest part in the direction of the change (the largest fall when profit fell);
 * null when there is no split or no change. Ties go to the earlier factor in PROFIT_FACTORS.
 */
export function dominantCause(decomposition: ProfitDecomposition): DominantCause | null {
  const { total, parts } = decomposition;
  if (parts === null) return null;
  // With no change the direction is 0, and no part moves profit in it.
  const direction = Math.sign(total);
  let best: ProfitPart | null = null;
  for (const part of parts) {
    if (part.amount * direction > 0 && (best === null || part.amount * direction > best.amount * direction)) {
      best = part;
    }
  }
  if (best === null) return null;
  return { part: best, share: best.amount / total };
}

/** The parts worth naming: those that moved profit (a part of 0 ₫ is left out), in PROFIT_FACTORS order. */
export function movingParts(decomposition: ProfitDecomposition): ProfitPart[] {
  return (decomposition.parts ?? []).filter((part) => part.amount !== 0);
}
