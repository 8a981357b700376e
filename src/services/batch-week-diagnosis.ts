import type { Translator } from '../bot/i18n.js';
import { isLocale } from '../bot/i18n.js';
import type { Database } from '../db/client.js';
import { actionItemResponseKey } from '../db/queries/action-items.js';
import { sumDaysByShop, sumWeeksByShop, type WeekSums } from '../db/queries/week-sums.js';
import {
  deleteActionItemsByIds,
  insertActionItems,
  listActionItemsOfDiagnostics,
  listMonthlyGoalsOfMonth,
  type NewActionItemRow,
  type ShopForDiagnosis,
  updateActionItemContents,
  upsertWeeklyDiagnostics,
} from '../db/queries/weekly-batch.js';
import type { Locale } from '../domain/format.js';
import { monthToDate } from '../domain/goal-pacing.js';
import { weekBounds } from '../domain/local-date.js';
import { actionItemValuesOf, diagnosticValuesOf } from './week-diagnosis.js';
import { finishedWeekReport, goalPaceOf, reportMondays, type WeekReport } from './weekly-report.js';

export interface BatchResult {
  /** Shops whose week had at least one record, now diagnosed and stored. */
  diagnosed: number;
  /** Action items created. */
  itemsCreated: number;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/**
 * Diagnoses one finished ISO week for many shops at once, with a fixed number of statements whatever the
 * number of shops: one aggregate for every shop's weeks, one for the month-to-date of shops with a goal,
 * then bulk upserts of the diagnoses and their action items (answers kept, as for a single shop).
 */
export async function diagnoseWeekForShops(
  db: Database,
  isoWeek: string,
  shops: readonly ShopForDiagnosis[],
  translator: Translator,
  defaultLocale: Locale,
  options: { onPhase?: (phase: string, ms: number) => void } = {},
): Promise<BatchResult> {
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    options.onPhase?.(name, now - mark);
    mark = now;
  };
  const shopIds = shops.map((s) => s.settings.shopId);
  const weekEnd = weekBounds(isoWeek).end;
  const month = weekEnd.slice(0, 7);
  const [sums, goals] = await Promise.all([
    sumWeeksByShop(db, reportMondays(isoWeek), shopIds),
    listMonthlyGoalsOfMonth(db, month),
  ]);
  const sumsByShop = groupBy(sums, (s) => s.shopId);
  const goalByShop = new Map(goals.map((g) => [g.shopId, g]));
  const period = monthToDate(month, weekEnd);
  const goalShops = shopIds.filter((id) => goalByShop.has(id));
  const monthSums =
    period && goalShops.length > 0
      ? await sumDaysByShop(db, { from: period.start, to: period.end }, goalShops)
      : [];
  const monthSumsByShop = new Map(monthSums.map((m) => [m.shopId, m]));
  phase('read sums and goals');

  const reports: { shop: ShopForDiagnosis; report: WeekReport; locale: Locale }[] = [];
  for (const scheduled of shops) {
    const weeks = sumsByShop.get(scheduled.settings.shopId);
    if (!weeks) continue;
    const byMonday = new Map<string, WeekSums>(weeks.map((w) => [w.weekStart, w]));
    const goal = goalByShop.get(scheduled.settings.shopId) ?? null;
    const monthToDateSums = goal
      ? (monthSumsByShop.get(scheduled.settings.shopId) ?? {
          revenue: 0,
          orders: 0,
          adSpend: 0,
          leads: 0,
          cogs: 0,
          daysRecorded: 0,
        })
      : null;
    const report = finishedWeekReport({
      settings: scheduled.settings,
      isoWeek,
      sums: byMonday,
      goal: goalPaceOf(goal, monthToDateSums, weekEnd, scheduled.settings),
    });
    if (report.current.daysRecorded === 0) continue;
    const locale = isLocale(scheduled.owner.language) ? scheduled.owner.language : defaultLocale;
    reports.push({ shop: scheduled, report, locale });
  }

  phase('compute reports');
  const stored = await upsertWeeklyDiagnostics(
    db,
    reports.map(({ shop, report }) => ({ shopId: shop.settings.shopId, ...diagnosticValuesOf(report) })),
  );
  const diagnosticByShop = new Map(stored.map((d) => [d.shopId, d]));
  const existingByDiagnostic = groupBy(
    await listActionItemsOfDiagnostics(
      db,
      stored.map((d) => d.id),
    ),
    (item) => item.diagnosticId,
  );

  phase('store diagnoses');
  const inserts: NewActionItemRow[] = [];
  const updates: {
    id: string;
    shopId: string;
    params: Record<string, number>;
    text: string;
    position: number;
  }[] = [];
  const deletes: string[] = [];
  const translate = new Map<Locale, ReturnType<Translator['forLocale']>>();
  for (const { shop, report, locale } of reports) {
    const diagnostic = diagnosticByShop.get(shop.settings.shopId);
    if (!diagnostic) continue;
    let t = translate.get(locale);
    if (!t) {
      t = translator.forLocale(locale);
      translate.set(locale, t);
    }
    const existing = new Map(
      (existingByDiagnostic.get(diagnostic.id) ?? []).map((item) => [actionItemResponseKey(item), item]),
    );
    const kept = new Set<string>();
    actionItemValuesOf(report, locale, t).forEach((item, position) => {
      const key = actionItemResponseKey(item);
      const previous = existing.get(key);
      const params = item.params ?? {};
      if (previous && !kept.has(previous.id)) {
        kept.add(previous.id);
        if (previous.text !== item.text || previous.position !== position) {
          updates.push({
            id: previous.id,
            shopId: shop.settings.shopId,
            params: params as Record<string, number>,
            text: item.text,
            position,
          });
        }
        return;
      }
      const answer = diagnostic.userResponses[key];
      inserts.push({
        diagnosticId: diagnostic.id,
        shopId: shop.settings.shopId,
        issueCode: item.issueCode,
        templateKey: item.templateKey,
        params,
        text: item.text,
        position,
        ...(answer && { status: answer.status, statusChangedAt: new Date(answer.at) }),
      });
    });
    for (const item of existing.values()) if (!kept.has(item.id)) deletes.push(item.id);
  }
  phase('render action items');
  await insertActionItems(db, inserts);
  await updateActionItemContents(db, updates);
  await deleteActionItemsByIds(db, deletes);
  phase('store action items');
  return { diagnosed: reports.length, itemsCreated: inserts.length };
}
