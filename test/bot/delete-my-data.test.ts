import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/bot/commands.js';
import { claimChatNotice } from '../../src/db/queries/chat-notices.js';
import { writeConversationState } from '../../src/db/queries/conversation-states.js';
import { users } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { diagnosedWeek } from '../db/fixtures.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import {
  insertAdDecision,
  insertDiagnosis,
  insertGoal,
  insertPreset,
  insertReminderClaim,
  insertSimulation,
  onboardOwnerWithARowPerTable,
  onboardOwnerWithTwoShops,
  shopIdsOf,
  snapshotTables,
} from '../support/owner-data-fixtures.js';
import { insertDays } from '../support/record-fixtures.js';

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let lan: ChatSession;
let minh: ChatSession;

const RATE_LIMITED = {
  error_code: 429,
  description: 'Too Many Requests: retry after 30',
  parameters: { retry_after: 30 },
};

/** Rows that hold nobody's data: the ids of updates already handled. */
const NOBODYS_TABLES = new Set(['processed_updates']);

async function userIdOf(externalId: string): Promise<string> {
  const [user] = await db.select().from(users).where(eq(users.externalId, externalId));
  return user!.id;
}

/**
 * Whether a row (as JSON) is keyed to the owner: their user id, one of their shops, or their private chat
 * (conversation state `chat:<id>` or `chat:<id>:…`, a chat notice).
 */
function keyedTo(ids: string[], chatId: number) {
  return (row: string) =>
    ids.some((id) => row.includes(id)) ||
    row.includes(`"key":"chat:${chatId}"`) ||
    row.includes(`"key":"chat:${chatId}:`) ||
    row.includes(`"chatId":${chatId},`);
}

/**
 * Every table but those that change on every update whoever sends it. A flow in progress stores its state
 * again after each update of its chat (same state, new `updatedAt`), so that column is left out.
 */
async function ownersData(): Promise<Map<string, string[]>> {
  const snapshot = await snapshotTables(db);
  for (const name of NOBODYS_TABLES) snapshot.delete(name);
  const states = snapshot.get('conversation_states') ?? [];
  snapshot.set(
    'conversation_states',
    states.map((row) => JSON.stringify({ ...JSON.parse(row), updatedAt: undefined })),
  );
  return snapshot;
}

beforeEach(async () => {
  lan = h.user({ id: 801, first_name: 'Lan', language_code: 'vi' });
  minh = h.user({ id: 802, first_name: 'Minh', language_code: 'vi' });

  // Lan: two shops. Hoa Mai Shop gets two days through the bot, then Hoa Mai 2 is added (and current).
  const [first, second] = await onboardOwnerWithTwoShops(db, lan);
  await insertDays(db, second, [
    ['2026-11-20', 10, 5_000_000, 1_000_000, 30],
    ['2026-11-21', 12, 6_000_000, 1_500_000, 40],
    ['2026-11-22', 9, 4_500_000, 1_000_000, 35],
  ]);
  await insertDiagnosis(db, first, diagnosedWeek(), ['Trả lời khách trong 5 phút', 'Nhắn lại khách cũ']);
  await insertDiagnosis(
    db,
    first,
    diagnosedWeek({ isoWeek: '2026-W47', weekStart: '2026-11-16', weekEnd: '2026-11-22' }),
    ['Cắt ngân sách quảng cáo kém'],
  );
  await insertGoal(db, first, '2026-11', 300_000_000);
  await insertGoal(db, second, '2026-11', 100_000_000);
  await insertAdDecision(db, first, 'Bó hồng 20/11', '2026-11-20T10:00:00+07:00');
  await insertAdDecision(db, second, 'Hoa cưới', '2026-11-21T10:00:00+07:00');
  await insertAdDecision(db, second, 'Hoa sinh nhật', '2026-11-22T10:00:00+07:00');
  await insertPreset(db, first, 'Bó hồng', 500_000, 200_000);
  await insertPreset(db, first, 'Lẵng hoa', 1_200_000, 500_000);
  await insertSimulation(db, second, 300_000_000, '2026-11-23T09:00:00+07:00');
  await insertReminderClaim(db, first, '2026-11-23');
  await claimChatNotice(db, 801, 'some-notice');
  // An answer Telegram could not take yet, waiting in the outbox.
  h.api.failNext('sendMessage', RATE_LIMITED);
  await lan.send('/help');
  // An unsaved card: a draft, with its message id.
  await lan.send('10 5tr 1tr 40');
  // A state row under Lan's chat, which the erasure must take with the chat. (A real flow left open here
  // would be ended by the /deletemydata command itself, with a line saying so.)
  await writeConversationState(db, 'chat:801:user:801:extra', { kept: 'until erased' });

  // Minh: one shop with a row in every table too.
  const minhShop = await onboardOwnerWithARowPerTable(db, minh);
  await insertReminderClaim(db, minhShop, '2026-11-23');
  await claimChatNotice(db, 802, 'some-notice');
  h.api.failNext('sendMessage', RATE_LIMITED);
  await minh.send('/help');
  await claimChatNotice(db, -1001234567801, 'private-chats-only');
  await minh.send('6 3tr 1tr 25');
});

