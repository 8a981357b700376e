import type { Database } from '../db/client.js';
import { sumDailyRecords } from '../db/queries/daily-records.js';
import { getMonthlyGoal } from '../db/queries/monthly-goals.js';
import type { WeekReportSettings } from '../db/queries/shop-settings.js';
import type { ShopWeekTotals } from '../db/queries/week-sums.js';
import type { MonthlyGoal } from '../db/schema/index.js';
import { diagnoseWeek, type WeekDiagnosis } from '../domain/diagnose-week.js';
import { computeGoalPace, type GoalPace, monthToDate } from '../domain/goal-pacing.js';
import { addDays, daysBetween, isoWeekOf, weekBounds } from '../domain/local-date.js';
import { decomposeProfitChange, type ProfitDecomposition } from '../domain/profit-decomposition.js';
import {
  computeWeekPnl,
  NO_DAYS,
  type WeekCostSettings,
  type WeekPnl,
  type WeekTotals,
} from '../domain/week-totals.js';
import { readWeekInputs, type WeekInputs } from './batch-week-inputs.js';
import { diagnosisSettingsOf, weekCostSettingsOf } from './shop-settings-views.js';
import { weekCalendar } from './week-calendar.js';

/** A week's P&L for one shop, compared with the week before; diagnosed when the week is over. */
export interface WeekReport {
  shopId: string;
  isoWeek: string;
  weekStart: string;
  weekEnd: string;
  /** The running week: numbers so far, compared with the same first days of last week; no diagnosis. */
  running: boolean;
  current: WeekPnl;
  previous: WeekPnl | null;
  decomposition: ProfitDecomposition | null;
  goal: GoalPace | null;
  diagnosis: WeekDiagnosis | null;
}

/** A period's P&L from its recorded days' sums, the fixed cost of its unrecorded days taken as the week does. */
export function periodPnlOf(
  sums: Omit<WeekTotals, 'daysInPeriod'> | undefined,
  period: { start: string; days: number },
  settings: WeekReportSettings,
) {
  return weekPnlOf(sums, period.days, weekCostSettingsOf(settings, period.start, period.days));
}

/**
 * Written out field by field (one object shape, not a spread of the wider row): the weekly batch runs this
 * for every week of a hundred thousand shops.
 */
function weekPnlOf(
  sums: Omit<WeekTotals, 'daysInPeriod'> | undefined,
  days: number,
  costs: WeekCostSettings,
): WeekPnl {
  const s = sums ?? NO_DAYS;
  return computeWeekPnl(
    {
      orders: s.orders,
      revenue: s.revenue,
      adSpend: s.adSpend,
      leads: s.leads,
      cogs: s.cogs,
      returnedRevenue: s.returnedRevenue,
      shippingCost: s.shippingCost,
      paymentFees: s.paymentFees,
      fixedCost: s.fixedCost,
      daysRecorded: s.daysRecorded,
      daysInPeriod: days,
    },
    costs,
  );
}

/** Month-to-date pacing of the month holding `asOf`, when that month has a goal. */
export function goalPaceOf(
  goal: MonthlyGoal | null,
  monthSums: Omit<WeekTotals, 'daysInPeriod'> | null,
  asOf: string,
  settings: WeekReportSettings,
): GoalPace | null {
  if (!goal || !monthSums) return null;
  const period = monthToDate(goal.month, asOf);
  if (!period) return null;
  const days = daysBetween(period.start, period.end) + 1;
  return computeGoalPace({
    month: goal.month,
    revenueTarget: goal.revenueTarget,
    profitTarget: goal.profitTarget,
    asOf,
    revenueToDate: monthSums.revenue,
    profitToDate: periodPnlOf(monthSums, { start: period.start, days }, settings).netProfit,
    daysRecorded: monthSums.daysRecorded,
    goalPaceRatio: settings.goalPaceRatio,
  });
}

/**
 * A finished week's report from its sums (pure): `sums` holds the shop's recorded weeks among the diagnosed
 * one and the four before it (reportMondays), keyed by Monday.
 */
