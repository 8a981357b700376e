import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_CONVENTIONS } from '../../src/domain/csv.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { exportDailyRecords, exportFilename } from '../../src/services/export.js';
import { cellNumber, parseCsv } from '../support/csv-cells.js';
import { shopWithFourDays } from '../support/export-fixtures.js';
import { useTestDatabase } from '../support/test-db.js';

const translator = createTranslator('vi');
const db = await useTestDatabase();
let shopId: string;

beforeEach(async () => {
  shopId = await shopWithFourDays(db);
});

const rows = (csv: Buffer) => csv.toString('utf8').slice(1).split('\r\n');

describe('exportDailyRecords', () => {
  it('writes UTF-8 with a BOM, localized headers and one row per day with the computed metrics', async () => {
    const file = await exportDailyRecords(
      db,
      shopId,
      { from: '2026-11-01', to: '2026-11-30' },
      translator.forLocale('vi'),
      'vi',
    );
    expect(file).not.toBeNull();
    expect([...file!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Vietnamese Excel: `;` between cells, a decimal comma.
    expect(rows(file!.bytes)).toEqual([
      'Ngày;Số đơn;Doanh thu (₫);Chi phí quảng cáo (₫);Số lead;Giá vốn (₫);AOV (₫);CPL (₫);CVR (%);ROAS;Hàng hoàn (₫);Phí ship (₫);Phí thanh toán (₫);Chi phí cố định (₫);Lãi ròng (₫)',
      '2026-11-01;15;8500000;2000000;85;3400000;566667;23529;17,65;4,25;0;0;0;0;3100000',
      '2026-11-02;8;4000000;2500000;90;1600000;500000;27778;8,89;1,60;0;0;0;0;-100000',
      '2026-11-03;0;0;300000;12;0;;25000;0,00;0,00;0;0;0;0;-300000',
      '',
    ]);
    // Read back as Vietnamese Excel reads it: fifteen cells a row, ROAS 4,25 one cell worth 4.25.
    const cells = parseCsv(file!.bytes.toString('utf8').slice(1), CSV_CONVENTIONS.vi);
    expect(cells.map((row) => row.length)).toEqual([15, 15, 15, 15]);
    expect(cells[1]![9]).toBe('4,25');
    expect(cells[1]!.slice(1).map((cell) => cellNumber(cell, CSV_CONVENTIONS.vi))).toEqual([
      15, 8_500_000, 2_000_000, 85, 3_400_000, 566_667, 23_529, 17.65, 4.25, 0, 0, 0, 0, 3_100_000,
    ]);
    expect(file).toMatchObject({
      filename: 'shoppulse-2026-11.csv',
      days: 3,
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('exports every day when no range is given, named after the first and last day', async () => {
    const file = await exportDailyRecords(db, shopId, {}, translator.forLocale('en'), 'en');
    const lines = rows(file!.bytes);
    expect(lines[0]).toBe(
      'Date,Orders,Revenue (₫),Ad spend (₫),Leads,COGS (₫),AOV (₫),CPL (₫),CVR (%),ROAS,Returns (₫),Shipping (₫),Payment fees (₫),Fixed cost (₫),Net profit (₫)',
    );
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual([
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ]);
    // No ad spend and no leads: ROAS, CPL and CVR are empty cells.
    expect(lines[1]).toBe('2026-10-31,1,100000,0,0,40000,100000,,,,0,0,0,0,60000');
    // English Excel: `,` between cells, a decimal point; ROAS 4.25 is one cell worth 4.25.
    expect(lines[2]).toBe('2026-11-01,15,8500000,2000000,85,3400000,566667,23529,17.65,4.25,0,0,0,0,3100000');
    const cells = parseCsv(file!.bytes.toString('utf8').slice(1), CSV_CONVENTIONS.en);
    expect(cells.map((row) => row.length)).toEqual([15, 15, 15, 15, 15]);
    expect(cells[2]!.slice(8).map((cell) => cellNumber(cell, CSV_CONVENTIONS.en))).toEqual([
      17.65, 4.25, 0, 0, 0, 0, 3_100_000,
    ]);
    expect(file).toMatchObject({
      filename: 'shoppulse-2026-10-31_2026-11-03.csv',
      from: '2026-10-31',
      to: '2026-11-03',
    });
  });

  it('returns null when the range holds no record', async () => {
    expect(
      await exportDailyRecords(
        db,
        shopId,
        { from: '2026-12-01', to: '2026-12-31' },
        translator.forLocale('vi'),
        'vi',
      ),
    ).toBeNull();
  });
});

describe('exportFilename', () => {
  it('names a whole calendar month by the month, anything else by its two days', () => {
    expect(exportFilename('2026-02-01', '2026-02-28', 'csv')).toBe('shoppulse-2026-02.csv');
    expect(exportFilename('2026-02-01', '2026-02-27', 'csv')).toBe('shoppulse-2026-02-01_2026-02-27.csv');
    expect(exportFilename('2026-02-01', '2026-02-28', 'xlsx')).toBe('shoppulse-2026-02.xlsx');
    expect(exportFilename('2026-02-01', '2026-02-27', 'xlsx')).toBe('shoppulse-2026-02-01_2026-02-27.xlsx');
  });
});
