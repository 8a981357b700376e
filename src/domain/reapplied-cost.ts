import type { DayCostFigures } from './daily-metrics.js';
import type { DayRowValues } from './day-row.js';
import { netProfitOf } from './net-profit-terms.js';

/** The cost settings a saved day can be counted again with, from a date: one at a time. */
export type ReappliedCost =
  | 'cogsRatio'
  | 'paymentFeeRatio'
  | 'shippingCostPerOrder'
  | 'monthlyFixedCost'
  | 'codReturnRate';

/** A one-letter code of each, for button data. */
export const REAPPLIED_COST_CODES = {
  cogsRatio: 'c',
  paymentFeeRatio: 'f',
  shippingCostPerOrder: 's',
  monthlyFixedCost: 'x',
  codReturnRate: 'r',
} as const satisfies Record<ReappliedCost, string>;

export type ReappliedCostCode = (typeof REAPPLIED_COST_CODES)[ReappliedCost];

/** Every code, for a button data schema. */
export const REAPPLIED_COST_CODE_LIST = Object.values(REAPPLIED_COST_CODES) as [
  ReappliedCostCode,
  ...ReappliedCostCode[],
];

export function reappliedCostOfCode(code: ReappliedCostCode): ReappliedCost {
  const found = (Object.keys(REAPPLIED_COST_CODES) as ReappliedCost[]).find(
    (key) => REAPPLIED_COST_CODES[key] === code,
  );
  if (!found) throw new Error(`no re-applied cost ${code}`);
  return found;
}

export function isReappliedCost(key: string): key is ReappliedCost {
  return key in REAPPLIED_COST_CODES;
}

/**
 * The stored figures each cost setting gives a day. The return rate runs through all of the day's
 * variable costs (what is delivered, shipped back, charged a fee on), so it gives them all.
 */
const FIGURES_OF: Record<ReappliedCost, readonly (keyof DayCostFigures)[]> = {
  cogsRatio: ['cogs'],
  paymentFeeRatio: ['paymentFees'],
  shippingCostPerOrder: ['shippingCost'],
  monthlyFixedCost: ['fixedCost'],
  codReturnRate: ['returnedRevenue', 'cogs', 'shippingCost', 'paymentFees'],
};

const COST_FIGURES: readonly (keyof DayCostFigures)[] = [
  'returnedRevenue',
  'cogs',
  'shippingCost',
  'paymentFees',
  'fixedCost',
];

/**
 * A saved day with one cost counted again: the figures that cost gives as `recounted` has them (the day
 * counted by the settings now), every other figure as the day stored it, and the net profit of those.
 */
export function withOneCostReapplied(
  stored: DayCostFigures,
  recounted: DayRowValues,
  cost: ReappliedCost,
): DayRowValues {
  const changed = FIGURES_OF[cost];
  const row: DayRowValues = { ...recounted };
  for (const figure of COST_FIGURES) {
    if (!changed.includes(figure)) row[figure] = stored[figure];
  }
  row.netProfit = netProfitOf(row);
  return row;
}
