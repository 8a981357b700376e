import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { shops } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';

// Tuesday 08/12/2026, 20:00 in Ho Chi Minh City; the shop's day closes at 04:00 (the default).
const { db, h } = await useBotHarness({ now: '2026-12-08T20:00:00+07:00' });
let mai: ChatSession;
let anna: ChatSession;

// COGS 40 %, no other cost, so a day's net profit = revenue × 60 % − ad spend:
//   02/11 (10, 5tr, 1tr)     3.000.000 − 1.000.000 =  2.000.000   ROAS 5
//   30/11 (8, 4tr, 1tr)      2.400.000 − 1.000.000 =  1.400.000   ROAS 4
//   05/12 (12, 6tr, 2tr)     3.600.000 − 2.000.000 =  1.600.000   ROAS 3
//   06/12 (4, 1tr, 1tr)        600.000 − 1.000.000 =   −400.000   ROAS 1
//   07/12 (10, 5tr, 2tr5)    3.000.000 − 2.500.000 =    500.000   ROAS 2
//   08/12 (12, 6tr, 1tr)     3.600.000 − 1.000.000 =  2.600.000   ROAS 6
// This week 07/12–08/12: 3.100.000, ROAS 11tr / 3tr5 = 3,142… → 3,14.
// Last week 30/11–06/12 (3 of 7 days): 2.600.000; revenue 11tr, ads 4tr, ROAS 2,75.
// This month 01/12–08/12 (4 of 8 days): 4.300.000; revenue 18tr, ads 6tr5, ROAS 2,769… → 2,77.
// Last month 01/11–30/11 (2 of 30 days): 3.400.000; revenue 9tr, ads 2tr, ROAS 4,50.
const DAYS: FixtureDay[] = [
  ['2026-11-02', 10, 5_000_000, 1_000_000, 50],
  ['2026-11-30', 8, 4_000_000, 1_000_000, 40],
  ['2026-12-05', 12, 6_000_000, 2_000_000, 60],
  ['2026-12-06', 4, 1_000_000, 1_000_000, 20],
  ['2026-12-07', 10, 5_000_000, 2_500_000, 50],
  ['2026-12-08', 12, 6_000_000, 1_000_000, 60],
];

async function shopIdOf(name: string): Promise<string> {
  const [shop] = await db.select().from(shops).where(eq(shops.name, name));
  return shop!.id;
}

beforeEach(async () => {
  mai = h.user({ id: 811, first_name: 'Mai', language_code: 'vi' });
  await onboard(mai);
  anna = await onboardEnglishOwner(h, 812);
  for (const name of ['Hoa Mai Shop', 'Anna Flowers']) await insertDays(db, await shopIdOf(name), DAYS);
});

async function answer(chat: ChatSession, question: string): Promise<string | undefined> {
  const reply = await chat.send(question);
  expect(reply.texts, question).toHaveLength(1);
  return reply.texts[0];
}

describe('a question names its period, answered with that period (vi)', () => {
  it.each<[string[], string]>([
    [
      ['hôm nay lãi bao nhiêu', 'lời bao nhiêu', 'lãi bao nhiêu?'],
      '📒 Hôm nay (08/12/2026): lãi ròng 2.600.000 ₫ · ROAS 6,00',
    ],
    [
      ['hôm qua lãi bao nhiêu', 'hôm qua lời bao nhiêu', 'bữa qua sao'],
      '📒 Hôm qua (07/12/2026): lãi ròng 500.000 ₫ · ROAS 2,00',
    ],
    [['hôm kia lãi hay lỗ'], '📒 Hôm kia (06/12/2026): lỗ ròng 400.000 ₫ · ROAS 1,00'],
    [
      ['tuần này sao', 'tuần này lời bao nhiêu'],
      '📊 Tuần này (07/12–08/12, 2 ngày đầu, đã ghi 2/2 ngày): lãi ròng 3.100.000 ₫ · ROAS 3,14',
    ],
    [
      ['tuần trước lãi hay lỗ', 'tuần rồi lời bao nhiêu'],
      '📊 Tuần trước (30/11–06/12, đã ghi 3/7 ngày): lãi ròng 2.600.000 ₫ · ROAS 2,75',
    ],
    [
      ['tháng này lãi bao nhiêu'],
      '📊 Tháng này (01/12–08/12, 8 ngày đầu, đã ghi 4/8 ngày): lãi ròng 4.300.000 ₫ · ROAS 2,77',
    ],
    [
      ['tháng trước lãi bao nhiêu', 'tháng rồi lỗ không'],
      '📊 Tháng trước (01/11–30/11, đã ghi 2/30 ngày): lãi ròng 3.400.000 ₫ · ROAS 4,50',
    ],
    [
      ['doanh thu tháng trước'],
      '📊 Tháng trước (01/11–30/11, đã ghi 2/30 ngày): doanh thu 9.000.000 ₫ · lãi ròng 3.400.000 ₫ · ROAS 4,50',
    ],
    [
      ['quảng cáo tuần trước bao nhiêu'],
      '📊 Tuần trước (30/11–06/12, đã ghi 3/7 ngày): quảng cáo 4.000.000 ₫ · ROAS 2,75 · lãi ròng 2.600.000 ₫',
    ],
    [
      ['doanh thu hôm qua'],
      '📒 Hôm qua (07/12/2026): doanh thu 5.000.000 ₫ · lãi ròng 500.000 ₫ · ROAS 2,00',
    ],
  ])('%j', async (questions, expected) => {
    for (const question of questions) expect(await answer(mai, question), question).toBe(expected);
  });
});

