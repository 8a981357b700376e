import {
  computeWeekPnl,
  type DayCosts,
  sumDays,
  type WeekCostSettings,
  type WeekPnl,
  type WeekTotals,
} from '../domain/week-totals.js';

/** A saved day as the charts read it: the inputs, the costs stored with it and its net profit (VND). */
export interface ChartRecord extends DayCosts {
  /** 'YYYY-MM-DD' in the shop's time zone. */
  date: string;
  netProfit: number;
}

/** Exact sums of records (each passed once); `daysInPeriod` is the number of calendar days they cover. */
export function sumChartRecords(records: readonly ChartRecord[], daysInPeriod = records.length): WeekTotals {
  return sumDays(records, daysInPeriod);
}

/**
 * The P&L of the days `dates` up to `today`, from exact sums (the same formulas as the weekly diagnosis:
 * break-even ROAS from the period's margin, fixed costs for every calendar day up to today, recorded or not).
 */
export function periodPnl(
  dates: readonly string[],
  days: readonly (ChartRecord | null)[],
  settings: WeekCostSettings,
  today: string,
): WeekPnl {
  const recorded = days.filter((day): day is ChartRecord => day !== null);
  const elapsed = dates.filter((date) => date <= today).length;
  return computeWeekPnl(sumChartRecords(recorded, elapsed), settings);
}

/** The record of each date, in the order of `dates`; null where the day has none (a gap, not a zero). */
export function recordsByDate(
  dates: readonly string[],
  records: readonly ChartRecord[],
): (ChartRecord | null)[] {
  const byDate = new Map(records.map((r) => [r.date, r]));
  return dates.map((date) => byDate.get(date) ?? null);
}
