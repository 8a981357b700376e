import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/charts/chart-theme.js';
import type { Database } from '../../src/db/client.js';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { getShopSettings } from '../../src/db/queries/shop-settings.js';
import { createShopWithSettings } from '../../src/db/queries/shops.js';
import { createUser } from '../../src/db/queries/users.js';
import { addDays } from '../../src/domain/local-date.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { type ChartRequest, renderChartForShop, renderWeekChartForShop } from '../../src/services/charts.js';
import { pngSize } from '../charts/chart-pixels.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

const translator = createTranslator('vi');
// 24/11/2026 at 20:00 in Hồ Chí Minh City.
const now = new Date('2026-11-24T20:00:00+07:00');

let db: Database;
let request: ChartRequest;

beforeAll(async () => {
  db = await getTestDatabase();
});
beforeEach(async () => {
  await resetTestDatabase(db);
  const user = await createUser(db, { externalId: '900', language: 'vi' });
  const shop = await createShopWithSettings(db, { ownerId: user.id, name: 'Hoa Mai Shop', cogsRatio: 0.4 });
  const settings = (await getShopSettings(db, shop.id))!;
  request = { shop: { ...shop, settings }, locale: 'vi', t: translator.forLocale('vi'), now };
});
afterAll(async () => {
  await closeTestDatabase();
});

const lastDays = (n: number, skip: (i: number) => boolean = () => false): FixtureDay[] =>
  Array.from({ length: n }, (_, i) => addDays('2026-11-24', i - n + 1))
    .filter((_, i) => !skip(i))
    .map((date) => [date, 15, 8_500_000, 2_000_000, 85]);

describe('renderChartForShop', () => {
  it('draws the week /week reports, Monday to Sunday, with a one-line caption of the headline numbers', async () => {
    await insertDays(
      db,
      request.shop.id,
      lastDays(7, (i) => i === 2),
    );
    const reply = await renderChartForShop(db, 'week', request);
    if (reply.type !== 'photo') throw new Error(`expected a photo, got ${JSON.stringify(reply)}`);
    expect(pngSize(reply.png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    // Tuesday 24/11: the week is 23/11–29/11, its recorded days Monday and Tuesday (18–22/11 are last
    // week's): 2 × 8.500.000 revenue, 2 × 2.000.000 ads, 2 × (8.500.000 − 40 % − 2.000.000) = 6.200.000.
    expect(reply.caption).toBe(
      '📊 23/11 – 29/11/2026: doanh thu 17.000.000 ₫, quảng cáo 4.000.000 ₫, ROAS 4,25 (hòa vốn 1,67), lãi ròng 6.200.000 ₫.',
    );
    expect(reply.caption).not.toContain('\n');
  });

  it('answers a week with fewer than 2 recorded days with a text', async () => {
    await insertDays(db, request.shop.id, [['2026-11-24', 15, 8_500_000, 2_000_000, 85]]);
    const reply = await renderChartForShop(db, 'week', request);
    expect(reply).toEqual({
      type: 'text',
      text: expect.stringContaining('mới có 1 ngày được nhập, cần ít nhất 2 ngày'),
    });
  });

  it('draws 30 days once 7 of them are recorded', async () => {
    await insertDays(
      db,
      request.shop.id,
      lastDays(30, (i) => i % 5 !== 0),
    );
    expect(await renderChartForShop(db, 'month', request)).toMatchObject({ type: 'text' });
    await insertDays(db, request.shop.id, [['2026-11-23', 10, 5_000_000, 1_000_000, 40]]);
    const reply = await renderChartForShop(db, 'month', request);
    if (reply.type !== 'photo') throw new Error('expected a photo');
    expect(pngSize(reply.png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(reply.caption).toBe(
      '📈 30 ngày 26/10 – 24/11/2026 (7 ngày có số liệu): doanh thu 56.000.000 ₫, quảng cáo 13.000.000 ₫, ROAS 4,31 (hòa vốn 1,67).',
    );
  });

  it('explains goals when the month has none, and draws the goal once one is set', async () => {
    await insertDays(db, request.shop.id, lastDays(24));
    const without = await renderChartForShop(db, 'goal', request);
    expect(without).toMatchObject({
      type: 'text',
      text: expect.stringContaining('Tháng 11/2026 chưa có mục tiêu'),
    });

    await upsertMonthlyGoal(db, request.shop.id, { month: '2026-11', revenueTarget: 300_000_000 });
    const reply = await renderChartForShop(db, 'goal', request);
    if (reply.type !== 'photo') throw new Error('expected a photo');
    expect(pngSize(reply.png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    // 24 days of 8.500.000 = 204.000.000; 6 days to come at the same pace = 255.000.000.
    expect(reply.caption).toBe(
      '🎯 Tháng 11/2026: đã đạt 204.000.000 ₫ / 300.000.000 ₫ (68 %); đúng tiến độ thì đến hôm nay cần 240.000.000 ₫; dự báo cuối tháng 255.000.000 ₫ (85 % mục tiêu).',
    );
  });

  it('labels in English for an English-speaking owner', async () => {
    await insertDays(db, request.shop.id, lastDays(7));
    const reply = await renderChartForShop(db, 'week', {
      ...request,
      locale: 'en',
      t: translator.forLocale('en'),
    });
    expect(reply).toMatchObject({
      type: 'photo',
      caption:
        '📊 23 Nov – 29 Nov 2026: revenue 17,000,000 ₫, ad spend 4,000,000 ₫, ROAS 4.25 (break-even 1.67), net profit 6,200,000 ₫.',
    });
  });

  it('reads only the shop asked for', async () => {
    const other = await createUser(db, { externalId: '901' });
    const otherShop = await createShopWithSettings(db, { ownerId: other.id, name: 'Other', cogsRatio: 0.4 });
    await insertDays(db, otherShop.id, lastDays(7));
    expect(await renderChartForShop(db, 'week', request)).toMatchObject({ type: 'text' });
  });
});

describe('renderWeekChartForShop', () => {
  it('draws an ISO week, Monday to Sunday, for the weekly push', async () => {
    await insertDays(db, request.shop.id, [
      ['2026-11-16', 15, 8_500_000, 2_000_000, 85],
      ['2026-11-22', 8, 4_000_000, 2_500_000, 90],
      ['2026-11-23', 8, 4_000_000, 2_500_000, 90],
    ]);
    const reply = await renderWeekChartForShop(db, { ...request, isoWeek: '2026-W47' });
    expect(reply).toMatchObject({
      type: 'photo',
      filename: 'week-2026-11-16.png',
      caption: expect.stringContaining('16/11 – 22/11/2026: doanh thu 12.500.000 ₫'),
    });
  });
});