export function finishedWeekReport(params: {
  settings: WeekReportSettings;
  isoWeek: string;
  sums: ReadonlyMap<string, ShopWeekTotals>;
  goal: GoalPace | null;
}): WeekReport {
  const { settings, isoWeek, sums } = params;
  const { start, end, mondays } = weekCalendar(isoWeek);
  const current = weekPnlOf(sums.get(mondays[0]!), 7, weekCostSettingsOf(settings, start, 7));
  // The recorded weeks before this one, newest first; the first is the previous week when it has records.
  const history: WeekPnl[] = [];
  for (const monday of mondays.slice(1)) {
    const weekSums = sums.get(monday);
    if (weekSums) history.push(weekPnlOf(weekSums, 7, weekCostSettingsOf(settings, monday, 7)));
  }
  const previous = sums.has(mondays[1]!) ? history[0]! : null;
  return {
    shopId: settings.shopId,
    isoWeek,
    weekStart: start,
    weekEnd: end,
    running: false,
    current,
    previous,
    decomposition: previous ? decomposeProfitChange(current, previous) : null,
    goal: params.goal,
    diagnosis: diagnoseWeek({
      current,
      previous,
      history,
      settings: diagnosisSettingsOf(settings),
      goal: params.goal,
    }),
  };
}

/** A finished week's report for one shop from what readWeekInputs read for it (pure). */
export function finishedWeekReportOf(
  settings: WeekReportSettings,
  isoWeek: string,
  inputs: WeekInputs,
): WeekReport {
  const { shopId } = settings;
  const goal = inputs.goals.get(shopId) ?? null;
  const monthSums = goal ? (inputs.monthSums.get(shopId) ?? NO_DAYS) : null;
  return finishedWeekReport({
    settings,
    isoWeek,
    sums: inputs.sums.get(shopId) ?? new Map(),
    goal: goalPaceOf(goal, monthSums, weekCalendar(isoWeek).end, settings),
  });
}

/** Loads and computes a finished week's report for one shop (not stored), from the inputs the batch reads. */
export async function computeFinishedWeek(
  db: Database,
  settings: WeekReportSettings,
  isoWeek: string,
): Promise<WeekReport> {
  return finishedWeekReportOf(settings, isoWeek, await readWeekInputs(db, isoWeek, [settings.shopId]));
}

export async function loadGoalPace(
  db: Database,
  settings: WeekReportSettings,
  asOf: string,
): Promise<GoalPace | null> {
  const goal = await getMonthlyGoal(db, settings.shopId, asOf.slice(0, 7));
  if (!goal) return null;
  const period = monthToDate(goal.month, asOf);
  const monthSums = period
    ? await sumDailyRecords(db, settings.shopId, { from: period.start, to: period.end })
    : null;
  return goalPaceOf(goal, monthSums, asOf, settings);
}

/**
 * The running week up to `today` (local), beside the same first days of the week before; nothing is
 * stored and no rule is applied (a few days cannot be judged against a whole week).
 */
export async function computeRunningWeek(
  db: Database,
  settings: WeekReportSettings,
  today: string,
): Promise<WeekReport> {
  const isoWeek = isoWeekOf(today);
  const { start, end } = weekBounds(isoWeek);
  const days = daysBetween(start, today) + 1;
  const lastStart = addDays(start, -7);
  const now = await sumDailyRecords(db, settings.shopId, { from: start, to: today });
  const before = await sumDailyRecords(db, settings.shopId, {
    from: lastStart,
    to: addDays(lastStart, days - 1),
  });
  const goal = await loadGoalPace(db, settings, today);
  const current = periodPnlOf(now, { start, days }, settings);
  const previous = before.daysRecorded > 0 ? periodPnlOf(before, { start: lastStart, days }, settings) : null;
  return {
    shopId: settings.shopId,
    isoWeek,
    weekStart: start,
    weekEnd: end,
    running: true,
    current,
    previous,
    decomposition: previous ? decomposeProfitChange(current, previous) : null,
    goal,
    diagnosis: null,
  };
}

/** The ISO week that ended before `today` (local date). */
export function lastFinishedWeek(today: string): string {
  return isoWeekOf(addDays(today, -7));
}
