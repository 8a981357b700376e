import { computeDailyMetrics, type DayInput, toStoredMetrics } from '../../src/domain/daily-metrics.js';
import {
  computeWeekPnl,
  NO_DAYS,
  sumDays,
  type WeekCostSettings,
  type WeekPnl,
  type WeekTotals,
} from '../../src/domain/week-totals.js';

/** docs/product.md's defaults: COGS 40 %, no fees, shipping or fixed cost. */
export const DEFAULT_WEEK_SETTINGS: WeekCostSettings = {
  cogsRatio: 0.4,
  paymentFeeRatio: 0,
  shippingCostPerOrder: 0,
  dailyFixedCost: 0,
  targetRoas: null,
};

/** Sums recorded days the way the database does: inputs and the costs each day stored when it was saved. */
export function totalsOf(days: DayInput[], settings: WeekCostSettings, daysInPeriod = 7): WeekTotals {
  return sumDays(
    days.map((day) => ({ ...day, ...toStoredMetrics(computeDailyMetrics(day, settings)) })),
    daysInPeriod,
  );
}

/** A week of `count` identical recorded days. */
export function weekOf(
  day: DayInput,
  count = 7,
  settings: WeekCostSettings = DEFAULT_WEEK_SETTINGS,
  daysInPeriod = 7,
): WeekPnl {
  return computeWeekPnl(
    totalsOf(
      Array.from({ length: count }, () => day),
      settings,
      daysInPeriod,
    ),
    settings,
  );
}

/** A week straight from its sums, its days' costs as `settings` give them (COGS at 40 % of revenue) unless given. */
export function weekFrom(
  totals: Partial<WeekTotals> & Pick<WeekTotals, 'orders' | 'revenue' | 'adSpend' | 'leads'>,
  settings: WeekCostSettings = DEFAULT_WEEK_SETTINGS,
): WeekPnl {
  return computeWeekPnl(
    {
      ...NO_DAYS,
      // The costs its days stored, as if they were saved with these settings (no returns).
      cogs: Math.round(totals.revenue * settings.cogsRatio),
      shippingCost: totals.orders * settings.shippingCostPerOrder,
      paymentFees: Math.round(totals.revenue * settings.paymentFeeRatio),
      fixedCost: settings.dailyFixedCost * (totals.daysRecorded ?? 7),
      daysRecorded: 7,
      daysInPeriod: 7,
      ...totals,
    },
    settings,
  );
}

/** docs/product.md worked example: the week before (7 × 15 orders, 8tr5, 2tr ads, 85 leads). */
export const WEEK_BEFORE = weekOf({ orders: 15, revenue: 8_500_000, adSpend: 2_000_000, leads: 85 });
/** docs/product.md worked example: last week (7 × 8 orders, 4tr, 2tr5 ads, 90 leads). */
export const LAST_WEEK = weekOf({ orders: 8, revenue: 4_000_000, adSpend: 2_500_000, leads: 90 });
