import { type CostSettings, type DayInput, toStoredMetrics } from '../../domain/daily-metrics.js';
import { computeDayWithProducts, type DayProductLine } from '../../domain/product-margin.js';
import type { DailyRecordValues } from './daily-records.js';

/** A day's columns of daily_records (and of entry_drafts, which hold the same day until Save). */
export type DayRowValues = Omit<DailyRecordValues, 'presetId' | 'enteredBy' | 'metricFlags'> & {
  metricFlags: string[];
};

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
