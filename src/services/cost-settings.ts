import type { ShopSettings } from '../db/schema/index.js';
import type { CostSettings } from '../domain/daily-metrics.js';
import { fixedCostOfDay } from '../domain/fixed-cost-share.js';

/**
 * The cost part of a shop's settings, as the pure formulas take it, for the day `date`: its fixed cost is
 * that day's share of the monthly fixed cost.
 */
export function costSettingsOf(
  settings: Pick<
    ShopSettings,
    | 'cogsRatio'
    | 'paymentFeeRatio'
    | 'shippingCostPerOrder'
    | 'monthlyFixedCost'
    | 'targetRoas'
    | 'codReturnRate'
  >,
  date: string,
): CostSettings & { targetRoas: number | null; codReturnRate: number } {
  return {
    cogsRatio: settings.cogsRatio,
    paymentFeeRatio: settings.paymentFeeRatio,
    shippingCostPerOrder: settings.shippingCostPerOrder,
    dailyFixedCost: fixedCostOfDay(settings.monthlyFixedCost, date),
    targetRoas: settings.targetRoas,
    codReturnRate: settings.codReturnRate,
  };
}
