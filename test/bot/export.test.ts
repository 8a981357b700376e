import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { shops, users } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { createHarness, type Harness, onboard } from '../support/bot-harness.js';
import { insertDays } from '../support/record-fixtures.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

let db: Database;
let h: Harness;
let chat: ChatSession;
let shopId: string;

beforeAll(async () => {
  db = await getTestDatabase();
});
beforeEach(async () => {
  await resetTestDatabase(db);
  h = createHarness(db, { now: '2026-11-24T20:00:00+07:00' });
  chat = h.user({ id: 701, first_name: 'Lan', language_code: 'vi' });
  await onboard(chat);
  const [row] = await db
    .select({ id: shops.id })
    .from(shops)
    .innerJoin(users, eq(users.id, shops.ownerId))
    .where(eq(users.externalId, '701'));
  shopId = row!.id;
});
afterAll(async () => {
  await closeTestDatabase();
});

/** The CSV's lines without the byte order mark (checked separately) and the final empty line. */
function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1);
}

describe('/export', () => {
  it('sends every saved day as a CSV document, row by row', async () => {
    // Entered through the bot, as an owner would.
    await chat.send('hôm qua 15 8tr5 2tr 85');
    await chat.press('Lưu');
    await chat.send('8 4tr 2tr5 90');
    await chat.press('Lưu');
    const reply = await chat.send('/export');
    const documents = reply.calls.filter((c) => c.method === 'sendDocument');
    expect(documents).toHaveLength(1);
    const [message] = reply.sent;
    expect(message!.document!.filename).toBe('shoppulse-2026-11-23_2026-11-24.csv');
    expect(message!.caption).toBe(
      '📄 Hoa Mai Shop: 2 ngày có số liệu, từ 23/11/2026 đến 24/11/2026. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.',
    );
    expect(csvLines(message!.document!.bytes)).toEqual([
      'Ngày,Số đơn,Doanh thu (₫),Chi phí quảng cáo (₫),Số lead,Giá vốn (₫),AOV (₫),CPL (₫),CVR (%),ROAS,Lãi ròng (₫)',
      '2026-11-23,15,8500000,2000000,85,3400000,566667,23529,17.65,4.25,3100000',
      '2026-11-24,8,4000000,2500000,90,1600000,500000,27778,8.89,1.60,-100000',
    ]);
  });

  it('exports a date range typed as /export 01/11 30/11', async () => {
    await insertDays(db, shopId, [
      ['2026-10-31', 1, 100_000, 0, 1],
      ['2026-11-01', 15, 8_500_000, 2_000_000, 85],
      ['2026-11-20', 10, 5_000_000, 1_000_000, 30],
    ]);
    const reply = await chat.send('/export 01/11 30/11');
    const [message] = reply.sent;
    expect(message!.document!.filename).toBe('shoppulse-2026-11.csv');
    expect(message!.caption).toContain('2 ngày có số liệu, từ 01/11/2026 đến 30/11/2026');
    const lines = csvLines(message!.document!.bytes);
    expect(lines.slice(1)).toEqual([
      '2026-11-01,15,8500000,2000000,85,3400000,566667,23529,17.65,4.25,3100000',
      '2026-11-20,10,5000000,1000000,30,2000000,500000,33333,33.33,5.00,2000000',
    ]);
  });

  it('writes English headers for an English-speaking owner', async () => {
    const en = h.user({ id: 702, first_name: 'Anna', language_code: 'en' });
    await onboard(en, { shopName: 'Anna Flowers', language: 'en' });
    await en.send('15 8.5m 2m 85');
    await en.press('Save');
    const reply = await en.send('/export');
    const lines = csvLines(reply.sent[0]!.document!.bytes);
    expect(lines).toEqual([
      'Date,Orders,Revenue (₫),Ad spend (₫),Leads,COGS (₫),AOV (₫),CPL (₫),CVR (%),ROAS,Net profit (₫)',
      '2026-11-24,15,8500000,2000000,85,3400000,566667,23529,17.65,4.25,3100000',
    ]);
    expect(reply.sent[0]!.caption).toContain('1 recorded days, Tue 24 Nov 2026 to Tue 24 Nov 2026');
  });

  it('answers with a text when there is nothing to export', async () => {
    expect((await chat.send('/export')).texts).toEqual([
      'Cửa hàng chưa có số liệu nào để xuất. Gửi số liệu hôm nay trước nhé (ví dụ 15 8tr5 2tr 85).',
    ]);
    await insertDays(db, shopId, [['2026-11-20', 10, 5_000_000, 1_000_000, 30]]);
    expect((await chat.send('/export 01/10 31/10')).texts).toEqual([
      'Không có số liệu nào từ 01/10/2026 đến 31/10/2026.',
    ]);
  });

  it('explains the date format when the range cannot be read', async () => {
    const reply = await chat.send('/export tháng trước');
    expect(reply.calls.some((c) => c.method === 'sendDocument')).toBe(false);
    expect(reply.texts[0]).toContain('/export 01/11 30/11');
    expect((await chat.send('/export 20/11/2026 01/11/2026')).texts[0]).toContain(
      'Ngày kết thúc phải sau ngày bắt đầu',
    );
  });

  it('exports only the shop in use', async () => {
    const other = h.user({ id: 703, first_name: 'Minh', language_code: 'vi' });
    await onboard(other, { shopName: 'Minh Store' });
    await other.send('15 8tr5 2tr 85');
    await other.press('Lưu');
    expect((await chat.send('/export')).calls.some((c) => c.method === 'sendDocument')).toBe(false);
  });
});
