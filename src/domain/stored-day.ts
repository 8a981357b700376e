import type { CostSettings, DailyMetrics, DayCostFigures, DayInput } from './daily-metrics.js';
import { metricsOfDayCosts } from './daily-metrics.js';
import type { DayProductLine } from './product-margin.js';

/** A day as a saved record (or a pending draft) stores it: its inputs, the costs it was counted with, its net profit. */
export interface StoredDay extends DayInput, DayCostFigures {
  netProfit: number;
  /** The products picked for the day; null when COGS came from the ratio. */
  products: readonly DayProductLine[] | null;
}

/**
 * The metrics of a stored day: every stored figure (COGS, returns, shipping, fees, fixed cost, net profit)
 * as the row has it, ratios of its inputs (AOV, CPL, CVR, ROAS) and break-even from those (the day's actual
 * revenue and costs, products picked or not). The settings give only what the row does not hold: the margin
 * of a day without revenue and the default target ROAS.
 */
export function storedDayMetrics(day: StoredDay, settings: CostSettings): DailyMetrics {
  const input: DayInput = {
    orders: day.orders,
    revenue: day.revenue,
    adSpend: day.adSpend,
    leads: day.leads,
  };
  return { ...metricsOfDayCosts(input, day, settings), netProfit: day.netProfit };
}
