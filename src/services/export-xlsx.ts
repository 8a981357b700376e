import ExcelJS from 'exceljs';
import type { Database } from '../db/client.js';
import type { DailyRecord } from '../db/schema/index.js';
import type { ExportRange } from '../domain/export-range.js';
import { divideRounded } from '../domain/rounding.js';
import { sumDays, type WeekTotals } from '../domain/week-totals.js';
import type { Translate } from '../i18n/translator.js';
import { type DailyRecordsExport, exportFilename, rangeRecords } from './export.js';

/** Excel number formats: the format codes are locale-neutral, Excel shows them in the reader's separators. */
export const XLSX_FORMATS = {
  date: 'yyyy-mm-dd',
  count: '#,##0',
  money: '#,##0 "₫"',
  percent: '0.00%',
  ratio: '0.00',
} as const;

/** The sums of the exported days; ratios of the totals are computed from them, never summed. */
type Totals = WeekTotals & { netProfit: number };

type SummedField =
  | 'orders'
  | 'revenue'
  | 'adSpend'
  | 'leads'
  | 'cogs'
  | 'returnedRevenue'
  | 'shippingCost'
  | 'paymentFees'
  | 'fixedCost'
  | 'netProfit';
type CellValue = number | Date | null;
type Format = keyof typeof XLSX_FORMATS;

interface XlsxColumn {
  header: string;
  format: Format;
  cell: (r: DailyRecord) => CellValue;
  /** The totals row's cell; null leaves it empty (a ratio with a zero denominator). */
  total: (t: Totals) => CellValue;
}

/** A column of a count or an amount: the day's value, and the sum in the totals row. */
const summed = (header: string, format: Format, field: SummedField): XlsxColumn => ({
  header,
  format,
  cell: (r) => r[field],
  total: (t) => t[field],
});

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);
const rounded = (numerator: number, denominator: number) =>
  denominator > 0 ? divideRounded(numerator, denominator) : null;

/**
 * The daily records CSV's columns, typed: money in đồng, CVR as a percentage (the fraction, 0.1765); the
 * costs before net profit, so revenue − returns − COGS − shipping − fees − ad spend − fixed cost = net profit.
 */
const COLUMNS: readonly XlsxColumn[] = [
  { header: 'export-header-date', format: 'date', cell: (r) => isoDateCell(r.recordDate), total: () => null },
  summed('export-header-orders', 'count', 'orders'),
  summed('export-header-revenue', 'money', 'revenue'),
  summed('export-header-ad-spend', 'money', 'adSpend'),
  summed('export-header-leads', 'count', 'leads'),
  summed('export-header-cogs', 'money', 'cogs'),
  {
    header: 'export-header-aov',
    format: 'money',
    cell: (r) => r.aov,
    total: (t) => rounded(t.revenue, t.orders),
  },
  {
    header: 'export-header-cpl',
    format: 'money',
    cell: (r) => r.cpl,
    total: (t) => rounded(t.adSpend, t.leads),
  },
  {
    header: 'export-header-cvr',
    format: 'percent',
    cell: (r) => (r.cvr === null ? null : r.cvr / 100),
    total: (t) => ratio(t.orders, t.leads),
  },
  {
    header: 'export-header-roas',
    format: 'ratio',
    cell: (r) => r.roas,
    total: (t) => ratio(t.revenue, t.adSpend),
  },
  summed('export-header-returned-revenue', 'money', 'returnedRevenue'),
  summed('export-header-shipping', 'money', 'shippingCost'),
  summed('export-header-payment-fees', 'money', 'paymentFees'),
  summed('export-header-fixed-cost', 'money', 'fixedCost'),
  summed('export-header-net-profit', 'money', 'netProfit'),
];

/** `2026-11-24` as the Excel date of that calendar day (midnight UTC, so no time zone moves it). */
function isoDateCell(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function sumRecords(records: readonly DailyRecord[]): Totals {
  const netProfit = records.reduce((sum, r) => sum + r.netProfit, 0);
  return { ...sumDays(records, records.length), netProfit };
}

/**
 * The shop's daily records in the range (oldest first) as an Excel workbook: one sheet named in the owner's
 * language, the localized header row frozen, one row per recorded day with typed cells (a date, whole đồng
 * in a đồng format, CVR in a percentage format, ROAS with two decimals; an undefined metric is an empty
 * cell), then a bold totals row: sums of the counts and the money, and AOV, CPL, CVR and ROAS of those sums.
 * Null when the range holds no record.
 */
export async function exportDailyRecordsXlsx(
  db: Database,
  shopId: string,
  range: ExportRange,
  t: Translate,
): Promise<DailyRecordsExport | null> {
  const found = await rangeRecords(db, shopId, range);
  if (!found) return null;
  const { records, from, to } = found;

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('export-sheet-name'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({
    width: c.format === 'date' ? 12 : 16,
    style: { numFmt: XLSX_FORMATS[c.format] },
  }));
  const header = sheet.addRow(COLUMNS.map((c) => t(c.header)));
  header.font = { bold: true };
  for (const record of records) sheet.addRow(COLUMNS.map((c) => c.cell(record)));
  const totals = sumRecords(records);
  const totalRow = sheet.addRow(COLUMNS.map((c) => c.total(totals)));
  totalRow.getCell(1).value = t('export-total');
  totalRow.font = { bold: true };

  return {
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: exportFilename(from, to, 'xlsx'),
    days: records.length,
    from,
    to,
  };
}
