import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { setActionItemStatus } from '../../src/db/queries/action-items.js';
import { actionItems, users } from '../../src/db/schema/index.js';
import type { ChatMessage } from '../../src/dev/bot-api-stand-in.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { CSV_CONVENTIONS } from '../../src/domain/csv.js';
import { localDate } from '../../src/domain/local-date.js';
import { diagnosedLastWeek } from '../db/fixtures.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import { cellNumber, parseCsv } from '../support/csv-cells.js';
import { csvLines } from '../support/csv-document.js';
import {
  insertAdDecision,
  insertDiagnosis,
  insertGoal,
  insertPreset,
  insertSimulation,
  onboardOwnerWithARowPerTable,
  onboardOwnerWithTwoShops,
} from '../support/owner-data-fixtures.js';
import { insertDays } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let lan: ChatSession;
let minh: ChatSession;

function fileNamed(reply: { sent: ChatMessage[] }, filename: string): ChatMessage {
  const message = reply.sent.find((m) => m.document?.filename === filename);
  if (!message) throw new Error(`no file ${filename}`);
  return message;
}

beforeEach(async () => {
  lan = h.user({ id: 901, first_name: 'Lan', language_code: 'vi' });
  minh = h.user({ id: 902, first_name: 'Minh', language_code: 'vi' });

  const [first, second] = await onboardOwnerWithTwoShops(db, lan);
  await insertDays(db, second, [['2026-11-20', 10, 5_000_000, 1_000_000, 30]]);
  await insertDiagnosis(db, first, diagnosedLastWeek(), [
    'Trả lời khách trong 5 phút',
    'Tắt quảng cáo lỗ, giữ "Bó hồng"',
  ]);
  const [item] = await db.select().from(actionItems).where(eq(actionItems.position, 0));
  await setActionItemStatus(db, first, item!.id, 'accepted', new Date('2026-11-23T09:00:00+07:00'));
  await insertGoal(db, second, '2026-12', 300_000_000);
  await insertAdDecision(db, first, 'Bó hồng 20/11', '2026-11-20T23:30:00+07:00');
  await insertPreset(db, first, 'Lẵng hoa, lớn', 1_200_000, 500_000);
  await insertSimulation(db, second, 300_000_000, '2026-11-23T09:00:00+07:00');

  await onboardOwnerWithARowPerTable(db, minh);
});

