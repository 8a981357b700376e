import { divideRounded, multiplyRounded, roundTo } from './rounding.js';

/** A shop's cost model: ratios are fractions 0..1, money in whole VND. */
export interface CostSettings {
  cogsRatio: number;
  paymentFeeRatio: number;
  shippingCostPerOrder: number;
  dailyFixedCost: number;
  /** The owner's own target ROAS; when null or absent it is break-even ROAS × 1.3. */
  targetRoas?: number | null;
}

/** The four numbers an owner enters for a day (money in VND). */
export interface DayInput {
  orders: number;
  revenue: number;
  adSpend: number;
  leads: number;
}

/** A day's computed figures: money in whole VND, ratios unrounded, CVR as a fraction. */
export interface DailyMetrics {
  aov: number | null;
  cpl: number | null;
  /** orders / leads as a fraction (0.1765 = 17,65 %); may exceed 1 with organic orders. */
  cvr: number | null;
  roas: number | null;
  cogs: number;
  variableCosts: number;
  grossMarginRatio: number;
  netProfit: number;
  breakEvenRoas: number | null;
  targetRoas: number | null;
  /** How ROAS compares to break-even; null when there was no ad spend ('below' when ads cannot break even). */
  roasVsBreakEven: 'above' | 'below' | 'equal' | null;
}

/** Default cost settings of a new shop: COGS 40 % of revenue, no fees, shipping or fixed cost. */
export const DEFAULT_COST_SETTINGS: CostSettings = {
  cogsRatio: 0.4,
  paymentFeeRatio: 0,
  shippingCostPerOrder: 0,
  dailyFixedCost: 0,
};

/** How much above break-even the default target ROAS sits. */
export const TARGET_ROAS_FACTOR = 1.3;

/**
 * Computes a day's metrics from its inputs (docs/product.md "Formulas"); COGS is orders × presetCogsPerOrder
 * (VND) when a product preset was picked, else revenue × cogsRatio.
 */
export function computeDailyMetrics(
  input: DayInput,
  settings: CostSettings,
  presetCogsPerOrder?: number | null,
): DailyMetrics {
  const { orders, revenue, adSpend, leads } = input;
  const cogs =
    presetCogsPerOrder !== null && presetCogsPerOrder !== undefined
      ? orders * presetCogsPerOrder
      : multiplyRounded(revenue, settings.cogsRatio);
  const variableCosts =
    cogs + orders * settings.shippingCostPerOrder + multiplyRounded(revenue, settings.paymentFeeRatio);
  const contribution = revenue - variableCosts;
  const netProfit = contribution - adSpend - settings.dailyFixedCost;

  // (revenue − variable costs) / revenue is 1 − cogs_ratio − fee − shipping / AOV, and it also covers a preset.
  const grossMarginRatio =
    revenue > 0 ? contribution / revenue : 1 - settings.cogsRatio - settings.paymentFeeRatio;
  const breakEvenRoas = grossMarginRatio > 0 ? 1 / grossMarginRatio : null;
  const targetRoas =
    settings.targetRoas ?? (breakEvenRoas === null ? null : breakEvenRoas * TARGET_ROAS_FACTOR);
  const roas = adSpend > 0 ? revenue / adSpend : null;

  return {
    aov: orders > 0 ? divideRounded(revenue, orders) : null,
    cpl: leads > 0 ? divideRounded(adSpend, leads) : null,
    cvr: leads > 0 ? orders / leads : null,
    roas,
    cogs,
    variableCosts,
    grossMarginRatio,
    netProfit,
    breakEvenRoas,
    targetRoas,
    roasVsBreakEven: compareToBreakEven(roas, contribution, adSpend),
  };
}

/**
 * ROAS ≥ 1 / margin is the same as revenue × margin ≥ ad spend, i.e. contribution ≥ ad spend: comparing
 * those integers avoids float ties (ROAS 5/3 against break-even 1/0.6).
 */
function compareToBreakEven(
  roas: number | null,
  contribution: number,
  adSpend: number,
): DailyMetrics['roasVsBreakEven'] {
  if (roas === null) return null;
  if (contribution > adSpend) return 'above';
  return contribution < adSpend ? 'below' : 'equal';
}

/** The columns of a daily record: CVR in % and ROAS rounded to 2 decimals, out-of-range values nulled and flagged. */
export interface StoredMetrics {
  aov: number | null;
  cpl: number | null;
  cvrPercent: number | null;
  roas: number | null;
  netProfit: number;
  cogs: number;
  flags: string[];
}

/** Largest magnitude of numeric(6,2): the CVR % and ROAS columns of days and weeks. */
export const MAX_NUMERIC_6_2 = 9999.99;

/** Prepares metrics for the daily_records columns; never throws on values the columns cannot hold. */
export function toStoredMetrics(m: DailyMetrics): StoredMetrics {
  const flags: string[] = [];
  const cvrPercent = m.cvr === null ? null : toNumeric62(m.cvr * 100, 'cvr-overflow', flags);
  const roas = m.roas === null ? null : toNumeric62(m.roas, 'roas-overflow', flags);
  return { aov: m.aov, cpl: m.cpl, cvrPercent, roas, netProfit: m.netProfit, cogs: m.cogs, flags };
}

/** `value` rounded to 2 decimals when numeric(6,2) holds it; else null, and `flag` is added to `flags`. */
function toNumeric62(value: number, flag: string, flags: string[]): number | null {
  const rounded = roundTo(value, 2);
  // NaN and ±Infinity fail the comparison too.
  if (Math.abs(rounded) <= MAX_NUMERIC_6_2) return rounded;
  flags.push(flag);
  return null;
}
