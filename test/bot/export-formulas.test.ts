import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import { CSV_CONVENTIONS } from '../../src/domain/csv.js';
import type { Locale } from '../../src/domain/locale.js';
import { shopOf } from '../support/ad-fixtures.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';
import { cellNumber, parseCsv } from '../support/csv-cells.js';
import { csvLines } from '../support/csv-document.js';
import { insertPreset } from '../support/owner-data-fixtures.js';
import { insertDays } from '../support/record-fixtures.js';
import { readXlsx } from '../support/xlsx-document.js';

// A name that starts like a spreadsheet formula is written so that Excel shows it and never runs it: a
// leading ' in the CSV; numbers the export writes (a negative net profit) stay numbers.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });

const FORMULA_START = /^[=+\-@\t\r]/;
const HYPERLINK = '=HYPERLINK("http://evil.example";"x")';

/** An owner whose Telegram name, shop, products and ad all start like formulas, with a losing day. */
async function dangerousOwner(locale: Locale, id: number) {
  const chat = h.user({ id, first_name: '=cmd|calc', language_code: locale });
  await onboard(chat, { shopName: '+cmd|calc shop', language: locale });
  const shopId = await shopOf(db, id);
  // 1 order, 100.000 ₫ revenue, 250.000 ₫ ads, 10 leads; COGS 40 % = 40.000 ₫:
  // net profit 100.000 − 40.000 − 250.000 = −190.000 ₫.
  await insertDays(db, shopId, [['2026-11-23', 1, 100_000, 250_000, 10]]);
  for (const name of [HYPERLINK, '@SUM(1+1)', '-2+3 váy'])
    expect((await chat.send(`/products add ${name} 300k 100k`)).texts[0]).toContain(name);
  // Names stored before names were cleaned can still start with a tab or a carriage return.
  await insertPreset(db, shopId, '\tTab', 300_000, 100_000);
  await insertPreset(db, shopId, '\rReturn', 300_000, 100_000);
  await chat.send('/ads =1+1 Váy: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0, kênh khác');
  return chat;
}

function fileNamed(sent: ChatMessage[], filename: string): string[][] {
  const message = sent.find((m) => m.document?.filename === filename);
  if (!message) throw new Error(`no file ${filename}`);
  return csvLines(message).map((line) => parseCsv(`${line}\r\n`, CSV_CONVENTIONS.vi)[0]!);
}

describe('exports and formulas', () => {
  it('/export all: every text cell starting like a formula gets a leading quote, numbers stay numbers', async () => {
    const chat = await dangerousOwner('vi', 2201);
    const reply = await chat.send('/export all');
    const files = reply.sent.filter((m) => m.document);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const rows = csvLines(file).map((line) => parseCsv(`${line}\r\n`, CSV_CONVENTIONS.vi)[0]!);
      for (const cell of rows.flat())
        if (FORMULA_START.test(cell)) expect(cellNumber(cell, CSV_CONVENTIONS.vi), cell).not.toBeNaN();
    }
    const account = fileNamed(reply.sent, 'shoppulse-account.csv');
    expect(account.map((row) => row[1])).toContain("'=cmd|calc");
    const products = fileNamed(reply.sent, 'shoppulse-presets.csv');
    expect(
      products
        .slice(1)
        .map((row) => row[1])
        .sort(),
    ).toEqual(["'\rReturn", "'\tTab", "'-2+3 váy", `'${HYPERLINK}`, "'@SUM(1+1)"].sort());
    expect(products[1]![0]).toBe("'+cmd|calc shop");
    const ads = fileNamed(reply.sent, 'shoppulse-ad-decisions.csv');
    expect(ads[1]![2]).toBe("'=1+1 Váy");
    // The header row: group, setting, then one column per shop headed by its name.
    expect(fileNamed(reply.sent, 'shoppulse-settings.csv')[0]!.at(-1)).toBe("'+cmd|calc shop");
    const days = fileNamed(reply.sent, 'shoppulse-days-cmd-calc-shop.csv');
    expect(days[1]!.at(-1)).toBe('-190000');
  });

  it('/export csv (English): the negative net profit stays the number -190000', async () => {
    const chat = await dangerousOwner('en', 2202);
    const message = (await chat.send('/export csv')).sent.find((m) => m.document)!;
    const rows = csvLines(message).map((line) => parseCsv(`${line}\r\n`, CSV_CONVENTIONS.en)[0]!);
    expect(rows[1]!.at(-1)).toBe('-190000');
    expect(cellNumber(rows[1]!.at(-1)!, CSV_CONVENTIONS.en)).toBe(-190_000);
  });

  it('/export: the workbook holds no formula, and the net profit is the number -190000', async () => {
    const chat = await dangerousOwner('vi', 2203);
    const message = (await chat.send('/export')).sent.find((m) => m.document)!;
    const sheet = await readXlsx(message.document!.bytes);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      }),
    );
    expect(sheet.getRow(2).getCell(15).value).toBe(-190_000);
  });
});
