import { beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { exportDailyRecordsXlsx } from '../../src/services/export-xlsx.js';
import { ENGLISH_EXPORT_HEADERS, shopWithFourDays } from '../support/export-fixtures.js';
import { useTestDatabase } from '../support/test-db.js';
import { CELL_TYPE, readXlsx, rowCells } from '../support/xlsx-document.js';

const translator = createTranslator('vi');
const db = await useTestDatabase();
let shopId: string;

beforeEach(async () => {
  shopId = await shopWithFourDays(db);
});

const MONEY = '#,##0 "₫"';
const COUNT = '#,##0';
const PERCENT = '0.00%';
const RATIO = '0.00';
const FORMATS = [
  ...['yyyy-mm-dd', COUNT, MONEY, MONEY, COUNT, MONEY, MONEY, MONEY, PERCENT, RATIO],
  ...[MONEY, MONEY, MONEY, MONEY, MONEY],
];
const num = (value: number, numFmt: string) => ({ type: CELL_TYPE.number, value, numFmt });
const empty = (numFmt: string) => ({ type: CELL_TYPE.empty, value: null, numFmt });
/** Returns, shipping, payment fees and fixed cost of a shop without them. */
const NO_OTHER_COSTS = [0, 0, 0, 0].map((v) => num(v, MONEY));

describe('exportDailyRecordsXlsx', () => {
  it('writes typed cells in đồng and percentage formats, a frozen header and a totals row (Vietnamese)', async () => {
    const file = await exportDailyRecordsXlsx(
      db,
      shopId,
      { from: '2026-11-01', to: '2026-11-30' },
      translator.forLocale('vi'),
    );
    expect(file).toMatchObject({
      filename: 'shoppulse-2026-11.xlsx',
      days: 3,
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const sheet = await readXlsx(file!.bytes);
    expect(sheet.name).toBe('Số liệu hằng ngày');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(5);
    expect(rowCells(sheet, 1).map((c) => c.value)).toEqual([
      'Ngày',
      'Số đơn',
      'Doanh thu (₫)',
      'Chi phí quảng cáo (₫)',
      'Số lead',
      'Giá vốn (₫)',
      'AOV (₫)',
      'CPL (₫)',
      'CVR (%)',
      'ROAS',
      'Hàng hoàn (₫)',
      'Phí ship (₫)',
      'Phí thanh toán (₫)',
      'Chi phí cố định (₫)',
      'Lãi ròng (₫)',
    ]);
    expect(rowCells(sheet, 1).every((c) => c.type === CELL_TYPE.string)).toBe(true);

    // 01/11: 15 orders, 8.500.000 ₫ revenue, 2.000.000 ₫ ads, 85 leads; COGS 40 % = 3.400.000 ₫,
    // AOV 566.667 ₫, CPL 23.529 ₫, CVR 15/85 = 17,65 %, ROAS 4,25, net 8,5tr − 3,4tr − 2tr = 3.100.000 ₫.
    const first = rowCells(sheet, 2);
    expect(first[0]).toEqual({
      type: CELL_TYPE.date,
      value: new Date('2026-11-01T00:00:00Z'),
      numFmt: FORMATS[0],
    });
    expect(first.slice(1, 8)).toEqual([
      num(15, COUNT),
      num(8_500_000, MONEY),
      num(2_000_000, MONEY),
      num(85, COUNT),
      num(3_400_000, MONEY),
      num(566_667, MONEY),
      num(23_529, MONEY),
    ]);
    expect(first[8]).toMatchObject({ type: CELL_TYPE.number, numFmt: PERCENT });
    expect(first[8]!.value).toBeCloseTo(0.1765, 10);
    expect(first.slice(9)).toEqual([num(4.25, RATIO), ...NO_OTHER_COSTS, num(3_100_000, MONEY)]);
    // 03/11: no orders, so no AOV (an empty cell, not 0).
    expect(rowCells(sheet, 4)[6]).toEqual(empty(MONEY));

    // Totals: 23 orders, 12.500.000 ₫, 4.800.000 ₫ ads, 187 leads, 5.000.000 ₫ COGS, net 3,1tr − 0,1tr − 0,3tr;
    // ratios of the totals: AOV 12.500.000 / 23 = 543.478 ₫, CPL 4.800.000 / 187 = 25.668 ₫,
    // CVR 23 / 187 = 12,30 %, ROAS 12,5 / 4,8 = 2,60 (the sum of the days' ROAS would be 5,85).
    const totals = rowCells(sheet, 5);
    expect(totals[0]).toMatchObject({ type: CELL_TYPE.string, value: 'Tổng' });
    expect(totals.slice(1, 8)).toEqual([
      num(23, COUNT),
      num(12_500_000, MONEY),
      num(4_800_000, MONEY),
      num(187, COUNT),
      num(5_000_000, MONEY),
      num(543_478, MONEY),
      num(25_668, MONEY),
    ]);
    expect(totals[8]).toMatchObject({ type: CELL_TYPE.number, numFmt: PERCENT });
    expect(totals[8]!.value).toBeCloseTo(23 / 187, 12);
    expect(totals[9]).toMatchObject({ type: CELL_TYPE.number, numFmt: RATIO });
    expect(totals[9]!.value).toBeCloseTo(12_500_000 / 4_800_000, 12);
    expect(totals.slice(10)).toEqual([...NO_OTHER_COSTS, num(2_700_000, MONEY)]);
    expect(sheet.getRow(5).font).toMatchObject({ bold: true });
  });

  it('writes English headers and sheet name, and leaves a total ratio empty when it is undefined', async () => {
    const file = await exportDailyRecordsXlsx(
      db,
      shopId,
      { from: '2026-10-31', to: '2026-10-31' },
      translator.forLocale('en'),
    );
    expect(file!.filename).toBe('shoppulse-2026-10-31_2026-10-31.xlsx');
    const sheet = await readXlsx(file!.bytes);
    expect(sheet.name).toBe('Daily numbers');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rowCells(sheet, 1).map((c) => c.value)).toEqual(ENGLISH_EXPORT_HEADERS);
    // 31/10: 1 order of 100.000 ₫, no ads, no leads: COGS 40.000 ₫, net 60.000 ₫; CPL, CVR, ROAS undefined.
    const day = rowCells(sheet, 2);
    expect(day.map((c) => c.numFmt)).toEqual(FORMATS);
    expect(day.slice(1)).toEqual([
      num(1, COUNT),
      num(100_000, MONEY),
      num(0, MONEY),
      num(0, COUNT),
      num(40_000, MONEY),
      num(100_000, MONEY),
      empty(MONEY),
      empty(PERCENT),
      empty(RATIO),
      ...NO_OTHER_COSTS,
      num(60_000, MONEY),
    ]);
    const totals = rowCells(sheet, 3);
    expect(totals[0]!.value).toBe('Total');
    expect(totals.slice(1)).toEqual(day.slice(1));
  });

  it('returns null when the range holds no record', async () => {
    expect(
      await exportDailyRecordsXlsx(
        db,
        shopId,
        { from: '2026-12-01', to: '2026-12-31' },
        translator.forLocale('vi'),
      ),
    ).toBeNull();
  });
});
