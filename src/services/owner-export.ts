import type { Database } from '../db/client.js';
import {
  listOwnerActionItems,
  listOwnerAdDecisions,
  listOwnerGrowthSimulations,
  listOwnerMonthlyGoals,
  listOwnerProductPresets,
  listOwnerShopsWithSettings,
  listOwnerWeeklyDiagnostics,
} from '../db/queries/owner-data-rows.js';
import type { ShopWithSettings } from '../db/queries/shops.js';
import { getUserById } from '../db/queries/users.js';
import { CSV_CONVENTIONS, type CsvCell, toCsv } from '../domain/csv.js';
import { foldText } from '../domain/fold-text.js';
import { DEFAULT_TIME_ZONE } from '../domain/local-date.js';
import type { Locale } from '../domain/locale.js';
import type { Translate } from '../i18n/translator.js';
import { exportDailyRecords } from './export.js';
import { accountRows, settingsRows } from './owner-export-profile.js';
import {
  ACTION_ITEM_COLUMNS,
  AD_DECISION_COLUMNS,
  DIAGNOSIS_COLUMNS,
  type ExportColumn,
  GOAL_COLUMNS,
  PRESET_COLUMNS,
  type RowShop,
  SIMULATION_COLUMNS,
  tableRows,
} from './owner-export-tables.js';

export type OwnerExportKind =
  | 'account'
  | 'settings'
  | 'days'
  | 'diagnoses'
  | 'action-items'
  | 'goals'
  | 'ad-decisions'
  | 'presets'
  | 'simulations';

/** One CSV file of the owner's data, ready to send. */
export interface OwnerExportFile {
  kind: OwnerExportKind;
  filename: string;
  csv: Buffer;
  /** Data rows (without the header). */
  rows: number;
  /** The shop, for a file of one shop's days. */
  shop?: string;
}

/**
 * Everything the owner has stored, as CSV files an owner opens in Excel or Google Sheets (UTF-8 with a
 * byte order mark, like /export): their account, their shops' settings, every day of every shop (the
 * /export file, one per shop with days), then one file per table that holds rows of theirs: weekly
 * diagnoses, action items, monthly goals, ad decisions, product presets, growth simulations. Tables with
 * no row of theirs are left out. Every file uses the separator and decimal mark of the owner's language, as
 * the /export CSV does (the owner opens these in Excel too). Null when there is no such user.
 */
export async function exportOwnerData(
  db: Database,
  ownerId: string,
  t: Translate,
  locale: Locale,
): Promise<OwnerExportFile[] | null> {
  const user = await getUserById(db, ownerId);
  if (!user) return null;
  const shops = await listOwnerShopsWithSettings(db, ownerId);
  const byId = new Map<string, RowShop>(
    shops.map((shop) => [shop.id, { name: shop.name, timeZone: shop.settings.timeZone }]),
  );
  const timeZone = shops[0]?.settings.timeZone ?? DEFAULT_TIME_ZONE;
  const csvFile = (kind: OwnerExportKind, filename: string, rows: CsvCell[][]): OwnerExportFile => ({
    kind,
    filename,
    csv: Buffer.from(toCsv(rows, CSV_CONVENTIONS[locale]), 'utf8'),
    rows: rows.length - 1,
  });
  const files = [csvFile('account', 'shoppulse-account.csv', accountRows(user, timeZone, t))];
  if (shops.length > 0) files.push(csvFile('settings', 'shoppulse-settings.csv', settingsRows(shops, t)));
  files.push(...(await dayFiles(db, shops, t, locale)));

  const addTable = <Row extends { shopId: string }>(
    kind: OwnerExportKind,
    columns: readonly ExportColumn<Row>[],
    rows: readonly Row[],
  ) => {
    if (rows.length > 0)
      files.push(csvFile(kind, `shoppulse-${kind}.csv`, tableRows(columns, rows, byId, t)));
  };
  addTable('diagnoses', DIAGNOSIS_COLUMNS, await listOwnerWeeklyDiagnostics(db, ownerId));
  addTable('action-items', ACTION_ITEM_COLUMNS, await listOwnerActionItems(db, ownerId));
  addTable('goals', GOAL_COLUMNS, await listOwnerMonthlyGoals(db, ownerId));
  addTable('ad-decisions', AD_DECISION_COLUMNS, await listOwnerAdDecisions(db, ownerId));
  addTable('presets', PRESET_COLUMNS, await listOwnerProductPresets(db, ownerId));
  addTable('simulations', SIMULATION_COLUMNS, await listOwnerGrowthSimulations(db, ownerId));
  return files;
}

/** The /export file of every shop that has days, named after the shop. */
async function dayFiles(
  db: Database,
  shops: readonly ShopWithSettings[],
  t: Translate,
  locale: Locale,
): Promise<OwnerExportFile[]> {
  const files: OwnerExportFile[] = [];
  const used = new Set<string>();
  for (const shop of shops) {
    const file = await exportDailyRecords(db, shop.id, {}, t, locale);
    if (!file) continue;
    const slug = uniqueSlug(shop.name, used);
    files.push({
      kind: 'days',
      filename: `shoppulse-days-${slug}.csv`,
      csv: file.bytes,
      rows: file.days,
      shop: shop.name,
    });
  }
  return files;
}

/** `Hoa Mai Shop` → `hoa-mai-shop`; `shop` when nothing is left; `-2`, `-3`… when already used. */
function uniqueSlug(name: string, used: Set<string>): string {
  const base =
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'shop';
  let slug = base;
  for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}
