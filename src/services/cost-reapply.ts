import type { Database } from '../db/client.js';
import { dayRowValues } from '../db/queries/daily-record-values.js';
import { listDailyRecords, rewriteDayMetrics } from '../db/queries/daily-records.js';
import type { ShopSettings } from '../db/schema/index.js';
import { isoWeekOf } from '../domain/local-date.js';
import type { Locale } from '../domain/locale.js';
import type { Translate } from '../i18n/translator.js';
import { costSettingsOf } from './cost-settings.js';
import { inputOf } from './daily-entry.js';
import { refreshStoredWeek } from './week-diagnosis.js';

/** What re-applying today's costs to the saved days from `from` to `to` changes: their net profit, summed. */
export interface CostReapply {
  from: string;
  to: string;
  days: number;
  netProfitBefore: number;
  netProfitAfter: number;
}

/** The shop's saved days in the range, each recomputed with the shop's current costs (products kept). */
async function recomputedDays(db: Database, settings: ShopSettings, from: string, to: string) {
  const records = await listDailyRecords(db, settings.shopId, { from, to });
  const costs = costSettingsOf(settings);
  return records.map((record) => ({
    before: record.netProfit,
    row: dayRowValues(record.recordDate, inputOf(record), costs, record.products),
  }));
}

function summary(from: string, to: string, days: Awaited<ReturnType<typeof recomputedDays>>): CostReapply {
  return {
    from,
    to,
    days: days.length,
    netProfitBefore: days.reduce((sum, d) => sum + d.before, 0),
    netProfitAfter: days.reduce((sum, d) => sum + d.row.netProfit, 0),
  };
}

/** What re-applying would change, without changing anything (shown as old → new before the owner agrees). */
export async function previewCostReapply(
  db: Database,
  settings: ShopSettings,
  from: string,
  to: string,
): Promise<CostReapply> {
  return summary(from, to, await recomputedDays(db, settings, from, to));
}

/**
 * Rewrites the saved days of the range with the shop's current costs (one transaction), then the stored
 * diagnoses of the weeks they are in (answers kept).
 */
export async function applyCostReapply(
  db: Database,
  settings: ShopSettings,
  range: { from: string; to: string },
  language: { locale: Locale; t: Translate },
): Promise<CostReapply> {
  const days = await recomputedDays(db, settings, range.from, range.to);
  await rewriteDayMetrics(
    db,
    settings.shopId,
    days.map((d) => d.row),
  );
  // One date per ISO week is enough: the week's stored diagnosis is recomputed from all its days.
  const weekDates = new Map(days.map((d) => [isoWeekOf(d.row.recordDate), d.row.recordDate]));
  for (const date of weekDates.values()) {
    await refreshStoredWeek(db, settings, date, language.locale, language.t);
  }
  return summary(range.from, range.to, days);
}
