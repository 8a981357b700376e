import { type CostSettings, type DayInput, toStoredMetrics } from './daily-metrics.js';
import { computeDayWithProducts, type DayProductLine } from './product-margin.js';
import type { DayCosts } from './week-totals.js';

/**
 * The columns of a day as it is stored (in daily_records, and in entry_drafts until Save): the four
 * inputs and the metrics computed from them, in the columns' units.
 */
export interface DayRowValues extends DayCosts {
  recordDate: string;
  aov: number | null;
  cpl: number | null;
  /** In percent (12.5 = 12,5 %), rounded to 2 decimals; null when there are no leads or it overflows. */
  cvr: number | null;
  roas: number | null;
  netProfit: number;
  /** Metrics a column could not hold (nulled), e.g. `cvr-overflow`. */
  metricFlags: string[];
}

/**
 * The row of a day as an owner entered it: the four inputs and the metrics computed from them, in the
 * columns' units (CVR in %, ratios rounded, values a column cannot hold nulled and flagged). With product
 * lines, COGS is Σ orders × unit COGS instead of revenue × cogs ratio.
 */
export function dayRowValues(
  recordDate: string,
  input: DayInput,
  settings: CostSettings,
  products?: readonly DayProductLine[] | null,
): DayRowValues {
  const stored = toStoredMetrics(computeDayWithProducts(input, settings, products));
  return {
    recordDate,
    orders: input.orders,
    revenue: input.revenue,
    adSpend: input.adSpend,
    leads: input.leads,
    cogs: stored.cogs,
    returnedRevenue: stored.returnedRevenue,
    shippingCost: stored.shippingCost,
    paymentFees: stored.paymentFees,
    fixedCost: stored.fixedCost,
    aov: stored.aov,
    cpl: stored.cpl,
    cvr: stored.cvrPercent,
    roas: stored.roas,
    netProfit: stored.netProfit,
    metricFlags: stored.flags,
  };
}
