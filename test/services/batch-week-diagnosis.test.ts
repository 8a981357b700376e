import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/bot/i18n.js';
import { setActionItemStatus } from '../../src/db/queries/action-items.js';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { listShopsForScheduling } from '../../src/db/queries/shops.js';
import {
  insertActionItems,
  listShopsForWeeklyDiagnosis,
  upsertWeeklyDiagnostics,
} from '../../src/db/queries/weekly-batch.js';
import { actionItems, dailyRecords, weeklyDiagnostics } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/local-date.js';
import { diagnoseWeekForShops } from '../../src/services/batch-week-diagnosis.js';
import { diagnoseAndStoreWeek, loadOrDiagnoseWeek } from '../../src/services/week-diagnosis.js';
import { createOwnerWithShop } from '../db/fixtures.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

const translator = createTranslator('vi');

function week(monday: string, orders: number, revenue: number, adSpend: number, leads: number): FixtureDay[] {
  return Array.from(
    { length: 7 },
    (_, i) => [addDays(monday, i), orders, revenue, adSpend, leads] as FixtureDay,
  );
}

/** Four shops: the PRODUCT.md example, a steady one with a goal, one with a gap, one with nothing that week. */
async function seedShops() {
  const example = await createOwnerWithShop(db, { shopName: 'Example' });
  await insertDays(db, example.shop.id, [
    ...week('2026-11-09', 15, 8_500_000, 2_000_000, 85),
    ...week('2026-11-16', 8, 4_000_000, 2_500_000, 90),
  ]);
  const steady = await createOwnerWithShop(db, { shopName: 'Steady' });
  await insertDays(db, steady.shop.id, [
    ...week('2026-10-19', 10, 5_000_000, 1_000_000, 40),
    ...week('2026-10-26', 10, 5_000_000, 1_500_000, 40),
    ...week('2026-11-02', 10, 5_000_000, 1_000_000, 40),
    ...week('2026-11-09', 10, 5_000_000, 1_000_000, 40),
    ...week('2026-11-16', 10, 5_000_000, 1_600_000, 40),
  ]);
  await upsertMonthlyGoal(db, steady.shop.id, {
    month: '2026-11',
    revenueTarget: 200_000_000,
    profitTarget: 60_000_000,
  });
  const gappy = await createOwnerWithShop(db, { shopName: 'Gappy' });
  await insertDays(db, gappy.shop.id, week('2026-11-16', 5, 2_000_000, 500_000, 30).slice(2));
  const idle = await createOwnerWithShop(db, { shopName: 'Idle' });
  await insertDays(db, idle.shop.id, week('2026-11-02', 5, 2_000_000, 500_000, 30));
  return { example, steady, gappy, idle };
}

const comparable = async () =>
  (await db.select().from(weeklyDiagnostics))
    .map(({ id, createdAt, updatedAt, ...rest }) => rest)
    .sort((a, b) => a.shopId.localeCompare(b.shopId));

const comparableItems = async () =>
  (await db.select().from(actionItems))
    .map((i) => [i.shopId, i.issueCode, i.templateKey, i.text, i.position, i.status])
    .sort((a, b) => String(a).localeCompare(String(b)));

describe('diagnoseWeekForShops', () => {
  it('stores exactly what the one-shop path stores, for every shop with records that week', async () => {
    const shops = await seedShops();
    const result = await diagnoseWeekForShops(
      db,
      '2026-W47',
      await listShopsForWeeklyDiagnosis(db),
      translator,
      'vi',
    );
    expect(result.diagnosed).toBe(3);
    const batch = { diagnostics: await comparable(), items: await comparableItems() };
    expect(batch.diagnostics.map((d) => d.shopId)).not.toContain(shops.idle.shop.id);

    await db.delete(weeklyDiagnostics);
    for (const { settings } of await listShopsForScheduling(db)) {
      await diagnoseAndStoreWeek(db, settings, '2026-W47', 'vi', translator.forLocale('vi'));
    }
    expect(await comparable()).toEqual(batch.diagnostics);
    expect(await comparableItems()).toEqual(batch.items);
    expect(result.itemsCreated).toBe(batch.items.length);

    const steady = batch.diagnostics.find((d) => d.shopId === shops.steady.shop.id)!;
    expect(steady.issues.map((i) => i.code)).toContain('goal-revenue-off-pace');
  });

  it('keeps ids and answers when run again after an edit', async () => {
    const shops = await seedShops();
    const all = await listShopsForWeeklyDiagnosis(db);
    await diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi');
    const [first] = (await db.select().from(actionItems)).filter((i) => i.shopId === shops.example.shop.id);
    await setActionItemStatus(db, shops.example.shop.id, first!.id, 'accepted');
    await insertDays(db, shops.gappy.shop.id, [['2026-11-16', 5, 2_000_000, 500_000, 30]]);
    await diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi');
    const after = await db.select().from(actionItems);
    expect(after.find((i) => i.id === first!.id)?.status).toBe('accepted');
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(3);
    const gappy = (await db.select().from(weeklyDiagnostics)).find((d) => d.shopId === shops.gappy.shop.id)!;
    expect(gappy.daysRecorded).toBe(6);
  });
});

