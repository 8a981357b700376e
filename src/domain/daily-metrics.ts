import { periodBreakEvenRoas } from './break-even.js';
import { divideRounded, multiplyRounded, roundTo } from './rounding.js';

/** A shop's cost model: ratios are fractions 0..1, money in whole VND. */
export interface CostSettings {
  cogsRatio: number;
  paymentFeeRatio: number;
  shippingCostPerOrder: number;
  dailyFixedCost: number;
  /** The owner's own target ROAS; when null or absent it is break-even ROAS × 1.3. */
  targetRoas?: number | null;
  /** Share of COD parcels refused or returned (0.15 = 15 %); 0 when absent. */
  codReturnRate?: number;
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
  /** Revenue of the parcels returned (revenue × return rate): never collected. */
  returnedRevenue: number;
  cogs: number;
  /** orders × shipping per order × (1 + return rate): a returned parcel is shipped back too. */
  shippingCost: number;
  /** Payment / COD fee on the delivered revenue. */
  paymentFees: number;
  /** COGS + shipping + payment fees. */
  variableCosts: number;
  /** The shop's daily fixed cost, as it was counted. */
  fixedCost: number;
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

/** The costs a day is counted with (whole VND): as the settings give them, or as a saved day stored them. */
export interface DayCostFigures {
  /** Revenue of the parcels returned (revenue × return rate): never collected. */
  returnedRevenue: number;
  cogs: number;
  /** orders × shipping per order × (1 + return rate). */
  shippingCost: number;
  /** Payment / COD fee on the delivered revenue. */
  paymentFees: number;
  /** The shop's daily fixed cost. */
  fixedCost: number;
}

/**
 * Computes a day's metrics from its inputs (docs/product.md "Formulas", "Costs and COD returns"): its costs
 * by the settings (dayCostsOf), then what follows from them (metricsOfDayCosts).
 */
export function computeDailyMetrics(
  input: DayInput,
  settings: CostSettings,
  productsCogs?: number | null,
): DailyMetrics {
  return metricsOfDayCosts(input, dayCostsOf(input, settings, productsCogs), settings);
}

/**
 * A day's costs by the settings. With return rate r: delivered revenue = revenue × (1 − r); COGS on the
 * delivered part only (returned goods go back to stock): delivered revenue × cogsRatio, or, when the day's
 * products were picked, their COGS (Σ orders × unit COGS, VND) × (1 − r); payment fee on the delivered
 * revenue; shipping = orders × shipping × (1 + r). With r = 0 every number is what it was without returns.
 */
export function dayCostsOf(
  input: DayInput,
  settings: CostSettings,
  productsCogs?: number | null,
): DayCostFigures {
  const { orders, revenue } = input;
  const returnRate = settings.codReturnRate ?? 0;
  // Each part is the returned share taken off, so r is never subtracted from 1 in floating point.
  const returnedRevenue = multiplyRounded(revenue, returnRate);
  const deliveredRevenue = revenue - returnedRevenue;
  const shippedOut = orders * settings.shippingCostPerOrder;
  const shippingCost = shippedOut + multiplyRounded(shippedOut, returnRate);
  const paymentFees = multiplyRounded(deliveredRevenue, settings.paymentFeeRatio);
  const cogs =
    productsCogs !== null && productsCogs !== undefined
      ? productsCogs - multiplyRounded(productsCogs, returnRate)
      : multiplyRounded(deliveredRevenue, settings.cogsRatio);
  return { returnedRevenue, cogs, shippingCost, paymentFees, fixedCost: settings.dailyFixedCost };
}

/**
 * A day's metrics from its inputs and the costs it is counted with; the settings give only the margin of
 * a day without revenue and the default target ROAS. A saved day's stored costs give its metrics as they
 * were when it was counted, whatever the settings are now.
 */
export function metricsOfDayCosts(
  input: DayInput,
  costs: DayCostFigures,
  settings: Pick<CostSettings, 'cogsRatio' | 'paymentFeeRatio' | 'codReturnRate' | 'targetRoas'>,
): DailyMetrics {
  const { orders, revenue, adSpend, leads } = input;
  const { returnedRevenue, cogs, shippingCost, paymentFees, fixedCost } = costs;
  const variableCosts = cogs + shippingCost + paymentFees;
  const contribution = revenue - returnedRevenue - variableCosts;
  const netProfit = contribution - adSpend - fixedCost;

  // contribution / revenue is (1 − r)(1 − cogs_ratio − fee) − shipping × (1 + r) / AOV; it also covers a
  // preset. Without revenue, the share of a sale left after COGS, fee and returns.
  const grossMarginRatio = revenue > 0 ? contribution / revenue : settingsMargin(settings);
  const breakEvenRoas = periodBreakEvenRoas(revenue, contribution, grossMarginRatio);
  const targetRoas =
    settings.targetRoas ?? (breakEvenRoas === null ? null : breakEvenRoas * TARGET_ROAS_FACTOR);
  const roas = adSpend > 0 ? revenue / adSpend : null;

  return {
    aov: orders > 0 ? divideRounded(revenue, orders) : null,
    cpl: leads > 0 ? divideRounded(adSpend, leads) : null,
    cvr: leads > 0 ? orders / leads : null,
    roas,
    returnedRevenue,
    cogs,
    shippingCost,
    paymentFees,
    variableCosts,
    fixedCost,
    grossMarginRatio,
    netProfit,
    breakEvenRoas,
    targetRoas,
    roasVsBreakEven: compareToBreakEven(roas, contribution, adSpend),
  };
}

/**
 * The margin the cost settings give on their own, for a period without revenue: the share of a sale left
 * after COGS and payment fee, times the share delivered, (1 − cogs − fee) × (1 − return rate).
 */
export function settingsMargin(
  settings: Pick<CostSettings, 'cogsRatio' | 'paymentFeeRatio' | 'codReturnRate'>,
): number {
  const kept = 1 - settings.cogsRatio - settings.paymentFeeRatio;
  return kept - kept * (settings.codReturnRate ?? 0);
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
  returnedRevenue: number;
  shippingCost: number;
  paymentFees: number;
  fixedCost: number;
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
  const { returnedRevenue, shippingCost, paymentFees, fixedCost } = m;
  return {
    returnedRevenue,
    shippingCost,
    paymentFees,
    fixedCost,
    aov: m.aov,
    cpl: m.cpl,
    cvrPercent,
    roas,
    netProfit: m.netProfit,
    cogs: m.cogs,
    flags,
  };
}

/** `value` rounded to 2 decimals when numeric(6,2) holds it; else null, and `flag` is added to `flags`. */
function toNumeric62(value: number, flag: string, flags: string[]): number | null {
  const rounded = roundTo(value, 2);
  // NaN and ±Infinity fail the comparison too.
  if (Math.abs(rounded) <= MAX_NUMERIC_6_2) return rounded;
  flags.push(flag);
  return null;
}