const LAN_CONFIRMATION = [
  '⚠️ Bạn có chắc muốn xóa toàn bộ dữ liệu của mình không?',
  '',
  'Mình sẽ xóa vĩnh viễn:',
  '• 2 cửa hàng: Hoa Mai Shop, Hoa Mai 2',
  '• 5 ngày số liệu',
  '• 2 bản chẩn đoán tuần, kèm 3 việc cần làm',
  '• 2 mục tiêu tháng',
  '• 3 quyết định quảng cáo',
  '• 2 sản phẩm mẫu',
  '• 1 lần mô phỏng doanh thu',
  '• cài đặt, nhắc nhở, số liệu đang nhập dở và tài khoản của bạn',
  '',
  'Sau khi xóa sẽ không khôi phục được. Nếu muốn giữ một bản, bạn bấm “Tải dữ liệu về trước” (hoặc gõ /export all).',
].join('\n');

describe('/deletemydata', () => {
  it('names what will go, counted from the database, with Delete everything / Keep / Download first', async () => {
    const reply = await lan.send('/deletemydata');
    expect(reply.texts).toEqual([LAN_CONFIRMATION]);
    expect(lan.buttons(reply.sent[0])).toEqual(['🗑 Xóa tất cả', 'Giữ lại', '📦 Tải dữ liệu về trước']);
  });

  it("Delete removes the owner's rows from every table, in one go, and leaves another owner's untouched", async () => {
    const lanIds = [await userIdOf('801'), ...(await shopIdsOf(db, '801'))];
    const isLans = keyedTo(lanIds, 801);
    const before = await ownersData();
    // Lan has rows in every table, infrastructure included, so each one is checked below.
    for (const [table, rows] of before) expect(rows.filter(isLans).length, table).toBeGreaterThan(0);

    await lan.send('/deletemydata');
    const done = await lan.press('Xóa tất cả');
    expect(done.answers).toEqual(['Đã xóa']);
    expect(done.edited[0]!.text).toBe(
      '✅ Đã xóa xong toàn bộ dữ liệu của bạn (2 cửa hàng, 5 ngày số liệu và mọi thứ liên quan). Mình không còn lưu gì về bạn nữa. Khi nào cần, bạn gõ /start để bắt đầu lại từ đầu.',
    );
    expect(done.edited[0]!.keyboard).toEqual([]);

    const after = await ownersData();
    for (const [table, rows] of after) {
      expect(rows.filter(isLans), table).toEqual([]);
      // Minh's rows are all there, unchanged.
      expect(rows, table).toEqual(before.get(table)!.filter((row) => !isLans(row)));
    }
  });

  it('after Delete, /start onboards the owner afresh', async () => {
    await lan.send('/deletemydata');
    await lan.press('Xóa tất cả');
    const start = await lan.send('/start');
    expect(start.texts[0]).toContain('Chào bạn');
    await lan.send('Tiệm Hoa Mới');
    await lan.press('Tiếng Việt');
    await lan.press(/40/);
    expect((await lan.send('/help')).texts[0]).toContain('Tiệm Hoa Mới');
    expect(await shopIdsOf(db, '801')).toHaveLength(1);
    expect((await lan.send('/export')).texts[0]).toContain('chưa có số liệu nào');
  });

  it('Keep changes nothing', async () => {
    const before = await ownersData();
    await lan.send('/deletemydata');
    const kept = await lan.press('Giữ lại');
    expect(kept.answers).toEqual(['👍 Đã giữ nguyên, không có gì bị xóa.']);
    expect(kept.edited[0]!.text).toBe('👍 Đã giữ nguyên, không có gì bị xóa.');
    expect(kept.edited[0]!.keyboard).toEqual([]);
    expect(await ownersData()).toEqual(before);
  });

  it("refuses a press on another user's confirmation", async () => {
    const confirmation = (await lan.send('/deletemydata')).sent[0]!;
    const deleteData = confirmation.keyboard[0]![0]!.callback_data!;
    const before = await ownersData();
    // Minh sends Lan's button data from his own chat, and presses it on Lan's message.
    expect((await minh.pressData(deleteData)).answers).toEqual(['Nút này không thuộc về bạn.']);
    expect((await minh.pressData(deleteData, confirmation)).answers).toEqual(['Nút này không thuộc về bạn.']);
    expect(await ownersData()).toEqual(before);
  });

  it('a second press, and a press after the owner started afresh, change nothing', async () => {
    const confirmation = (await lan.send('/deletemydata')).sent[0]!;
    const deleteData = confirmation.keyboard[0]![0]!.callback_data!;
    const keepData = confirmation.keyboard[0]![1]!.callback_data!;
    await lan.press('Xóa tất cả');
    const afterDelete = await ownersData();
    expect((await lan.pressData(deleteData, confirmation)).answers).toEqual([
      'Mình không lưu dữ liệu nào của bạn.',
    ]);
    expect((await lan.pressData(keepData, confirmation)).answers).toEqual([
      'Mình không lưu dữ liệu nào của bạn.',
    ]);
    expect(await ownersData()).toEqual(afterDelete);

    await onboard(lan, { shopName: 'Tiệm Hoa Mới' });
    const fresh = await ownersData();
    expect((await lan.pressData(deleteData, confirmation)).answers).toEqual(['Nút này không thuộc về bạn.']);
    expect(await ownersData()).toEqual(fresh);
  });

  it('an expired confirmation changes nothing', async () => {
    const confirmation = (await lan.send('/deletemydata')).sent[0]!;
    h.clock.now = new Date(h.clock.now.getTime() + 16 * 60_000);
    const before = await ownersData();
    const late = await lan.press('Xóa tất cả', confirmation);
    expect(late.answers).toEqual(['Xác nhận này đã hết hạn. Bạn gõ /deletemydata để làm lại nhé.']);
    expect(await ownersData()).toEqual(before);
  });

  it('a malformed press changes nothing and gets a notice', async () => {
    await lan.send('/deletemydata');
    const userId = await userIdOf('801');
    const before = await ownersData();
    for (const data of [
      'mydata:delete',
      `mydata:wipe:${userId}:abc`,
      'mydata:delete:not-a-uuid:abc',
      `mydata:delete:${userId}:ABC!`,
      `mydata:delete:${userId}:abc:extra`,
    ]) {
      expect((await lan.pressData(data)).answers, data).toEqual(['Nút này đã cũ hoặc không còn hiệu lực.']);
    }
    expect(await ownersData()).toEqual(before);
  });

  it('tells someone the bot knows nothing about that it holds no data', async () => {
    const stranger = h.user({ id: 803, first_name: 'Khoa', language_code: 'vi' });
    expect((await stranger.send('/deletemydata')).texts).toEqual(['Mình không lưu dữ liệu nào của bạn.']);
  });

  it('Download first sends everything, then asks again below the files', async () => {
    const confirmation = (await lan.send('/deletemydata')).sent[0]!;
    const reply = await lan.press('Tải dữ liệu về trước');
    expect(reply.answers).toEqual(['']);
    // The old confirmation loses its buttons; the files follow; the question comes again at the end.
    expect(lan.buttons(h.api.message(801, confirmation.messageId))).toEqual([]);
    const documents = reply.sent.filter((m) => m.document).map((m) => m.document!.filename);
    expect(documents).toContain('shoppulse-days-hoa-mai-shop.csv');
    expect(documents).toContain('shoppulse-days-hoa-mai-2.csv');
    const last = reply.sent.at(-1)!;
    expect(last.text).toBe(LAN_CONFIRMATION);
    expect(lan.buttons(last)).toEqual(['🗑 Xóa tất cả', 'Giữ lại']);
    expect((await lan.press('Xóa tất cả', last)).answers).toEqual(['Đã xóa']);
    expect(await shopIdsOf(db, '801')).toEqual([]);
  });

  it('speaks English to an English-speaking owner, in the singular where it is one', async () => {
    const anna = await onboardEnglishOwner(h, 804);
    await anna.send('15 8.5m 2m 85');
    await anna.press('Save');
    const reply = await anna.send('/deletemydata');
    expect(reply.texts[0]).toContain(
      'This will be deleted for good:\n• 1 shop: Anna Flowers\n• 1 day of numbers\n•',
    );
    expect(anna.buttons(reply.sent[0])).toEqual(['🗑 Delete everything', 'Keep', '📦 Download my data first']);
    expect((await anna.press('Delete everything')).edited[0]!.text).toContain(
      'All your data is deleted (1 shop, 1 day of numbers',
    );
  });
});

describe('menu and help', () => {
  it('/deletemydata is in the command menu, and /help names both data commands', async () => {
    await registerCommands(h.bot.api, h.deps.translator, 'vi');
    const menus = h.api
      .callsOf('setMyCommands')
      .map((c) => c.payload.commands as { command: string; description: string }[]);
    for (const menu of menus) expect(menu.map((c) => c.command)).toContain('deletemydata');
    const vi = menus[0]!;
    expect(vi.find((c) => c.command === 'deletemydata')!.description).toBe('Xóa toàn bộ dữ liệu của bạn');
    expect(vi.find((c) => c.command === 'export')!.description).toContain('/export all');
    const help = (await lan.send('/help')).texts[0]!;
    expect(help).toContain('/export all');
    expect(help).toContain('/deletemydata');
  });
});
