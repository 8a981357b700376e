import type { ActionItemValues } from '../db/queries/action-items.js';
import type { WeeklyDiagnosticValues } from '../db/queries/weekly-diagnostics.js';
import type { StoredProfitBreakdown } from '../db/schema/index.js';
import { MAX_NUMERIC_6_2 } from '../domain/daily-metrics.js';
import { roundTo } from '../domain/rounding.js';
import type { WeekCostSettings, WeekPnl, WeekTotals } from '../domain/week-totals.js';
import type { Renderer } from '../i18n/translator.js';
import { renderTemplate } from './template-text.js';
import type { WeekReport } from './weekly-report.js';

function fits(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const rounded = roundTo(value, digits);
  return Math.abs(rounded) > MAX_NUMERIC_6_2 ? null : rounded;
}

/** The sums a week's P&L was computed from. */
function sumsOf(w: WeekPnl): Omit<WeekTotals, 'daysInPeriod'> {
  return {
    orders: w.orders,
    revenue: w.revenue,
    adSpend: w.adSpend,
    leads: w.leads,
    cogs: w.cogs,
    returnedRevenue: w.returnedRevenue,
    shippingCost: w.shippingCost,
    paymentFees: w.paymentFees,
    fixedCost: w.recordedFixedCost,
    daysRecorded: w.daysRecorded,
  };
}

/**
 * The row of a finished week: exact sums, metrics from those sums, issues and the profit split, and the
 * report as diagnosed (what /week and the Monday push draw).
 */
export function diagnosticValuesOf(report: WeekReport, costs: WeekCostSettings): WeeklyDiagnosticValues {
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
  const issues = report.diagnosis?.issues ?? [];
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
    issues: issues.map(({ actions, explanation, ...issue }) => ({
      ...issue,
      explanation: { key: explanation.key, params: explanation.params },
    })),
    profitBreakdown,
    report: {
      costs,
      previous: report.previous && sumsOf(report.previous),
      goal: report.goal,
      diagnosis: report.diagnosis,
    },
  };
}

/**
 * The action items of a diagnosis, in issue order, rendered in the owner's language; an item whose text an
 * earlier one has already (two issues asking the same) is left out.
 */
export function actionItemValuesOf(report: WeekReport, renderer: Renderer): ActionItemValues[] {
  const items = (report.diagnosis?.issues ?? []).flatMap((issue) =>
    issue.actions.map((action) => ({
      issueCode: issue.code,
      templateKey: action.key,
      params: action.params,
      text: renderTemplate(action, renderer),
    })),
  );
  return items.filter((item, i) => items.findIndex((other) => other.text === item.text) === i);
}
