import type { Database } from '../db/client.js';
import {
  type ShopWeekTotals,
  storedWeekSumsByShop,
  sumDaysByShop,
  sumWeeksByShop,
} from '../db/queries/week-sums.js';
import { listMonthlyGoalsOfShops } from '../db/queries/weekly-batch.js';
import type { MonthlyGoal } from '../db/schema/index.js';
import { monthToDate } from '../domain/goal-pacing.js';
import { weekBounds } from '../domain/local-date.js';
import type { WeekTotals } from '../domain/week-totals.js';
import { reportMondays } from './week-calendar.js';

// What the weekly batch reads before computing: every shop's week sums and the month's goals.

/** A month's totals to date; its calendar days are counted by the goal pacing. */
export type MonthSums = Omit<WeekTotals, 'daysInPeriod'>;

/**
 * Each shop's sums of the diagnosed week and the four before it, keyed by Monday. The two weeks compared
 * are summed from the days; the older ones are taken from their stored diagnoses, kept current on every
 * edit, and summed from the days only for shops that lack one of them (never diagnosed, or no record).
 */
export async function readWeekSums(
  db: Database,
  isoWeek: string,
  shopIds: readonly string[],
): Promise<Map<string, Map<string, ShopWeekTotals>>> {
  const mondays = reportMondays(isoWeek);
  const compared = mondays.slice(0, 2);
  const history = mondays.slice(2);
  // One after the other: `db` may be an update's transaction, one connection.
  const recent = await sumWeeksByShop(db, compared, shopIds);
  const stored = await storedWeekSumsByShop(db, history, shopIds);
  const byShop = new Map<string, Map<string, ShopWeekTotals>>();
  const add = (sums: ShopWeekTotals) => {
    const weeks = byShop.get(sums.shopId);
    if (weeks) weeks.set(sums.weekStart, sums);
    else byShop.set(sums.shopId, new Map([[sums.weekStart, sums]]));
  };
  for (const sums of recent) add(sums);
  for (const sums of stored) add(sums);
  const incomplete = shopIds.filter((id) => {
    const weeks = byShop.get(id);
    return weeks !== undefined && history.some((monday) => !weeks.has(monday));
  });
  if (incomplete.length > 0) {
    for (const id of incomplete) for (const monday of history) byShop.get(id)?.delete(monday);
    for (const sums of await sumWeeksByShop(db, history, incomplete)) add(sums);
  }
  return byShop;
}

/** What a finished week's report of each of the given shops is computed from. */
export interface WeekInputs {
  /** Each shop's recorded weeks among the week and the four before it, keyed by Monday. */
  sums: Map<string, Map<string, ShopWeekTotals>>;
  goals: Map<string, MonthlyGoal>;
  monthSums: Map<string, MonthSums>;
}

/** The week sums and the goal inputs of the given shops' finished week. */
export async function readWeekInputs(
  db: Database,
  isoWeek: string,
  shopIds: readonly string[],
): Promise<WeekInputs> {
  const sums = await readWeekSums(db, isoWeek, shopIds);
  const goalInputs = await readGoalInputs(db, weekBounds(isoWeek).end, shopIds);
  return { sums, ...goalInputs };
}

/** The month's goals and, for the shops that have one, the month-to-date sums up to the week's last day. */
export async function readGoalInputs(
  db: Database,
  weekEnd: string,
  shopIds: readonly string[],
): Promise<{ goals: Map<string, MonthlyGoal>; monthSums: Map<string, MonthSums> }> {
  const month = weekEnd.slice(0, 7);
  const goals = new Map((await listMonthlyGoalsOfShops(db, month, shopIds)).map((g) => [g.shopId, g]));
  const period = monthToDate(month, weekEnd);
  const monthSums =
    period && goals.size > 0
      ? await sumDaysByShop(db, { from: period.start, to: period.end }, [...goals.keys()])
      : [];
  return { goals, monthSums: new Map(monthSums.map((m) => [m.shopId, m])) };
}
