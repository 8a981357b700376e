import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { createShopWithSettings } from '../../src/db/queries/shops.js';
import { createUser } from '../../src/db/queries/users.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { exportDailyRecords, exportFilename } from '../../src/services/export.js';
import { insertDays } from '../support/record-fixtures.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

const translator = createTranslator('vi');
let db: Database;
let shopId: string;

beforeAll(async () => {
  db = await getTestDatabase();
});
beforeEach(async () => {
  await resetTestDatabase(db);
  const user = await createUser(db, { externalId: '900' });
  shopId = (await createShopWithSettings(db, { ownerId: user.id, name: 'Hoa Mai Shop', cogsRatio: 0.4 })).id;
  await insertDays(db, shopId, [
    ['2026-10-31', 1, 100_000, 0, 0],
    ['2026-11-01', 15, 8_500_000, 2_000_000, 85],
    ['2026-11-02', 8, 4_000_000, 2_500_000, 90],
    ['2026-11-03', 0, 0, 300_000, 12],
  ]);
});
afterAll(async () => {
  await closeTestDatabase();
});

const rows = (csv: Buffer) => csv.toString('utf8').slice(1).split('\r\n');

describe('exportDailyRecords', () => {
  it('writes UTF-8 with a BOM, localized headers and one row per day with the computed metrics', async () => {
    const file = await exportDailyRecords(
      db,
      shopId,
      { from: '2026-11-01', to: '2026-11-30' },
      translator.forLocale('vi'),
    );
    expect(file).not.toBeNull();
    expect([...file!.csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows(file!.csv)).toEqual([
      'Ngày,Số đơn,Doanh thu (₫),Chi phí quảng cáo (₫),Số lead,Giá vốn (₫),AOV (₫),CPL (₫),CVR (%),ROAS,Lãi ròng (₫)',
      '2026-11-01,15,8500000,2000000,85,3400000,566667,23529,17.65,4.25,3100000',
      '2026-11-02,8,4000000,2500000,90,1600000,500000,27778,8.89,1.60,-100000',
      '2026-11-03,0,0,300000,12,0,,25000,0.00,0.00,-300000',
      '',
    ]);
    expect(file).toMatchObject({
      filename: 'shoppulse-2026-11.csv',
      days: 3,
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('exports every day when no range is given, named after the first and last day', async () => {
    const file = await exportDailyRecords(db, shopId, {}, translator.forLocale('en'));
    const lines = rows(file!.csv);
    expect(lines[0]).toBe(
      'Date,Orders,Revenue (₫),Ad spend (₫),Leads,COGS (₫),AOV (₫),CPL (₫),CVR (%),ROAS,Net profit (₫)',
    );
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual([
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ]);
    // No ad spend and no leads: ROAS, CPL and CVR are empty cells.
    expect(lines[1]).toBe('2026-10-31,1,100000,0,0,40000,100000,,,,60000');
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
      ),
    ).toBeNull();
  });
});

describe('exportFilename', () => {
  it('names a whole calendar month by the month, anything else by its two days', () => {
    expect(exportFilename('2026-02-01', '2026-02-28')).toBe('shoppulse-2026-02.csv');
    expect(exportFilename('2026-02-01', '2026-02-27')).toBe('shoppulse-2026-02-01_2026-02-27.csv');
  });
});
