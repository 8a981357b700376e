import type { Database } from '../db/client.js';
import { listDailyRecords } from '../db/queries/daily-records.js';
import { getMonthlyGoal, upsertMonthlyGoal } from '../db/queries/monthly-goals.js';
import type { MonthlyGoal, ShopSettings } from '../db/schema/index.js';
import { type FunnelBasis, type FunnelNeeds, funnelNeeds } from '../domain/funnel-basis.js';
import { type GoalCommand, resolveProfitTarget } from '../domain/goal-command.js';
import { type GoalPace, monthToDate } from '../domain/goal-pacing.js';
import { addDays } from '../domain/local-date.js';
import { loadFunnelBasis } from './funnel-basis.js';
import { loadGoalPace } from './weekly-report.js';

/**
 * A goal as set, and the one it replaced (null when the month had none); from a /goal line without a
 * profit target, the month's profit target `kept`, or `dropped` when above the new revenue target.
 */
export interface GoalChange {
  previous: MonthlyGoal | null;
  goal: MonthlyGoal;
  profitKept?: boolean;
  profitDropped?: number;
}

/** Sets the shop's goal for a month, replacing the month's earlier one. */
export async function setMonthlyGoal(
  db: Database,
  shopId: string,
  command: GoalCommand,
): Promise<GoalChange> {
  const previous = await getMonthlyGoal(db, shopId, command.month);
  const goal = await upsertMonthlyGoal(db, shopId, command);
  return { previous, goal };
}

/**
 * Sets the month's goal from a /goal line: a line without a profit target keeps the month's own one (not
 * above the new revenue target), `… 0` removes it (resolveProfitTarget).
 */
export async function setGoalByCommand(
  db: Database,
  shopId: string,
  command: GoalCommand,
): Promise<GoalChange> {
  const current = await getMonthlyGoal(db, shopId, command.month);
  const resolved = resolveProfitTarget(
    command.profitTarget,
    current?.profitTarget ?? null,
    command.revenueTarget,
  );
  const change = await setMonthlyGoal(db, shopId, { ...command, profitTarget: resolved.profitTarget });
  return {
    ...change,
    ...(resolved.kept !== undefined && { profitKept: true }),
    ...(resolved.dropped !== undefined && { profitDropped: resolved.dropped }),
  };
}

/** Where the shop's month stands against its goal, as /goal shows it. */
export interface GoalStatus {
  /** 'YYYY-MM', the shop's local month. */
  month: string;
  today: string;
  /** Null when the month has no goal. */
  pace: GoalPace | null;
  /** Days of the month up to today without a record, oldest first: they count as 0 in pace and forecast. */
  missingDates: string[];
  /** The last 28 days' funnel the needs per day are read from. */
  basis: FunnelBasis;
  /** Orders, leads and ad spend the revenue still needed per remaining day takes; null when unknown or none. */
  perDay: FunnelNeeds | null;
}

/**
 * The month of `today` (the shop's local date) against its goal: pace and forecast on one basis (the weekly
 * report's), the days not recorded, and what each remaining day needs at the shop's own funnel.
 */
export async function loadGoalStatus(
  db: Database,
  settings: ShopSettings,
  today: string,
): Promise<GoalStatus> {
  const month = today.slice(0, 7);
  const pace = await loadGoalPace(db, settings, today);
  const basis = await loadFunnelBasis(db, settings.shopId, today);
  const period = monthToDate(month, today)!;
  const recorded = new Set(
    (await listDailyRecords(db, settings.shopId, { from: period.start, to: period.end })).map(
      (r) => r.recordDate,
    ),
  );
  const missingDates: string[] = [];
  for (let date = period.start; date <= period.end; date = addDays(date, 1)) {
    if (!recorded.has(date)) missingDates.push(date);
  }
  const rate = pace?.revenue.requiredDailyRunRate ?? null;
  const perDay = basis.ok && rate !== null && rate > 0 ? funnelNeeds(basis, rate) : null;
  return { month, today, pace, missingDates, basis, perDay };
}
