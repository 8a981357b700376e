import type { ShopSettings } from '../db/schema/index.js';
import type { DiagnosisSettings } from '../domain/diagnosis-rules.js';
import type { WeekCostSettings } from '../domain/week-totals.js';

/** The settings a week's report reads: its costs and the thresholds of the weekly rules. */
export type WeekReportSettings = Pick<
  ShopSettings,
  'shopId' | 'cogsRatio' | 'paymentFeeRatio' | 'shippingCostPerOrder' | 'dailyFixedCost' | 'targetRoas'
> &
  DiagnosisSettings;

/** The thresholds of the weekly rules, read from the shop's settings. */
export function diagnosisSettingsOf(s: WeekReportSettings): DiagnosisSettings {
  return {
    minCvr: s.minCvr,
    maxCpl: s.maxCpl,
    cplSpikeMultiplier: s.cplSpikeMultiplier,
    revenueDropRatio: s.revenueDropRatio,
    aovDropRatio: s.aovDropRatio,
    spendUpRatio: s.spendUpRatio,
    ordersFlatRatio: s.ordersFlatRatio,
    minDaysRecorded: s.minDaysRecorded,
    goalPaceRatio: s.goalPaceRatio,
  };
}

/** The cost settings a week's P&L needs. */
export function weekCostSettingsOf(s: WeekReportSettings): WeekCostSettings {
  return {
    cogsRatio: s.cogsRatio,
    paymentFeeRatio: s.paymentFeeRatio,
    shippingCostPerOrder: s.shippingCostPerOrder,
    dailyFixedCost: s.dailyFixedCost,
    targetRoas: s.targetRoas,
  };
}
