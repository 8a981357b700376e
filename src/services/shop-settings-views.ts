import type { WeekReportSettings } from '../db/queries/shop-settings.js';
import type { DiagnosisSettings } from '../domain/diagnosis-rules.js';
import { fixedCostOfDay } from '../domain/fixed-cost-share.js';
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
 * The cost settings a week's (or a month's) P&L needs; a day not recorded counts the fixed cost share of
 * a day of the month holding `periodStart`, the period's first day.
 */
export function weekCostSettingsOf(s: WeekReportSettings, periodStart: string): WeekCostSettings {
  return {
    cogsRatio: s.cogsRatio,
    paymentFeeRatio: s.paymentFeeRatio,
    shippingCostPerOrder: s.shippingCostPerOrder,
    dailyFixedCost: fixedCostOfDay(s.monthlyFixedCost, periodStart),
    targetRoas: s.targetRoas,
    codReturnRate: s.codReturnRate,
  };
}
