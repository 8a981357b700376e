import type { Database } from '../db/client.js';
import { listDailyRecords, rewriteDayMetrics, shownDayOf } from '../db/queries/daily-records.js';
import { lockShopDays } from '../db/queries/shop-days-locked.js';
import type { DailyRecord, ShopSettings } from '../db/schema/index.js';
import { dayRowValues } from '../domain/day-row.js';
import { isoWeekOf } from '../domain/local-date.js';
import { type ReappliedCost, withOneCostReapplied } from '../domain/reapplied-cost.js';
import { costReapplyVersion } from '../domain/shown-version.js';
import type { Renderer } from '../i18n/translator.js';
import { costSettingsOf } from './cost-settings.js';
import { inputOf } from './daily-entry.js';
import { settingsVersion } from './shop-setting-change.js';
import { refreshStoredWeek } from './week-diagnosis.js';

/**
 * What re-applying one cost as it is now (`cost`) to the saved days from `from` to `to` changes: their net
 * profit, summed.
 */
export interface CostReapply {
  cost: ReappliedCost;
  from: string;
  to: string;
  days: number;
  /** The days among them whose net profit the cost changes. */
  changedDays: number;
  netProfitBefore: number;
  netProfitAfter: number;
  /**
   * What the offer stands for, as its Apply button carries it (costReapplyVersion): the settings it was
   * computed with and each day it rewrites, as stored.
   */
  shown: string;
}

/**
 * The saved days, each with the figures of one cost counted again by the shop's settings now (products
 * kept), every other cost as the day stored it.
 */
function recomputedDays(settings: ShopSettings, records: readonly DailyRecord[], cost: ReappliedCost) {
  return records.map((record) => {
    const costs = costSettingsOf(settings, record.recordDate);
    const recounted = dayRowValues(record.recordDate, inputOf(record), costs, record.products);
    return { record, row: withOneCostReapplied(record, recounted, cost) };
  });
}

function summary(
  settings: ShopSettings,
  range: { from: string; to: string },
  cost: ReappliedCost,
  days: ReturnType<typeof recomputedDays>,
): CostReapply {
  const shown = costReapplyVersion({
    settingsVersion: settingsVersion(settings),
    from: range.from,
    days: days.map(({ record, row }) => ({
      ...shownDayOf(record),
      recordDate: record.recordDate,
      netProfitAfter: row.netProfit,
    })),
  });
  return {
    cost,
    ...range,
    days: days.length,
    changedDays: days.filter((d) => d.row.netProfit !== d.record.netProfit).length,
    netProfitBefore: days.reduce((sum, d) => sum + d.record.netProfit, 0),
    netProfitAfter: days.reduce((sum, d) => sum + d.row.netProfit, 0),
    shown,
  };
}

/** What re-applying would change, without changing anything (shown as old → new before the owner agrees). */
export async function previewCostReapply(
  db: Database,
  settings: ShopSettings,
  cost: ReappliedCost,
  from: string,
  to: string,
): Promise<CostReapply> {
  const records = await listDailyRecords(db, settings.shopId, { from, to });
  return summary(settings, { from, to }, cost, recomputedDays(settings, records, cost));
}

export type CostReapplyResult =
  | { status: 'applied'; done: CostReapply }
  /** The settings or the days changed since the offer: nothing was rewritten; the offer as it is now. */
  | { status: 'changed'; offer: CostReapply };

/**
 * Rewrites one cost of the shop's saved days of the range as the settings give it now, in one transaction, only while the
 * offer still stands for what it showed (`shown`, its CostReapply.shown): the shop, its settings and the
 * days are locked and read again first. Then the stored diagnoses of the weeks they are in are recomputed
 * (answers kept). Null when the shop is gone.
 */
export async function applyCostReapply(
  db: Database,
  shopId: string,
  cost: ReappliedCost,
  range: { from: string; to: string },
  shown: string,
  renderer: Renderer,
): Promise<CostReapplyResult | null> {
  const outcome = await db.transaction(async (tx) => {
    const locked = await lockShopDays(tx, shopId, range);
    if (!locked) return null;
    const days = recomputedDays(locked.settings, locked.records, cost);
    const now = summary(locked.settings, range, cost, days);
    if (now.shown !== shown) return { status: 'changed' as const, offer: now };
    await rewriteDayMetrics(
      tx,
      shopId,
      days.map((d) => d.row),
    );
    return { status: 'applied' as const, done: now, settings: locked.settings, days };
  });
  if (outcome?.status !== 'applied') return outcome;
  // One date per ISO week is enough: the week's stored diagnosis is recomputed from all its days.
  const weekDates = new Map(outcome.days.map((d) => [isoWeekOf(d.row.recordDate), d.row.recordDate]));
  for (const date of weekDates.values()) {
    await refreshStoredWeek(db, outcome.settings, date, renderer);
  }
  return { status: 'applied', done: outcome.done };
}
