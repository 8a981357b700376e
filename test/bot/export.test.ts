import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { CSV_CONVENTIONS } from '../../src/domain/csv.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import { cellNumber, parseCsv } from '../support/csv-cells.js';
import { csvLines } from '../support/csv-document.js';
import { ENGLISH_EXPORT_HEADERS } from '../support/export-fixtures.js';
import { shopIdsOf } from '../support/owner-data-fixtures.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { CELL_TYPE, readXlsx, rowCells } from '../support/xlsx-document.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let chat: ChatSession;
let shopId: string;

beforeEach(async () => {
  chat = h.user({ id: 701, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  shopId = (await shopIdsOf(db, '701'))[0]!;
});

/** 23/11 and 24/11 (today) entered and saved through the bot, as an owner would. */
async function saveTwoDaysThroughTheBot(): Promise<void> {
  await chat.send('hôm qua 15 8tr5 2tr 85');
  await chat.press('Lưu');
  await chat.send('8 4tr 2tr5 90');
  await chat.press('Lưu');
}

/** The one document of a reply, checked to be the only message sent. */
function onlyDocument(reply: { sent: ChatMessage[]; calls: { method: string }[] }): ChatMessage {
  expect(reply.calls.filter((c) => c.method === 'sendDocument')).toHaveLength(1);
  expect(reply.sent).toHaveLength(1);
  return reply.sent[0]!;
}

/** The dates (`YYYY-MM-DD`) of an exported workbook's day rows, between the header and the totals. */
async function xlsxDays(message: ChatMessage): Promise<string[]> {
  const sheet = await readXlsx(message.document!.bytes);
  const days: string[] = [];
  for (let row = 2; row < sheet.rowCount; row += 1) {
    days.push((sheet.getRow(row).getCell(1).value as Date).toISOString().slice(0, 10));
  }
  return days;
}

// An .xlsx is a zip archive; Telegram takes the document's mime type from its extension
// (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

describe('/export', () => {
  it('sends every saved day as an Excel workbook: typed cells, frozen header, totals', async () => {
    await saveTwoDaysThroughTheBot();
    const message = onlyDocument(await chat.send('/export'));
    expect(message.document!.filename).toBe('shoppulse-2026-11-23_2026-11-24.xlsx');
    expect([...message.document!.bytes.subarray(0, 4)]).toEqual(ZIP_SIGNATURE);
    expect(message.caption).toBe(
      '📄 Hoa Mai Shop: 2 ngày có số liệu, từ 23/11/2026 đến 24/11/2026. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.',
    );
    const sheet = await readXlsx(message.document!.bytes);
    expect(sheet.name).toBe('Số liệu hằng ngày');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rowCells(sheet, 1)[2]!.value).toBe('Doanh thu (₫)');
    const day = rowCells(sheet, 2);
    expect(day[0]).toMatchObject({ type: CELL_TYPE.date, value: new Date('2026-11-23T00:00:00Z') });
    expect(day[2]).toEqual({ type: CELL_TYPE.number, value: 8_500_000, numFmt: '#,##0 "₫"' });
    expect(day[8]).toMatchObject({ type: CELL_TYPE.number, numFmt: '0.00%' });
    expect(day[8]!.value).toBeCloseTo(0.1765, 10);
    expect(day[9]).toEqual({ type: CELL_TYPE.number, value: 4.25, numFmt: '0.00' });
    // Totals: 23 orders, 12.500.000 ₫, 4.500.000 ₫ ads, 175 leads; AOV 12.500.000 / 23 = 543.478 ₫,
    // ROAS 12,5 / 4,5 = 2,78 (not 4,25 + 1,60); net 3.100.000 − 100.000 = 3.000.000 ₫.
    const totals = rowCells(sheet, 4).map((c) => c.value);
    expect(totals.slice(0, 8)).toEqual(['Tổng', 23, 12_500_000, 4_500_000, 175, 5_000_000, 543_478, 25_714]);
    expect(totals[8]).toBeCloseTo(23 / 175, 12);
    expect(totals[9]).toBeCloseTo(12.5 / 4.5, 12);
    // No returns, shipping, fee or fixed cost: 0 in each of their columns.
    expect(totals.slice(10, 14)).toEqual([0, 0, 0, 0]);
    expect(totals[14]).toBe(3_000_000);
  });

  it('sends an English workbook to an English-speaking owner', async () => {
    const en = await onboardEnglishOwner(h, 702);
    await en.send('15 8.5m 2m 85');
    await en.press('Save');
    const message = onlyDocument(await en.send('/export'));
    expect(message.document!.filename).toBe('shoppulse-2026-11-24_2026-11-24.xlsx');
    expect([...message.document!.bytes.subarray(0, 4)]).toEqual(ZIP_SIGNATURE);
    const sheet = await readXlsx(message.document!.bytes);
    expect(sheet.name).toBe('Daily numbers');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rowCells(sheet, 1).map((c) => c.value)).toEqual(ENGLISH_EXPORT_HEADERS);
    expect(rowCells(sheet, 2)[9]).toEqual({ type: CELL_TYPE.number, value: 4.25, numFmt: '0.00' });
    expect(rowCells(sheet, 3)[0]!.value).toBe('Total');
    expect(rowCells(sheet, 3)[14]!.value).toBe(3_100_000);
  });

  it('keeps the CSV with /export csv: `;` and a decimal comma in Vietnamese', async () => {
    await saveTwoDaysThroughTheBot();
    const message = onlyDocument(await chat.send('/export csv'));
    expect(message.document!.filename).toBe('shoppulse-2026-11-23_2026-11-24.csv');
    expect(message.caption).toContain('2 ngày có số liệu, từ 23/11/2026 đến 24/11/2026');
    const lines = csvLines(message);
    expect(lines).toEqual([
      'Ngày;Số đơn;Doanh thu (₫);Chi phí quảng cáo (₫);Số lead;Giá vốn (₫);AOV (₫);CPL (₫);CVR (%);ROAS;Hàng hoàn (₫);Phí ship (₫);Phí thanh toán (₫);Chi phí cố định (₫);Lãi ròng (₫)',
      '2026-11-23;15;8500000;2000000;85;3400000;566667;23529;17,65;4,25;0;0;0;0;3100000',
      '2026-11-24;8;4000000;2500000;90;1600000;500000;27778;8,89;1,60;0;0;0;0;-100000',
    ]);
    // As Vietnamese Excel reads it: ROAS 4,25 is one cell, the number 4.25.
    const rows = parseCsv(`${lines.join('\r\n')}\r\n`, CSV_CONVENTIONS.vi);
    expect(rows.map((row) => row.length)).toEqual([15, 15, 15]);
    expect(cellNumber(rows[1]![9]!, CSV_CONVENTIONS.vi)).toBe(4.25);
    expect(cellNumber(rows[2]![8]!, CSV_CONVENTIONS.vi)).toBe(8.89);
  });

  it('keeps the CSV with /export csv for an English-speaking owner: `,` and a decimal point', async () => {
    const en = await onboardEnglishOwner(h, 702);
    await en.send('15 8.5m 2m 85');
    await en.press('Save');
    const message = onlyDocument(await en.send('/export CSV'));
    expect(message.document!.filename).toBe('shoppulse-2026-11-24_2026-11-24.csv');
    const lines = csvLines(message);
    expect(lines).toEqual([
      'Date,Orders,Revenue (₫),Ad spend (₫),Leads,COGS (₫),AOV (₫),CPL (₫),CVR (%),ROAS,Returns (₫),Shipping (₫),Payment fees (₫),Fixed cost (₫),Net profit (₫)',
      '2026-11-24,15,8500000,2000000,85,3400000,566667,23529,17.65,4.25,0,0,0,0,3100000',
    ]);
    const rows = parseCsv(`${lines.join('\r\n')}\r\n`, CSV_CONVENTIONS.en);
    expect(rows[1]).toHaveLength(15);
    expect(cellNumber(rows[1]![9]!, CSV_CONVENTIONS.en)).toBe(4.25);
    expect(message.caption).toContain('1 recorded days, Tue 24 Nov 2026 to Tue 24 Nov 2026');
  });

  it('exports a CSV of a date range typed as /export csv 01/11 20/11', async () => {
    await insertDays(db, shopId, [
      ['2026-10-31', 1, 100_000, 0, 1],
      ['2026-11-01', 15, 8_500_000, 2_000_000, 85],
      ['2026-11-20', 10, 5_000_000, 1_000_000, 30],
      ['2026-11-21', 2, 1_000_000, 0, 4],
    ]);
    const message = onlyDocument(await chat.send('/export csv 01/11 20/11'));
    expect(message.document!.filename).toBe('shoppulse-2026-11-01_2026-11-20.csv');
    expect(message.caption).toContain('2 ngày có số liệu, từ 01/11/2026 đến 20/11/2026');
    expect(csvLines(message).slice(1)).toEqual([
      '2026-11-01;15;8500000;2000000;85;3400000;566667;23529;17,65;4,25;0;0;0;0;3100000',
      '2026-11-20;10;5000000;1000000;30;2000000;500000;33333;33,33;5,00;0;0;0;0;2000000',
    ]);
  });

  it('exports a date range typed as /export 01/11 30/11, up to today (24/11)', async () => {
    await insertDays(db, shopId, [
      ['2026-10-31', 1, 100_000, 0, 1],
      ['2026-11-01', 15, 8_500_000, 2_000_000, 85],
      ['2026-11-20', 10, 5_000_000, 1_000_000, 30],
    ]);
    // 30/11 is six days ahead, its nearest occurrence: the range stops today, and the caption says so.
    const message = onlyDocument(await chat.send('/export 01/11 30/11'));
    expect(message.document!.filename).toBe('shoppulse-2026-11-01_2026-11-24.xlsx');
    expect(message.caption).toBe(
      'Ngày cuối sau hôm nay nên lấy đến hôm nay.\n📄 Hoa Mai Shop: 2 ngày có số liệu, từ 01/11/2026 đến 24/11/2026. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.',
    );
    expect(await xlsxDays(message)).toEqual(['2026-11-01', '2026-11-20']);
  });

  it('answers with a text when there is nothing to export', async () => {
    expect((await chat.send('/export')).texts).toEqual([
      'Cửa hàng chưa có số liệu nào để xuất. Gửi số liệu hôm nay trước nhé (ví dụ 15 8tr5 2tr 85).',
    ]);
    await insertDays(db, shopId, [['2026-11-20', 10, 5_000_000, 1_000_000, 30]]);
    expect((await chat.send('/export 01/10 31/10')).texts).toEqual([
      'Không có số liệu nào từ 01/10/2026 đến 31/10/2026.',
    ]);
    expect((await chat.send('/export csv 01/10 31/10')).texts).toEqual([
      'Không có số liệu nào từ 01/10/2026 đến 31/10/2026.',
    ]);
  });

  it('explains the date format when the range cannot be read', async () => {
    const reply = await chat.send('/export tháng trước');
    expect(reply.calls.some((c) => c.method === 'sendDocument')).toBe(false);
    expect(reply.texts[0]).toContain('/export 01/11 30/11');
  });

  it('exports only the shop in use', async () => {
    const other = h.user({ id: 703, first_name: 'Minh', language_code: 'vi' });
    await onboard(other, { shopName: 'Minh Store' });
    await other.send('15 8tr5 2tr 85');
    await other.press('Lưu');
    expect((await chat.send('/export')).calls.some((c) => c.method === 'sendDocument')).toBe(false);
  });
});

