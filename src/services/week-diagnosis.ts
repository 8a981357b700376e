import type { Database } from '../db/client.js';
import { listActionItems } from '../db/queries/action-items.js';
import type { WeekReportSettings } from '../db/queries/shop-settings.js';
import { getWeeklyDiagnostic, getWeeklyDiagnosticById } from '../db/queries/weekly-diagnostics.js';
import type { ActionItem, WeeklyDiagnostic } from '../db/schema/index.js';
import type { WeekDiagnosis } from '../domain/diagnose-week.js';
import { isoWeekOf } from '../domain/local-date.js';
import { decomposeProfitChange } from '../domain/profit-decomposition.js';
import {
  computeWeekPnl,
  type WeekCostSettings,
  type WeekPnl,
  type WeekTotals,
} from '../domain/week-totals.js';
import type { Renderer } from '../i18n/translator.js';
import { offeredItems } from './action-items.js';
import { diagnoseWeeks } from './batch-week-diagnosis.js';
import { finishedWeekReport, type WeekReport } from './weekly-report.js';

export interface StoredWeek {
  report: WeekReport;
  /** Null for a week without any record: nothing is stored for it. */
  diagnostic: WeeklyDiagnostic | null;
  items: ActionItem[];
}

/** A finished week's P&L from its sums and the cost settings it was diagnosed with. */
function pnlOf(sums: Omit<WeekTotals, 'daysInPeriod'>, costs: WeekCostSettings): WeekPnl {
  return computeWeekPnl({ ...sums, daysInPeriod: 7 }, costs);
}

/** The terms a loss explanation names, which a diagnosis stored before it named them all does not carry. */
const LOSS_TERMS = ['returnedRevenue', 'cogs', 'shippingCost', 'paymentFees'] as const;

/** A stored loss explanation with every term it names, the missing ones taken from the week's own P&L. */
function withEveryLossTerm(diagnosis: WeekDiagnosis, current: WeekPnl): WeekDiagnosis {
  return {
    ...diagnosis,
    issues: diagnosis.issues.map((issue) => {
      const { explanation } = issue;
      if (explanation.key !== 'issue-net-profit-negative' || 'cogs' in explanation.params) return issue;
      const params = { ...explanation.params };
      const units = { ...explanation.units };
      for (const term of LOSS_TERMS) {
        params[term] = current[term];
        units[term] = 'vnd';
      }
      return { ...issue, explanation: { ...explanation, params, units } };
    }),
  };
}

/** The report of a stored diagnosis, as it was diagnosed; null for a row stored without what it takes. */
function reportOf(diagnostic: WeeklyDiagnostic): WeekReport | null {
  const stored = diagnostic.report;
  if (!stored) return null;
  const d = diagnostic;
  const current = pnlOf(
    {
      orders: d.orders,
      revenue: d.revenue,
      adSpend: d.adSpend,
      leads: d.leads,
      cogs: d.cogs,
      returnedRevenue: d.returnedRevenue,
      shippingCost: d.shippingCost,
      paymentFees: d.paymentFees,
      fixedCost: d.fixedCost,
      daysRecorded: d.daysRecorded,
    },
    stored.costs,
  );
  const previous = stored.previous && pnlOf(stored.previous, stored.costs);
  return {
    shopId: diagnostic.shopId,
    isoWeek: diagnostic.isoWeek,
    weekStart: diagnostic.weekStart,
    weekEnd: diagnostic.weekEnd,
    running: false,
    current,
    previous,
    decomposition: previous ? decomposeProfitChange(current, previous) : null,
    goal: stored.goal,
    diagnosis: stored.diagnosis && withEveryLossTerm(stored.diagnosis, current),
  };
}

/**
 * A shop's stored diagnosis of a finished week, found by its ISO week or by its id, with its items as they
 * are (answers included); null when none is stored.
 */
export async function loadStoredWeek(
  db: Database,
  shopId: string,
  week: { isoWeek: string } | { diagnosticId: string },
): Promise<StoredWeek | null> {
  const diagnostic =
    'isoWeek' in week
      ? await getWeeklyDiagnostic(db, shopId, week.isoWeek)
      : await getWeeklyDiagnosticById(db, shopId, week.diagnosticId);
  const report = diagnostic && reportOf(diagnostic);
  if (!diagnostic || !report) return null;
  return { report, diagnostic, items: offeredItems(await listActionItems(db, shopId, diagnostic.id)) };
}

/** Diagnoses and stores a finished week of one shop (diagnoseWeeks) in the caller's language. */
async function diagnoseOneWeek(
  db: Database,
  settings: WeekReportSettings,
  isoWeek: string,
  { locale, t }: Renderer,
): Promise<void> {
  const owner = { language: locale };
  await diagnoseWeeks(db, isoWeek, [{ settings, owner }], { forLocale: () => t }, locale);
}

/**
 * Diagnoses a finished week of one shop and stores it (diagnoseWeeks), then reads it back as stored. A
 * week without any record is reported as empty, and nothing is stored for it.
 */
export async function diagnoseAndStoreWeek(
  db: Database,
  settings: WeekReportSettings,
  isoWeek: string,
  renderer: Renderer,
): Promise<StoredWeek> {
  await diagnoseOneWeek(db, settings, isoWeek, renderer);
  return (
    (await loadStoredWeek(db, settings.shopId, { isoWeek })) ?? {
      report: finishedWeekReport({ settings, isoWeek, sums: new Map(), goal: null }),
      diagnostic: null,
      items: [],
    }
  );
}

/**
 * A finished week as stored, answers included: the Monday batch has stored it. Diagnosed and stored now
 * when it is not (the batch failed, or the week has no record).
 */
export async function loadOrDiagnoseWeek(
  db: Database,
  settings: WeekReportSettings,
  isoWeek: string,
  renderer: Renderer,
): Promise<StoredWeek> {
  return (
    (await loadStoredWeek(db, settings.shopId, { isoWeek })) ??
    (await diagnoseAndStoreWeek(db, settings, isoWeek, renderer))
  );
}

/**
 * After a day was saved or deleted: when its week already has a stored diagnosis, diagnose it again
 * (answers kept; removed when the week has no record left). Returns whether there was one.
 */
export async function refreshStoredWeek(
  db: Database,
  settings: WeekReportSettings,
  date: string,
  renderer: Renderer,
): Promise<boolean> {
  const isoWeek = isoWeekOf(date);
  if (!(await getWeeklyDiagnostic(db, settings.shopId, isoWeek))) return false;
  await diagnoseOneWeek(db, settings, isoWeek, renderer);
  return true;
}