describe('/export all', () => {
  it("sends every table of the owner's data as CSV files, every shop, nothing of another owner", async () => {
    const reply = await lan.send('/export all');
    expect(reply.texts[0]).toBe(
      '📦 Toàn bộ dữ liệu của bạn: 10 tệp CSV, mở được bằng Excel hoặc Google Sheets. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.',
    );
    const documents = reply.sent.filter((m) => m.document);
    expect(documents.map((m) => [m.document!.filename, m.caption])).toEqual([
      ['shoppulse-account.csv', '👤 Tài khoản của bạn'],
      ['shoppulse-settings.csv', '⚙️ Cửa hàng và cài đặt'],
      ['shoppulse-days-hoa-mai-shop.csv', '📄 Hoa Mai Shop: 2 ngày số liệu'],
      ['shoppulse-days-hoa-mai-2.csv', '📄 Hoa Mai 2: 1 ngày số liệu'],
      ['shoppulse-diagnoses.csv', '📊 1 bản chẩn đoán tuần'],
      ['shoppulse-action-items.csv', '✅ 2 việc cần làm'],
      ['shoppulse-goals.csv', '🎯 1 mục tiêu tháng'],
      ['shoppulse-ad-decisions.csv', '📣 1 quyết định quảng cáo'],
      ['shoppulse-presets.csv', '🏷 1 sản phẩm mẫu'],
      ['shoppulse-simulations.csv', '📈 1 lần mô phỏng doanh thu'],
    ]);
    for (const document of documents) {
      // (Minh's rows all carry "Minh Store" or "của Minh"; the time zone Asia/Ho_Chi_Minh is everyone's.)
      expect(document.document!.bytes.toString('utf8'), document.document!.filename).not.toMatch(
        /Minh Store|của Minh/,
      );
    }

    const [user] = await db.select().from(users).where(eq(users.externalId, '901'));
    // Vietnamese Excel's conventions, as in /export csv: `;` between cells, a decimal comma.
    expect(csvLines(fileNamed(reply, 'shoppulse-account.csv'))).toEqual([
      'Mục;Giá trị',
      'Telegram ID;901',
      'Tên;Lan',
      'Email;',
      'Ngôn ngữ;vi',
      `Ngày bắt đầu dùng;${localDate(user!.createdAt, 'Asia/Ho_Chi_Minh')}`,
    ]);
    const settings = csvLines(fileNamed(reply, 'shoppulse-settings.csv'));
    // Each setting as /settings names it, with its group and unit; values as the owner reads them.
    expect(settings[0]).toBe('Nhóm;Cài đặt;Hoa Mai Shop;Hoa Mai 2');
    expect(settings).toContain('🏪 Cửa hàng;Tiền tệ;VND;VND');
    expect(settings).toContain('🏪 Cửa hàng;Múi giờ;Asia/Ho_Chi_Minh;Asia/Ho_Chi_Minh');
    expect(settings).toContain('⏰ Lịch;Nhắc nhở;bật;bật');
    expect(settings).toContain('⏰ Lịch;Giờ nhắc;21:00;21:00');
    expect(settings).toContain('💰 Chi phí;Giá vốn (%);40;40');
    expect(settings).toContain('🚦 Ngưỡng cảnh báo;CPL tối đa (₫/lead);chưa đặt;chưa đặt');
    expect(settings).toContain('📣 Quảng cáo;Chi tối thiểu (₫/quảng cáo);300000;300000');
    expect(settings).toContain('⏰ Lịch;Ngày báo cáo;thứ Hai;thứ Hai');
    // No stored column names, no true/false.
    expect(settings.join('\n')).not.toMatch(/[a-z]+_[a-z]+|true|false/);

    expect(csvLines(fileNamed(reply, 'shoppulse-days-hoa-mai-shop.csv'))).toEqual([
      'Ngày;Số đơn;Doanh thu (₫);Chi phí quảng cáo (₫);Số lead;Giá vốn (₫);AOV (₫);CPL (₫);CVR (%);ROAS;Hàng hoàn (₫);Phí ship (₫);Phí thanh toán (₫);Chi phí cố định (₫);Lãi ròng (₫)',
      '2026-11-23;15;8500000;2000000;85;3400000;566667;23529;17,65;4,25;0;0;0;0;3100000',
      '2026-11-24;8;4000000;2500000;90;1600000;500000;27778;8,89;1,60;0;0;0;0;-100000',
    ]);
    // The same file as /export csv of that shop (Hoa Mai 2 is the shop in use).
    const single = (await lan.send('/export csv')).sent[0]!;
    expect(fileNamed(reply, 'shoppulse-days-hoa-mai-2.csv').document!.bytes).toEqual(single.document!.bytes);

    const diagnoses = csvLines(fileNamed(reply, 'shoppulse-diagnoses.csv'));
    expect(diagnoses).toEqual([
      'Cửa hàng;Tuần;Từ ngày;Đến ngày;Số ngày có số liệu;Số đơn;Doanh thu (₫);Chi phí quảng cáo (₫);Số lead;Giá vốn (₫);AOV (₫);CPL (₫);CVR (%);ROAS;ROAS hòa vốn;Lãi ròng (₫);Lãi thay đổi so với tuần trước (₫);Vấn đề (mã)',
      'Hoa Mai Shop;2026-W47;2026-11-16;2026-11-22;7;56;28000000;17500000;630;11200000;500000;27778;8,89;1,60;1,67;-700000;-22400000;roas-below-break-even',
    ]);
    // Read as Vietnamese Excel reads it: 18 cells, ROAS 1,60 and break-even 1,67 each one number.
    const [, week] = parseCsv(`${diagnoses.join('\r\n')}\r\n`, CSV_CONVENTIONS.vi);
    expect(week).toHaveLength(18);
    expect(week!.slice(12, 15).map((cell) => cellNumber(cell, CSV_CONVENTIONS.vi))).toEqual([
      8.89, 1.6, 1.67,
    ]);
    expect(csvLines(fileNamed(reply, 'shoppulse-action-items.csv'))).toEqual([
      'Cửa hàng;Tuần;Việc cần làm;Trạng thái;Ngày trả lời',
      'Hoa Mai Shop;2026-W47;Trả lời khách trong 5 phút;Đã nhận;2026-11-23',
      'Hoa Mai Shop;2026-W47;"Tắt quảng cáo lỗ, giữ ""Bó hồng""";Chưa trả lời;',
    ]);
    expect(csvLines(fileNamed(reply, 'shoppulse-goals.csv'))).toEqual([
      'Cửa hàng;Tháng;Mục tiêu doanh thu (₫);Mục tiêu lãi (₫)',
      'Hoa Mai 2;2026-12;300000000;30000000',
    ]);
    expect(csvLines(fileNamed(reply, 'shoppulse-ad-decisions.csv'))).toEqual([
      'Cửa hàng;Ngày;Tên quảng cáo;Số ngày chạy;Chi phí quảng cáo (₫);Số lead;Số đơn;Doanh thu (₫);Lượt hiển thị;Lượt nhấp;Quyết định;Đề xuất đổi ngân sách (tỉ lệ)',
      // 23:30 in Hồ Chí Minh City is 16:30 UTC: the shop's date is the 20th.
      'Hoa Mai Shop;2026-11-20;Bó hồng 20/11;4;1200000;40;9;4500000;25000;400;SCALE;0,2',
    ]);
    // A comma is no separator here, so the name needs no quotes.
    expect(csvLines(fileNamed(reply, 'shoppulse-presets.csv'))).toEqual([
      'Cửa hàng;Sản phẩm;Giá bán (₫);Giá vốn mỗi sản phẩm (₫)',
      'Hoa Mai Shop;Lẵng hoa, lớn;1200000;500000',
    ]);
    expect(csvLines(fileNamed(reply, 'shoppulse-simulations.csv'))).toEqual([
      'Cửa hàng;Ngày;Doanh thu mục tiêu (₫);Số ngày dùng để tính;Số đơn cần có;Số lead cần có;Chi phí quảng cáo cần (₫);Lãi ròng dự kiến (₫);Khả năng đạt',
      'Hoa Mai 2;2026-11-23;300000000;28;530;3003;70664000;109336000;moderate',
    ]);
  });

  it('leaves out tables with nothing in them, and also answers to /export tất cả', async () => {
    const newcomer = h.user({ id: 903, first_name: 'Khoa', language_code: 'vi' });
    await onboard(newcomer, { shopName: 'Khoa Store' });
    const reply = await newcomer.send('/export tất cả');
    expect(reply.texts[0]).toContain('2 tệp CSV');
    expect(reply.sent.filter((m) => m.document).map((m) => m.document!.filename)).toEqual([
      'shoppulse-account.csv',
      'shoppulse-settings.csv',
    ]);
  });

  it('writes English headers for an English-speaking owner', async () => {
    const anna = await onboardEnglishOwner(h, 904);
    await anna.send('15 8.5m 2m 85');
    await anna.press('Save');
    const reply = await anna.send('/export all');
    expect(reply.texts[0]).toContain('All your data in 3 CSV files');
    expect(fileNamed(reply, 'shoppulse-days-anna-flowers.csv').caption).toBe(
      '📄 Anna Flowers: 1 recorded day',
    );
    expect(csvLines(fileNamed(reply, 'shoppulse-account.csv'))[0]).toBe('Field,Value');
    // English Excel's conventions: `,` between cells, a decimal point.
    expect(csvLines(fileNamed(reply, 'shoppulse-days-anna-flowers.csv'))[1]).toBe(
      '2026-11-24,15,8500000,2000000,85,3400000,566667,23529,17.65,4.25,0,0,0,0,3100000',
    );
    const settings = csvLines(fileNamed(reply, 'shoppulse-settings.csv'));
    expect(settings[0]).toBe('Group,Setting,Anna Flowers');
    expect(settings).toContain('💰 Costs,Cost of goods (%),40');
    expect(settings).toContain('⏰ Schedule,Reminder,on');
    expect(settings).toContain('🚦 Alert thresholds,Max CPL (₫/lead),not set');
    expect(settings.join('\n')).not.toMatch(/[a-z]+_[a-z]+|true|false/);
  });

  it('tells someone the bot knows nothing about that it holds no data', async () => {
    const stranger = h.user({ id: 905, first_name: 'Tú', language_code: 'vi' });
    const reply = await stranger.send('/export all');
    expect(reply.texts).toEqual(['Mình không lưu dữ liệu nào của bạn.']);
    expect(reply.calls.some((c) => c.method === 'sendDocument')).toBe(false);
  });
});
