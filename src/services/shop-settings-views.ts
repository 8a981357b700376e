import type { WeekReportSettings } from '../db/queries/shop-settings.js';
import type { DiagnosisSettings } from '../domain/diagnosis-rules.js';
import type { WeekCostSettings } from '../domain/week-totals.js';

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
    codReturnRate: s.codReturnRate,
  };
}
