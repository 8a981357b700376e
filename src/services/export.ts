import type { Database } from '../db/client.js';
import { listDailyRecords } from '../db/queries/daily-records.js';
import type { DailyRecord } from '../db/schema/index.js';
import { CSV_CONVENTIONS, type CsvCell, csvDecimal, toCsv } from '../domain/csv.js';
import type { ExportRange } from '../domain/export-range.js';
import { monthBounds } from '../domain/iso-date.js';
import type { Locale } from '../domain/locale.js';
import type { Translate } from '../i18n/translator.js';

/** The records of a range and the range they cover, the input of both the CSV and the xlsx export. */
export interface RangeRecords {
  records: DailyRecord[];
  /** The range covered: the asked range, or the first and last record's dates when open. */
  from: string;
  to: string;
}

/** A file of daily records (CSV or xlsx), ready to send. */
export interface DailyRecordsExport {
  bytes: Buffer;
  filename: string;
  /** Number of data rows (recorded days). */
  days: number;
  /** The range covered: the asked range, or the first and last record's dates when open. */
  from: string;
  to: string;
}

type Column<Row> = { header: string; cell: (r: Row) => CsvCell };

/** The inputs and metrics a day and a diagnosed week both hold, from orders to ROAS. */
type DayMetricsRow = Pick<
  DailyRecord,
  'orders' | 'revenue' | 'adSpend' | 'leads' | 'cogs' | 'aov' | 'cpl' | 'cvr' | 'roas'
>;

/** Orders to ROAS, as the daily records CSV writes them; the export of diagnoses reuses them. */
export const DAY_METRIC_COLUMNS: readonly Column<DayMetricsRow>[] = [
  { header: 'export-header-orders', cell: (r) => r.orders },
  { header: 'export-header-revenue', cell: (r) => r.revenue },
  { header: 'export-header-ad-spend', cell: (r) => r.adSpend },
  { header: 'export-header-leads', cell: (r) => r.leads },
  { header: 'export-header-cogs', cell: (r) => r.cogs },
  { header: 'export-header-aov', cell: (r) => r.aov },
  { header: 'export-header-cpl', cell: (r) => r.cpl },
  { header: 'export-header-cvr', cell: (r) => csvDecimal(r.cvr) },
  { header: 'export-header-roas', cell: (r) => csvDecimal(r.roas) },
];

/**
 * The costs a day stored besides its COGS and ads, so every row reads revenue − returns − COGS − shipping −
 * payment fees − ad spend − fixed cost = net profit.
 */
export const DAY_COST_COLUMNS: readonly Column<
  Pick<DailyRecord, 'returnedRevenue' | 'shippingCost' | 'paymentFees' | 'fixedCost'>
>[] = [
  { header: 'export-header-returned-revenue', cell: (r) => r.returnedRevenue },
  { header: 'export-header-shipping', cell: (r) => r.shippingCost },
  { header: 'export-header-payment-fees', cell: (r) => r.paymentFees },
  { header: 'export-header-fixed-cost', cell: (r) => r.fixedCost },
];

/** The columns, in order: header key and how a record fills it. */
const COLUMNS: readonly Column<DailyRecord>[] = [
  { header: 'export-header-date', cell: (r) => r.recordDate },
  ...DAY_METRIC_COLUMNS,
  ...DAY_COST_COLUMNS,
  { header: 'export-header-net-profit', cell: (r) => r.netProfit },
];

/** The shop's daily records in the range, oldest first, and the range they cover; null when there is none. */
export async function rangeRecords(
  db: Database,
  shopId: string,
  range: ExportRange,
): Promise<RangeRecords | null> {
  const records = await listDailyRecords(db, shopId, range);
  if (records.length === 0) return null;
  return { records, from: range.from ?? records[0]!.recordDate, to: range.to ?? records.at(-1)!.recordDate };
}

/**
 * The shop's daily records in the range (oldest first) as CSV: UTF-8 with a byte order mark, one row per
 * recorded day, ISO dates (`2026-11-24`), money in whole đồng without separators, the stored metrics (CVR in
 * percent, ROAS, two decimals), the day's other costs and its net profit, headers in the owner's language, separator and decimal mark as Excel reads
 * them in that language (see CSV_CONVENTIONS). Null when the range holds no record.
 */
export async function exportDailyRecords(
  db: Database,
  shopId: string,
  range: ExportRange,
  t: Translate,
  locale: Locale,
): Promise<DailyRecordsExport | null> {
  const found = await rangeRecords(db, shopId, range);
  if (!found) return null;
  const { records, from, to } = found;
  const rows = [COLUMNS.map((c) => t(c.header)), ...records.map((r) => COLUMNS.map((c) => c.cell(r)))];
  return {
    bytes: Buffer.from(toCsv(rows, CSV_CONVENTIONS[locale]), 'utf8'),
    filename: exportFilename(from, to, 'csv'),
    days: records.length,
    from,
    to,
  };
}

/** `shoppulse-2026-11.csv` for a whole calendar month, else `shoppulse-2026-11-01_2026-11-24.csv`. */
export function exportFilename(from: string, to: string, extension: 'csv' | 'xlsx'): string {
  const month = from.slice(0, 7);
  const [year = 0, monthNumber = 0] = month.split('-').map(Number);
  const { start, end } = monthBounds(year, monthNumber);
  if (from === start && to === end) return `shoppulse-${month}.${extension}`;
  return `shoppulse-${from}_${to}.${extension}`;
}
