import ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** An .xlsx file read back with exceljs: its only sheet, checked to be the only one. */
export async function readXlsx(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

/** A row's cells from the first column to the last filled one: type, value and number format. */
export function rowCells(sheet: ExcelJS.Worksheet, rowNumber: number) {
  const row = sheet.getRow(rowNumber);
  const cells = [];
  for (let column = 1; column <= sheet.columnCount; column += 1) {
    const cell = row.getCell(column);
    cells.push({ type: cell.type, value: cell.value, numFmt: cell.numFmt });
  }
  return cells;
}

const { Number: NUMBER, Date: DATE, String: STRING, Null: NULL } = ExcelJS.ValueType;
export const CELL_TYPE = { number: NUMBER, date: DATE, string: STRING, empty: NULL } as const;
