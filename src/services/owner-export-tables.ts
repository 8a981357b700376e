import type {
  ActionItem,
  AdDecision,
  GrowthSimulation,
  MonthlyGoal,
  ProductPreset,
  WeeklyDiagnostic,
} from '../db/schema/index.js';
import { type CsvCell, csvDecimal } from '../domain/csv.js';
import { localDate } from '../domain/local-date.js';
import type { Translate } from '../i18n/translator.js';
import { DAY_METRIC_COLUMNS } from './export.js';

/** The shop a row belongs to, as a cell shows it. */
export interface RowShop {
  name: string;
  timeZone: string;
}

export interface CellContext {
  shop: RowShop;
  t: Translate;
}

/** One column of an exported table: its header's message key and how a row fills it. */
export interface ExportColumn<Row> {
  header: string;
  cell: (row: Row, context: CellContext) => CsvCell;
}

// Cells follow the daily records CSV: ISO dates, money in whole đồng, two-decimal metrics in the owner's
// language's decimal mark.

const shopColumn = {
  header: 'data-export-header-shop',
  cell: (_row: unknown, c: CellContext) => c.shop.name,
};

/** A timestamp as the date it fell on in the shop's time zone. */
function dayOf(instant: Date | null, shop: RowShop): string | null {
  return instant ? localDate(instant, shop.timeZone) : null;
}

export const DIAGNOSIS_COLUMNS: readonly ExportColumn<WeeklyDiagnostic>[] = [
  shopColumn,
  { header: 'data-export-header-week', cell: (r) => r.isoWeek },
  { header: 'data-export-header-week-start', cell: (r) => r.weekStart },
  { header: 'data-export-header-week-end', cell: (r) => r.weekEnd },
  { header: 'data-export-header-days-recorded', cell: (r) => r.daysRecorded },
  ...DAY_METRIC_COLUMNS,
  { header: 'data-export-header-break-even-roas', cell: (r) => csvDecimal(r.breakEvenRoas) },
  { header: 'export-header-net-profit', cell: (r) => r.netProfit },
  { header: 'data-export-header-profit-change', cell: (r) => r.profitBreakdown?.change ?? null },
  { header: 'data-export-header-issues', cell: (r) => r.issues.map((issue) => issue.code).join(' ') },
];

export const ACTION_ITEM_COLUMNS: readonly ExportColumn<ActionItem & { isoWeek: string }>[] = [
  shopColumn,
  { header: 'data-export-header-week', cell: (r) => r.isoWeek },
  { header: 'data-export-header-action', cell: (r) => r.text },
  { header: 'data-export-header-status', cell: (r, c) => c.t(`data-export-status-${r.status}`) },
  { header: 'data-export-header-status-date', cell: (r, c) => dayOf(r.statusChangedAt, c.shop) },
];

export const GOAL_COLUMNS: readonly ExportColumn<MonthlyGoal>[] = [
  shopColumn,
  { header: 'data-export-header-month', cell: (r) => r.month },
  { header: 'data-export-header-revenue-target', cell: (r) => r.revenueTarget },
  { header: 'data-export-header-profit-target', cell: (r) => r.profitTarget },
];

export const AD_DECISION_COLUMNS: readonly ExportColumn<AdDecision>[] = [
  shopColumn,
  { header: 'export-header-date', cell: (r, c) => dayOf(r.createdAt, c.shop) },
  { header: 'data-export-header-ad-name', cell: (r) => r.adName },
  { header: 'data-export-header-days-running', cell: (r) => r.daysRunning },
  { header: 'export-header-ad-spend', cell: (r) => r.spend },
  { header: 'export-header-leads', cell: (r) => r.leads },
  { header: 'export-header-orders', cell: (r) => r.orders },
  { header: 'export-header-revenue', cell: (r) => r.revenue },
  { header: 'data-export-header-impressions', cell: (r) => r.impressions },
  { header: 'data-export-header-clicks', cell: (r) => r.clicks },
  { header: 'data-export-header-decision', cell: (r) => r.decision },
  { header: 'data-export-header-budget-change', cell: (r) => r.suggestedBudgetChangeRatio },
];

export const PRESET_COLUMNS: readonly ExportColumn<ProductPreset>[] = [
  shopColumn,
  { header: 'data-export-header-product', cell: (r) => r.name },
  { header: 'data-export-header-sell-price', cell: (r) => r.sellPrice },
  { header: 'data-export-header-unit-cogs', cell: (r) => r.cogs },
];

export const SIMULATION_COLUMNS: readonly ExportColumn<GrowthSimulation>[] = [
  shopColumn,
  { header: 'export-header-date', cell: (r, c) => dayOf(r.createdAt, c.shop) },
  { header: 'data-export-header-target-revenue', cell: (r) => r.targetRevenue },
  { header: 'data-export-header-based-on-days', cell: (r) => r.basedOnDays },
  { header: 'data-export-header-required-orders', cell: (r) => r.requiredOrders },
  { header: 'data-export-header-required-leads', cell: (r) => r.requiredLeads },
  { header: 'data-export-header-required-ad-spend', cell: (r) => r.requiredAdSpend },
  { header: 'data-export-header-projected-net-profit', cell: (r) => r.projectedNetProfit },
  { header: 'data-export-header-feasibility', cell: (r) => r.feasibilityLevel },
];

/** The header row and one row per record, each record of the shop its `shopId` names. */
export function tableRows<Row extends { shopId: string }>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  shops: ReadonlyMap<string, RowShop>,
  t: Translate,
): CsvCell[][] {
  return [
    columns.map((column) => t(column.header)),
    ...rows.map((row) => {
      const shop = shops.get(row.shopId);
      if (!shop) throw new Error(`row of shop ${row.shopId}, not one of the owner's`);
      return columns.map((column) => column.cell(row, { shop, t }));
    }),
  ];
}