describe('/export dates, on 29/11/2026', () => {
  const DAYS: FixtureDay[] = [
    ['2026-11-15', 3, 900_000, 300_000, 10],
    ['2026-11-16', 15, 8_500_000, 2_000_000, 85],
    ['2026-11-22', 10, 5_000_000, 1_000_000, 30],
    ['2026-11-23', 8, 4_000_000, 2_500_000, 90],
    ['2026-11-29', 2, 1_000_000, 500_000, 8],
  ];
  let anna: ChatSession;

  beforeEach(async () => {
    anna = await onboardEnglishOwner(h, 702);
    await insertDays(db, shopId, DAYS);
    await insertDays(db, (await shopIdsOf(db, '702'))[0]!, DAYS);
    h.clock.now = new Date('2026-11-29T20:00:00+07:00');
  });

  it('swaps an end typed before the start and says so: /export 22/11 16/11', async () => {
    const vi = onlyDocument(await chat.send('/export 22/11 16/11'));
    expect(vi.document!.filename).toBe('shoppulse-2026-11-16_2026-11-22.xlsx');
    expect(vi.caption).toBe(
      'Đã đổi chỗ hai ngày: 16/11 → 22/11.\n📄 Hoa Mai Shop: 2 ngày có số liệu, từ 16/11/2026 đến 22/11/2026. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.',
    );
    expect(await xlsxDays(vi)).toEqual(['2026-11-16', '2026-11-22']);

    const en = onlyDocument(await anna.send('/export csv 22/11 16/11'));
    expect(en.document!.filename).toBe('shoppulse-2026-11-16_2026-11-22.csv');
    expect(en.caption).toBe(
      'Swapped the two dates: 16 Nov → 22 Nov.\n📄 Anna Flowers: 2 recorded days, Mon 16 Nov 2026 to Sun 22 Nov 2026. Dates are year-month-day, money in whole đồng.',
    );
    expect(
      csvLines(en)
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['2026-11-16', '2026-11-22']);
  });

  it('cuts an end after today to today and says so: /export 01/11 30/12', async () => {
    // 30/12 is nearest as 30/12/2026, a month ahead: the export stops at 29/11/2026.
    const vi = onlyDocument(await chat.send('/export 01/11 30/12'));
    expect(vi.document!.filename).toBe('shoppulse-2026-11-01_2026-11-29.xlsx');
    expect(vi.caption).toBe(
      'Ngày cuối sau hôm nay nên lấy đến hôm nay.\n📄 Hoa Mai Shop: 5 ngày có số liệu, từ 01/11/2026 đến 29/11/2026. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.',
    );
    expect(await xlsxDays(vi)).toEqual([
      '2026-11-15',
      '2026-11-16',
      '2026-11-22',
      '2026-11-23',
      '2026-11-29',
    ]);

    const en = onlyDocument(await anna.send('/export 01/11 30/12'));
    expect(en.document!.filename).toBe('shoppulse-2026-11-01_2026-11-29.xlsx');
    expect(en.caption).toBe(
      'The end date is after today, so the export stops today.\n📄 Anna Flowers: 5 recorded days, Sun 1 Nov 2026 to Sun 29 Nov 2026. Dates are year-month-day, money in whole đồng.',
    );
  });

  it('says the day has not come for /export ngày mai and /export tomorrow', async () => {
    const vi = await chat.send('/export ngày mai');
    expect(vi.calls.some((c) => c.method === 'sendDocument')).toBe(false);
    expect(vi.texts).toEqual(['Ngày này chưa tới. Ví dụ: /export 01/11 30/11']);
    const en = await anna.send('/export tomorrow');
    expect(en.calls.some((c) => c.method === 'sendDocument')).toBe(false);
    expect(en.texts).toEqual(['That day has not come yet. Example: /export 01/11 30/11']);
  });
});
