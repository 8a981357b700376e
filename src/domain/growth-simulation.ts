import { type CostSettings, computeDailyMetrics } from './daily-metrics.js';
import { type FunnelBasis, funnelNeeds, RUN_RATE_DAYS } from './funnel-basis.js';
import { fitsSafely } from './input-limits.js';
import { roundHalfAwayFromZero } from './rounding.js';

/** CPL rise per doubling of ad spend, applied to the spend above today's run-rate (+15 %). */
export const DEFAULT_CPL_RISE_PER_DOUBLING = 0.15;

export const FEASIBILITIES = ['easy', 'moderate', 'hard', 'unrealistic'] as const;
export type Feasibility = (typeof FEASIBILITIES)[number];

/** Required ad spend ÷ today's monthly run-rate: ≤ 1.2 easy, ≤ 2 moderate, ≤ 3 hard, above unrealistic. */
export function feasibilityOf(ratio: number): Feasibility {
  if (ratio <= 1.2) return 'easy';
  if (ratio <= 2) return 'moderate';
  if (ratio <= 3) return 'hard';
  return 'unrealistic';
}

/**
 * Saturation: the leads bought with today's monthly spend `current` keep today's CPL; the extra spend
 * (required − current) buys its leads at CPL × (1 + rise × log2(required / current)), where `required` is
 * the spend at today's CPL. So spend = current + (required − current) × (1 + rise × log2(required / current)):
 * twice today's 30.000.000 ₫ is 30.000.000 + 30.000.000 × 1,15 = 64.500.000 ₫. At or below today's spend
 * nothing changes; without spend today there is nothing to double from and the spend is left as it is.
 */
export function saturatedAdSpend(required: number, current: number, risePerDoubling: number): number {
  if (required <= current || current <= 0) return required;
  const extra = (required - current) * (1 + risePerDoubling * Math.log2(required / current));
  return roundHalfAwayFromZero(current + extra);
}

/** One projection of the month: ad spend, net profit and how far the spend is from today's run-rate. */
export interface Projection {
  adSpend: number;
  netProfit: number;
  /** adSpend ÷ today's monthly ad spend run-rate. */
  spendRatio: number;
  feasibility: Feasibility;
}

export interface GrowthSimulation {
  target: number;
  orders: number;
  leads: number;
  /** Today's monthly ad spend run-rate. */
  currentAdSpend: number;
  /** At today's CPL. */
  flat: Projection;
  /** With CPL rising on the extra spend (saturatedAdSpend): the feasibility the owner is given. */
  saturated: Projection;
  cplRisePerDoubling: number;
  /** What would reach the target at today's ad spend instead; null when today's spend already does. */
  change: { cvr: number; aov: number } | null;
}

/**
 * Projects a monthly revenue target from the shop's funnel (docs/product.md "Growth simulation
 * feasibility"); needs ad spend in the window (null without: nothing to scale from). Net profit uses the
 * day's cost formula with a month of fixed cost: `monthlyFixedCost` when given, else 30 days of the daily one.
 */
export function simulateGrowth(
  basis: Extract<FunnelBasis, { ok: true }>,
  target: number,
  costs: CostSettings,
  cplRisePerDoubling = DEFAULT_CPL_RISE_PER_DOUBLING,
  monthlyFixedCost = costs.dailyFixedCost * RUN_RATE_DAYS,
): GrowthSimulation | null {
  const current = basis.monthlyAdSpend;
  if (current <= 0) return null;
  const needs = funnelNeeds(basis, target);
  const monthCosts = { ...costs, dailyFixedCost: monthlyFixedCost };
  const project = (adSpend: number): Projection => {
    const spendRatio = adSpend / current;
    const input = { orders: needs.orders, revenue: target, adSpend, leads: needs.leads };
    return {
      adSpend,
      netProfit: computeDailyMetrics(input, monthCosts).netProfit,
      spendRatio,
      feasibility: feasibilityOf(spendRatio),
    };
  };
  // At today's spend: leads = spend / CPL, orders = leads × CVR.
  const leadsToday = current / basis.cpl;
  const ordersToday = leadsToday * basis.cvr;
  return {
    target,
    orders: needs.orders,
    leads: needs.leads,
    currentAdSpend: current,
    flat: project(needs.adSpend),
    saturated: project(saturatedAdSpend(needs.adSpend, current, cplRisePerDoubling)),
    cplRisePerDoubling,
    change:
      needs.adSpend <= current
        ? null
        : { cvr: target / basis.aov / leadsToday, aov: roundHalfAwayFromZero(target / ordersToday) },
  };
}

/**
 * Whether every figure of a simulation fits: orders = target ÷ AOV, leads = orders ÷ CVR and the spend and
 * profit from them grow without bound as AOV or CVR shrink, so each one must stay within
 * ±Number.MAX_SAFE_INTEGER (exact in a JS number, and within BIGINT) to be shown or stored.
 */
export function simulationFits(simulation: GrowthSimulation): boolean {
  const { orders, leads, flat, saturated, change } = simulation;
  const figures = [orders, leads, flat.adSpend, flat.netProfit, saturated.adSpend, saturated.netProfit];
  if (change) figures.push(change.aov);
  return (
    figures.every(fitsSafely) && Number.isFinite(flat.spendRatio) && Number.isFinite(saturated.spendRatio)
  );
}
