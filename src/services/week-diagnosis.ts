import type { Database } from '../db/client.js';
import { type ActionItemValues, listActionItems, replaceActionItems } from '../db/queries/action-items.js';
import type { WeekReportSettings } from '../db/queries/shop-settings.js';
import {
  deleteWeeklyDiagnostic,
  getWeeklyDiagnostic,
  upsertWeeklyDiagnostic,
  type WeeklyDiagnosticValues,
} from '../db/queries/weekly-diagnostics.js';
import type { ActionItem, StoredProfitBreakdown, WeeklyDiagnostic } from '../db/schema/index.js';
import { MAX_NUMERIC_6_2 } from '../domain/daily-metrics.js';
import { isoWeekOf } from '../domain/local-date.js';
import type { Locale } from '../domain/locale.js';
import { roundTo } from '../domain/rounding.js';
import type { Translate } from '../i18n/translator.js';
import { renderTemplate } from './template-text.js';
import { computeFinishedWeek, type WeekReport } from './weekly-report.js';

function fits(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const rounded = roundTo(value, digits);
  return Math.abs(rounded) > MAX_NUMERIC_6_2 ? null : rounded;
}

/** The row of a finished week: exact sums, metrics from those sums, issues and the profit split. */
export function diagnosticValuesOf(report: WeekReport): WeeklyDiagnosticValues {
  const w = report.current;
  const decomposition = report.decomposition;
  const profitBreakdown: StoredProfitBreakdown | null = decomposition
    ? {
        change: decomposition.total,
        parts: decomposition.parts
          ? Object.fromEntries(decomposition.parts.map((p) => [p.factor, p.amount]))
          : null,
      }
    : null;
  return {
    isoWeek: report.isoWeek,
    weekStart: report.weekStart,
    weekEnd: report.weekEnd,
    revenue: w.revenue,
    orders: w.orders,
    leads: w.leads,
    adSpend: w.adSpend,
    cogs: w.cogs,
    returnedRevenue: w.returnedRevenue,
    shippingCost: w.shippingCost,
    paymentFees: w.paymentFees,
    fixedCost: w.recordedFixedCost,
    netProfit: w.netProfit,
    aov: w.aov,
    cpl: w.cpl,
    cvr: w.cvr === null ? null : fits(w.cvr * 100),
    roas: fits(w.roas),
    breakEvenRoas: fits(w.breakEvenRoas),
    daysRecorded: w.daysRecorded,
    // The numbers behind each issue; its action items are rows of their own.
    issues: (report.diagnosis?.issues ?? []).map(({ actions, explanation, ...issue }) => ({
      ...issue,
      explanation: { key: explanation.key, params: explanation.params },
    })),
    profitBreakdown,
  };
}

/** The action items of a diagnosis, in issue order, rendered in the owner's language. */
export function actionItemValuesOf(report: WeekReport, locale: Locale, t: Translate): ActionItemValues[] {
  return (report.diagnosis?.issues ?? []).flatMap((issue) =>
    issue.actions.map((action) => ({
      issueCode: issue.code,
      templateKey: action.key,
      params: action.params,
      text: renderTemplate(action, locale, t),
    })),
  );
}

export interface StoredWeek {
  report: WeekReport;
  diagnostic: WeeklyDiagnostic | null;
  items: ActionItem[];
}

/**
 * Diagnoses a finished week and stores it (one row per shop and week) with its action items. Running it
 * again recomputes the week and keeps the answers already given. A week without any record is reported
 * but not stored, and a diagnosis stored before its last day was deleted is removed: later weeks read
 * their history from stored diagnoses.
 */
export async function diagnoseAndStoreWeek(
  db: Database,
  settings: WeekReportSettings,
  isoWeek: string,
  locale: Locale,
  t: Translate,
): Promise<StoredWeek> {
  return storeWeekReport(db, settings, await computeFinishedWeek(db, settings, isoWeek), locale, t);
}

async function storeWeekReport(
  db: Database,
  settings: WeekReportSettings,
  report: WeekReport,
  locale: Locale,
  t: Translate,
): Promise<StoredWeek> {
  if (report.current.daysRecorded === 0) {
    await deleteWeeklyDiagnostic(db, settings.shopId, report.isoWeek);
    return { report, diagnostic: null, items: [] };
  }
  const diagnostic = await upsertWeeklyDiagnostic(db, settings.shopId, diagnosticValuesOf(report));
  const items = await replaceActionItems(
    db,
    settings.shopId,
    diagnostic.id,
    actionItemValuesOf(report, locale, t),
  );
  return { report, diagnostic, items };
}

/**
 * A finished week with its stored diagnosis and items as they are (answers included), when the stored sums
 * still match the days: the Monday batch has just stored it. Otherwise (not stored yet, or a day changed
 * without the diagnosis following) it is diagnosed and stored now, as diagnoseAndStoreWeek does.
 */
export async function loadOrDiagnoseWeek(
  db: Database,
  settings: WeekReportSettings,
  isoWeek: string,
  locale: Locale,
  t: Translate,
): Promise<StoredWeek> {
  const [report, diagnostic] = await Promise.all([
    computeFinishedWeek(db, settings, isoWeek),
    getWeeklyDiagnostic(db, settings.shopId, isoWeek),
  ]);
  if (diagnostic && report.current.daysRecorded > 0 && sameSums(diagnostic, report)) {
    return { report, diagnostic, items: await listActionItems(db, settings.shopId, diagnostic.id) };
  }
  return storeWeekReport(db, settings, report, locale, t);
}

function sameSums(stored: WeeklyDiagnostic, report: WeekReport): boolean {
  const w = report.current;
  return (
    stored.revenue === w.revenue &&
    stored.orders === w.orders &&
    stored.leads === w.leads &&
    stored.adSpend === w.adSpend &&
    stored.cogs === w.cogs &&
    stored.netProfit === w.netProfit &&
    stored.daysRecorded === w.daysRecorded
  );
}

/**
 * After a day was saved or deleted: when its week already has a stored diagnosis, recompute it (answers
 * kept). Returns whether there was one.
 */
export async function refreshStoredWeek(
  db: Database,
  settings: WeekReportSettings,
  date: string,
  locale: Locale,
  t: Translate,
): Promise<boolean> {
  const isoWeek = isoWeekOf(date);
  if (!(await getWeeklyDiagnostic(db, settings.shopId, isoWeek))) return false;
  await diagnoseAndStoreWeek(db, settings, isoWeek, locale, t);
  return true;
}