describe('diagnoseWeekForShops with earlier weeks stored', () => {
  it('reads the older weeks from their stored diagnoses and still stores what the one-shop path stores', async () => {
    const shops = await seedShops();
    const all = await listShopsForWeeklyDiagnosis(db);
    for (const week of ['2026-W44', '2026-W45', '2026-W46']) {
      await diagnoseWeekForShops(db, week, all, translator, 'vi');
    }
    await diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi');
    const batch = (await comparable()).filter((d) => d.isoWeek === '2026-W47');
    const steady = batch.find((d) => d.shopId === shops.steady.shop.id)!;
    // Steady's CPL jumps to 40.000 ₫ against a median of 25.000 ₫ over the four weeks before.
    expect(steady.issues.find((i) => i.code === 'cpl-spike')).toMatchObject({ actual: 40_000 });

    await db.delete(weeklyDiagnostics).where(eq(weeklyDiagnostics.isoWeek, '2026-W47'));
    for (const { settings } of await listShopsForScheduling(db)) {
      await diagnoseAndStoreWeek(db, settings, '2026-W47', 'vi', translator.forLocale('vi'));
    }
    expect((await comparable()).filter((d) => d.isoWeek === '2026-W47')).toEqual(batch);
  });

  it('takes the older weeks from their stored diagnoses, not from the days again', async () => {
    const shops = await seedShops();
    const all = await listShopsForWeeklyDiagnosis(db);
    for (const week of ['2026-W43', '2026-W44', '2026-W45']) {
      await diagnoseWeekForShops(db, week, all, translator, 'vi');
    }
    // What the stored weeks hold is what counts: W43 and W45 now say 60.000 ₫ a lead.
    await db
      .update(weeklyDiagnostics)
      .set({ adSpend: 16_800_000 })
      .where(
        and(
          eq(weeklyDiagnostics.shopId, shops.steady.shop.id),
          inArray(weeklyDiagnostics.isoWeek, ['2026-W43', '2026-W45']),
        ),
      );
    await diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi');
    const steady = (await comparable()).find(
      (d) => d.shopId === shops.steady.shop.id && d.isoWeek === '2026-W47',
    )!;
    // History 25.000 (W46), 60.000, 37.500, 60.000 → median 48.750 ₫: 40.000 ₫ is no spike.
    expect(steady.issues.map((i) => i.code)).not.toContain('cpl-spike');
  });

  it('sums the days of older weeks that were never diagnosed', async () => {
    const shops = await seedShops();
    const all = await listShopsForWeeklyDiagnosis(db);
    // Only W44 (37.500 ₫ a lead) is stored: W43 and W45 (25.000 ₫) must be summed from their days, or the
    // median of W46 and W44 alone would be 31.250 ₫.
    await diagnoseWeekForShops(db, '2026-W44', all, translator, 'vi');
    await diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi');
    const steady = (await comparable()).find(
      (d) => d.shopId === shops.steady.shop.id && d.isoWeek === '2026-W47',
    )!;
    expect(steady.issues.find((i) => i.code === 'cpl-spike')?.explanation.params).toMatchObject({
      medianCpl: 25_000,
    });
  });

  it('drops the stored diagnosis of a week whose days were all deleted', async () => {
    const shops = await seedShops();
    const [idle] = (await listShopsForScheduling(db)).filter((s) => s.shop.id === shops.idle.shop.id);
    const t = translator.forLocale('vi');
    await diagnoseAndStoreWeek(db, idle!.settings, '2026-W45', 'vi', t);
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(1);
    await db.delete(dailyRecords).where(eq(dailyRecords.shopId, shops.idle.shop.id));
    const again = await diagnoseAndStoreWeek(db, idle!.settings, '2026-W45', 'vi', t);
    expect(again.diagnostic).toBeNull();
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(0);
  });

  it('stores each week once when two runs race (two instances on one database)', async () => {
    await seedShops();
    const all = await listShopsForWeeklyDiagnosis(db);
    const results = await Promise.all([
      diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi'),
      diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi'),
    ]);
    const items = await db.select().from(actionItems);
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(3);
    expect(new Set(items.map((i) => `${i.diagnosticId}|${i.issueCode}|${i.templateKey}`)).size).toBe(
      items.length,
    );
    expect(results[0]!.itemsCreated + results[1]!.itemsCreated).toBe(items.length);
  });
});

