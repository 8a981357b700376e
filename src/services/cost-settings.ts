import type { ShopSettings } from '../db/schema/index.js';
import type { CostSettings } from '../domain/daily-metrics.js';

/** The cost part of a shop's settings, as the pure formulas take it. */
export function costSettingsOf(
  settings: ShopSettings,
): CostSettings & { targetRoas: number | null; codReturnRate: number } {
  return {
    cogsRatio: settings.cogsRatio,
    paymentFeeRatio: settings.paymentFeeRatio,
    shippingCostPerOrder: settings.shippingCostPerOrder,
    dailyFixedCost: settings.dailyFixedCost,
    targetRoas: settings.targetRoas,
    codReturnRate: settings.codReturnRate,
  };
}