describe('a question names its period, answered with that period (en)', () => {
  it.each<[string[], string]>([
    [['profit today', 'how is today'], '📒 Today (Tue 8 Dec 2026): net profit 2,600,000 ₫ · ROAS 6.00'],
    [
      ['profit yesterday?', 'how was yesterday'],
      '📒 Yesterday (Mon 7 Dec 2026): net profit 500,000 ₫ · ROAS 2.00',
    ],
    [
      ['loss the day before yesterday'],
      '📒 The day before yesterday (Sun 6 Dec 2026): net loss 400,000 ₫ · ROAS 1.00',
    ],
    [
      ['how is this week'],
      '📊 This week (7 Dec–8 Dec, first 2 days, 2 of 2 recorded): net profit 3,100,000 ₫ · ROAS 3.14',
    ],
    [
      ['profit last week'],
      '📊 Last week (30 Nov–6 Dec, 3 of 7 days recorded): net profit 2,600,000 ₫ · ROAS 2.75',
    ],
    [
      ['profit this month'],
      '📊 This month (1 Dec–8 Dec, first 8 days, 4 of 8 recorded): net profit 4,300,000 ₫ · ROAS 2.77',
    ],
    [
      ['revenue last month'],
      '📊 Last month (1 Nov–30 Nov, 2 of 30 days recorded): revenue 9,000,000 ₫ · net profit 3,400,000 ₫ · ROAS 4.50',
    ],
    [
      ['ads last week'],
      '📊 Last week (30 Nov–6 Dec, 3 of 7 days recorded): ad spend 4,000,000 ₫ · ROAS 2.75 · net profit 2,600,000 ₫',
    ],
  ])('%j', async (questions, expected) => {
    for (const question of questions) expect(await answer(anna, question), question).toBe(expected);
  });
});

describe('periods without a recorded day, and the books day', () => {
  it('says a period has no recorded day instead of 0 ₫, and the running month how many days it covers', async () => {
    // Wednesday 20/01/2027: nothing recorded in 2027; December 2026 holds four days.
    h.clock.now = new Date('2027-01-20T10:00:00+07:00');
    expect(await answer(mai, 'hôm qua lãi bao nhiêu')).toBe('Hôm qua (19/01/2027) chưa ghi số liệu.');
    expect(await answer(mai, 'tuần trước lãi hay lỗ')).toBe('Tuần trước (11/01–17/01) chưa ghi ngày nào.');
    expect(await answer(mai, 'tháng này lãi bao nhiêu')).toBe(
      'Tháng này (01/01–20/01, 20 ngày đầu) chưa ghi ngày nào.',
    );
    expect(await answer(mai, 'tháng trước lãi bao nhiêu')).toBe(
      '📊 Tháng trước (01/12/2026–31/12/2026, đã ghi 4/31 ngày): lãi ròng 4.300.000 ₫ · ROAS 2,77',
    );
    expect(await answer(anna, 'profit yesterday')).toBe('Yesterday (Tue 19 Jan 2027): nothing recorded.');
    expect(await answer(anna, 'profit last week')).toBe('Last week (11 Jan–17 Jan): no day recorded.');
    expect(await answer(anna, 'profit this month')).toBe(
      'This month (1 Jan–20 Jan, first 20 days): no day recorded.',
    );
    expect(await answer(anna, 'profit last month')).toBe(
      '📊 Last month (1 Dec 2026–31 Dec 2026, 4 of 31 days recorded): net profit 4,300,000 ₫ · ROAS 2.77',
    );
  });

  it('at 00:30, before the day closes, "hôm nay" is still the books day before midnight', async () => {
    // Wednesday 09/12/2026 00:30: the books are still on Tuesday 08/12.
    h.clock.now = new Date('2026-12-09T00:30:00+07:00');
    expect(await answer(mai, 'hôm nay lãi bao nhiêu')).toBe(
      '📒 Hôm nay (08/12/2026): lãi ròng 2.600.000 ₫ · ROAS 6,00',
    );
    expect(await answer(mai, 'hôm qua lãi bao nhiêu')).toBe(
      '📒 Hôm qua (07/12/2026): lãi ròng 500.000 ₫ · ROAS 2,00',
    );
    expect(await answer(mai, 'tuần này sao')).toBe(
      '📊 Tuần này (07/12–08/12, 2 ngày đầu, đã ghi 2/2 ngày): lãi ròng 3.100.000 ₫ · ROAS 3,14',
    );
    expect(await answer(anna, 'profit today')).toBe(
      '📒 Today (Tue 8 Dec 2026): net profit 2,600,000 ₫ · ROAS 6.00',
    );
    // At 04:00 the day has closed: today is 09/12, not recorded yet.
    h.clock.now = new Date('2026-12-09T04:00:00+07:00');
    expect(await answer(mai, 'hôm nay lãi bao nhiêu')).toMatch(
      /^Hôm nay \(09\/12\/2026\) chưa ghi số liệu\./,
    );
    expect(await answer(mai, 'hôm qua lãi bao nhiêu')).toBe(
      '📒 Hôm qua (08/12/2026): lãi ròng 2.600.000 ₫ · ROAS 6,00',
    );
  });

  it('on a Monday the running week is its first day alone', async () => {
    // Monday 07/12/2026, 21:00.
    h.clock.now = new Date('2026-12-07T21:00:00+07:00');
    expect(await answer(mai, 'tuần này sao')).toBe(
      '📊 Tuần này (07/12, 1 ngày đầu, đã ghi 1/1 ngày): lãi ròng 500.000 ₫ · ROAS 2,00',
    );
    expect(await answer(anna, 'how is this week')).toBe(
      '📊 This week (7 Dec, first day, 1 of 1 recorded): net profit 500,000 ₫ · ROAS 2.00',
    );
  });
});