describe('loadOrDiagnoseWeek (what a weekly push shows)', () => {
  it('uses the stored diagnosis as it is while its sums match the days, and diagnoses again once they do not', async () => {
    const shops = await seedShops();
    const all = await listShopsForWeeklyDiagnosis(db);
    await diagnoseWeekForShops(db, '2026-W47', all, translator, 'vi');
    const [example] = (await listShopsForScheduling(db)).filter((s) => s.shop.id === shops.example.shop.id);
    const t = translator.forLocale('vi');
    const [before] = await db
      .select()
      .from(weeklyDiagnostics)
      .where(eq(weeklyDiagnostics.shopId, shops.example.shop.id));
    const stored = await loadOrDiagnoseWeek(db, example!.settings, '2026-W47', 'vi', t);
    expect(stored.diagnostic).toEqual(before);
    expect(stored.items.map((i) => i.position)).toEqual(stored.items.map((_, i) => i));
    expect(stored.report.diagnosis?.issues.map((i) => i.code)).toEqual(before!.issues.map((i) => i.code));

    // A day changed without the diagnosis following it (the process stopped in between).
    await db
      .update(dailyRecords)
      .set({ revenue: 5_000_000 })
      .where(and(eq(dailyRecords.shopId, shops.example.shop.id), eq(dailyRecords.recordDate, '2026-11-22')));
    const again = await loadOrDiagnoseWeek(db, example!.settings, '2026-W47', 'vi', t);
    expect(again.diagnostic?.id).toBe(before!.id);
    expect(again.diagnostic?.revenue).toBe(before!.revenue + 1_000_000);
    expect(again.report.current.revenue).toBe(before!.revenue + 1_000_000);
  });
});

describe('bulk inserts', () => {
  it('carry any text through the array parameter unchanged', async () => {
    const { shop } = await createOwnerWithShop(db);
    const [diagnostic] = await upsertWeeklyDiagnostics(db, [
      {
        shopId: shop.id,
        isoWeek: '2026-W47',
        weekStart: '2026-11-16',
        weekEnd: '2026-11-22',
        revenue: 1,
        orders: 1,
        leads: 1,
        adSpend: 1,
        cogs: 0,
        netProfit: 0,
        aov: null,
        cpl: 1,
        cvr: 100,
        roas: 1,
        breakEvenRoas: null,
        daysRecorded: 7,
        issues: [],
        profitBreakdown: null,
      },
    ]);
    const tricky = 'Nói "chào", {ok} \\ NULL, xong';
    await insertActionItems(db, [
      {
        diagnosticId: diagnostic!.id,
        shopId: shop.id,
        issueCode: 'x',
        templateKey: 'y',
        params: { quote: 'a"b', n: 1 },
        text: tricky,
        position: 0,
      },
    ]);
    const [item] = await db.select().from(actionItems);
    expect(item).toMatchObject({ text: tricky, params: { quote: 'a"b', n: 1 }, status: 'pending' });
    const [stored] = await db.select().from(weeklyDiagnostics);
    expect(stored).toMatchObject({ aov: null, cvr: 100, breakEvenRoas: null, profitBreakdown: null });
  });
});
