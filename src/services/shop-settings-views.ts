import type { WeekReportSettings } from '../db/queries/shop-settings.js';
import type { DiagnosisSettings } from '../domain/diagnosis-rules.js';
import { averageFixedCostOfDays } from '../domain/fixed-cost-share.js';
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

/**
 * The cost settings a P&L of the `days` days from `periodStart` needs; a day of it not recorded counts the
 * average of those days' shares of their month's fixed cost (averageFixedCostOfDays).
 */
export function weekCostSettingsOf(s: WeekReportSettings, periodStart: string, days = 1): WeekCostSettings {
  return {
    cogsRatio: s.cogsRatio,
    paymentFeeRatio: s.paymentFeeRatio,
    shippingCostPerOrder: s.shippingCostPerOrder,
    dailyFixedCost: averageFixedCostOfDays(s.monthlyFixedCost, periodStart, days),
    targetRoas: s.targetRoas,
    codReturnRate: s.codReturnRate,
  };
}
