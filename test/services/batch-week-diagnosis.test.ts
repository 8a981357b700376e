import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setActionItemStatus } from '../../src/db/queries/action-items.js';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { listShopsForScheduling } from '../../src/db/queries/shops.js';
import { insertActionItems, upsertWeeklyDiagnostics } from '../../src/db/queries/weekly-batch.js';
import { actionItems, dailyRecords, shops, weeklyDiagnostics } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/local-date.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { diagnoseWeeks } from '../../src/services/batch-week-diagnosis.js';
import { diagnoseAndStoreWeek, loadOrDiagnoseWeek } from '../../src/services/week-diagnosis.js';
import { computeFinishedWeek } from '../../src/services/weekly-report.js';
import { createOwnerWithShop } from '../db/fixtures.js';
import { beforeFirstStatement } from '../db/statement-hook.js';
import { type FixtureDay, insertDays } from '../support/record-fixtures.js';
import { useTestDatabase } from '../support/test-db.js';

const db = await useTestDatabase();

const translator = createTranslator('vi');
const vi = { locale: 'vi' as const, t: translator.forLocale('vi') };

// The shops go in as the scheduler hands them to the batch: each due weekly push's `job.shop`, from
// listShopsForScheduling (src/jobs/job-scheduler.ts, tick → diagnoseWeeks).

function week(monday: string, orders: number, revenue: number, adSpend: number, leads: number): FixtureDay[] {
  return Array.from(
    { length: 7 },
    (_, i) => [addDays(monday, i), orders, revenue, adSpend, leads] as FixtureDay,
  );
}

/** Four shops: the docs/product.md example, a steady one with a goal, one with a gap, one with nothing that week. */
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

const itemShopsOf = async () => [...new Set((await db.select().from(actionItems)).map((i) => i.shopId))];

const comparableItems = async () =>
  (await db.select().from(actionItems))
    .map((i) => [i.shopId, i.issueCode, i.templateKey, i.text, i.position, i.status])
    .sort((a, b) => String(a).localeCompare(String(b)));

/** The batch of week W47 over the shops the scheduler lists, as a Monday tick runs it. */
async function diagnoseW47OfEveryShop() {
  return diagnoseWeeks(db, '2026-W47', await listShopsForScheduling(db), translator, 'vi');
}

describe('diagnoseWeeks', () => {
  it('stores the numbers and issues of the docs/product.md example week, worked by hand', async () => {
    const { example } = await seedShops();
    const result = await diagnoseW47OfEveryShop();
    // Example, Steady and Gappy have days in W47; Idle has none.
    expect(result.diagnosed).toBe(3);
    const [row] = await db
      .select()
      .from(weeklyDiagnostics)
      .where(and(eq(weeklyDiagnostics.shopId, example.shop.id), eq(weeklyDiagnostics.isoWeek, '2026-W47')));
    // W47 (16–22/11): 7 days of 8 orders, 4.000.000 ₫, 2.500.000 ₫ of ads, 90 leads; COGS 40 %, no other cost.
    expect(row).toMatchObject({
      weekStart: '2026-11-16',
      weekEnd: '2026-11-22',
      orders: 56, // 7 × 8
      revenue: 28_000_000, // 7 × 4.000.000
      adSpend: 17_500_000, // 7 × 2.500.000
      leads: 630, // 7 × 90
      cogs: 11_200_000, // 40 % × 28.000.000
      netProfit: -700_000, // 28.000.000 − 11.200.000 − 17.500.000
      aov: 500_000, // 28.000.000 / 56
      cpl: 27_778, // 17.500.000 / 630 = 27.777,8
      cvr: 8.89, // 56 / 630 = 8,888… %
      roas: 1.6, // 28.000.000 / 17.500.000
      breakEvenRoas: 1.67, // 1 / (1 − 0,4) = 1,666…
      daysRecorded: 7,
    });
    // W46 (9–15/11): 7 × (15 orders, 8.500.000 ₫, 2.000.000 ₫, 85 leads) = 105 orders, 59.500.000 ₫ revenue,
    // 14.000.000 ₫ of ads, ROAS 4,25, net profit 59.500.000 − 23.800.000 − 14.000.000 = 21.700.000 ₫.
    const issues = Object.fromEntries(row!.issues.map((i) => [i.code, i]));
    expect(row!.issues.map((i) => i.code)).toEqual([
      'roas-below-break-even', // 1,6 < 1,667: critical
      'net-profit-negative', // −700.000 < 0: critical
      'cvr-below-min', // 8,89 % < 10 %
      'revenue-down', // 28.000.000 < 80 % of 59.500.000 = 47.600.000
      'spend-up-orders-flat', // ads 17.500.000 > 115 % of 14.000.000 = 16.100.000, orders 105 → 56
    ]);
    expect(issues['roas-below-break-even']).toMatchObject({ severity: 'critical', actual: 1.6 });
    expect(issues['roas-below-break-even']!.wowDelta).toBeCloseTo(1.6 / 4.25 - 1, 10); // −62,4 %
    expect(issues['net-profit-negative']).toMatchObject({
      severity: 'critical',
      actual: -700_000,
      threshold: 0,
    });
    expect(issues['cvr-below-min']).toMatchObject({ severity: 'warning', threshold: 0.1 });
    expect(issues['cvr-below-min']!.actual).toBeCloseTo(56 / 630, 12);
    expect(issues['revenue-down']).toMatchObject({ actual: 28_000_000, threshold: 47_600_000 });
    expect(issues['revenue-down']!.wowDelta).toBeCloseTo(28 / 59.5 - 1, 12); // −52,9 %
    expect(issues['spend-up-orders-flat']).toMatchObject({ wowDelta: 0.25, threshold: 16_100_000 });
    // Profit moved −700.000 − 21.700.000 = −22.400.000 ₫; the causes add up to it, CVR (17,65 % → 8,89 %)
    // the largest, about three quarters.
    const breakdown = row!.profitBreakdown!;
    expect(breakdown.change).toBe(-22_400_000);
    const split = breakdown.parts as Record<string, number>;
    const parts = Object.values(split);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(-22_400_000, 0);
    expect(split.cvr! / -22_400_000).toBeGreaterThan(0.7);
    expect(split.cvr! / -22_400_000).toBeLessThan(0.8);
    expect(split.margin).toBe(0); // the COGS ratio did not change
  });

  it('stores exactly what the one-shop path stores, for every shop with records that week', async () => {
    const shops = await seedShops();
    const result = await diagnoseW47OfEveryShop();
    expect(result.diagnosed).toBe(3);
    const batch = { diagnostics: await comparable(), items: await comparableItems() };
    expect(batch.diagnostics.map((d) => d.shopId)).not.toContain(shops.idle.shop.id);

    await db.delete(weeklyDiagnostics);
    for (const { settings } of await listShopsForScheduling(db)) {
      await diagnoseAndStoreWeek(db, settings, '2026-W47', vi);
    }
    expect(await comparable()).toEqual(batch.diagnostics);
    expect(await comparableItems()).toEqual(batch.items);
    expect(result.itemsCreated).toBe(batch.items.length);

    const steady = batch.diagnostics.find((d) => d.shopId === shops.steady.shop.id)!;
    expect(steady.issues.map((i) => i.code)).toContain('goal-revenue-off-pace');
  });

  it('takes into a week the open items of an older week asking the same, creating none twice', async () => {
    const example = await createOwnerWithShop(db, { shopName: 'Twice' });
    // W46 and W47 alike (7 × 8 orders, 4tr, 2tr5 of ads, 90 leads): the same ROAS, loss and CVR issues.
    await insertDays(db, example.shop.id, [
      ...week('2026-11-09', 8, 4_000_000, 2_500_000, 90),
      ...week('2026-11-16', 8, 4_000_000, 2_500_000, 90),
    ]);
    const all = await listShopsForScheduling(db);
    const w46 = await diagnoseWeeks(db, '2026-W46', all, translator, 'vi');
    const before = await db.select().from(actionItems);
    // ROAS 3 (pause, break-even CPL, order value), loss 2, CVR 3.
    expect(w46.itemsCreated).toBe(8);
    expect(before).toHaveLength(8);
    const w47 = await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    expect(w47).toMatchObject({ diagnosed: 1, itemsCreated: 0 });
    const after = await db.select().from(actionItems);
    const [w47Row] = await db
      .select()
      .from(weeklyDiagnostics)
      .where(eq(weeklyDiagnostics.isoWeek, '2026-W47'));
    // The same eight items, now W47's, in W47's order.
    expect(after.map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
    expect(after.every((i) => i.diagnosticId === w47Row!.id)).toBe(true);
    expect(after.map((i) => i.position).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // W46 diagnosed again after an edit does not take them back, nor ask them a second time.
    await diagnoseWeeks(db, '2026-W46', all, translator, 'vi');
    expect((await db.select().from(actionItems)).map((i) => i.diagnosticId)).toEqual(
      after.map(() => w47Row!.id),
    );
  });

  it('keeps ids and answers when run again after an edit', async () => {
    const shops = await seedShops();
    const all = await listShopsForScheduling(db);
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    const [first] = (await db.select().from(actionItems)).filter((i) => i.shopId === shops.example.shop.id);
    await setActionItemStatus(db, shops.example.shop.id, first!.id, 'accepted');
    await insertDays(db, shops.gappy.shop.id, [['2026-11-16', 5, 2_000_000, 500_000, 30]]);
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    const after = await db.select().from(actionItems);
    expect(after.find((i) => i.id === first!.id)?.status).toBe('accepted');
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(3);
    const gappy = (await db.select().from(weeklyDiagnostics)).find((d) => d.shopId === shops.gappy.shop.id)!;
    expect(gappy.daysRecorded).toBe(6);
  });
});

describe('diagnoseWeeks with earlier weeks stored', () => {
  it('reads the older weeks from their stored diagnoses and still stores what the one-shop path stores', async () => {
    const shops = await seedShops();
    const all = await listShopsForScheduling(db);
    for (const week of ['2026-W44', '2026-W45', '2026-W46']) {
      await diagnoseWeeks(db, week, all, translator, 'vi');
    }
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    const batch = (await comparable()).filter((d) => d.isoWeek === '2026-W47');
    const steady = batch.find((d) => d.shopId === shops.steady.shop.id)!;
    // Steady's CPL jumps to 40.000 ₫ against a median of 25.000 ₫ over the four weeks before.
    expect(steady.issues.find((i) => i.code === 'cpl-spike')).toMatchObject({ actual: 40_000 });

    await db.delete(weeklyDiagnostics).where(eq(weeklyDiagnostics.isoWeek, '2026-W47'));
    for (const { settings } of await listShopsForScheduling(db)) {
      await diagnoseAndStoreWeek(db, settings, '2026-W47', vi);
    }
    expect((await comparable()).filter((d) => d.isoWeek === '2026-W47')).toEqual(batch);
  });

  it('takes the older weeks from their stored diagnoses, not from the days again', async () => {
    const shops = await seedShops();
    const all = await listShopsForScheduling(db);
    for (const week of ['2026-W43', '2026-W44', '2026-W45']) {
      await diagnoseWeeks(db, week, all, translator, 'vi');
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
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    const steady = (await comparable()).find(
      (d) => d.shopId === shops.steady.shop.id && d.isoWeek === '2026-W47',
    )!;
    // History 25.000 (W46), 60.000, 37.500, 60.000 → median 48.750 ₫: 40.000 ₫ is no spike.
    expect(steady.issues.map((i) => i.code)).not.toContain('cpl-spike');
  });

  it('sums the days of older weeks that were never diagnosed', async () => {
    const shops = await seedShops();
    const all = await listShopsForScheduling(db);
    // Only W44 (37.500 ₫ a lead) is stored: W43 and W45 (25.000 ₫) must be summed from their days, or the
    // median of W46 and W44 alone would be 31.250 ₫.
    await diagnoseWeeks(db, '2026-W44', all, translator, 'vi');
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
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
    await diagnoseAndStoreWeek(db, idle!.settings, '2026-W45', vi);
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(1);
    await db.delete(dailyRecords).where(eq(dailyRecords.shopId, shops.idle.shop.id));
    const again = await diagnoseAndStoreWeek(db, idle!.settings, '2026-W45', vi);
    expect(again.diagnostic).toBeNull();
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(0);
  });

  // The one-shop path removed such a week and the batch used to keep it: diagnoseWeeks removes it for
  // one shop and for many.
  it('removes, in a batch of many shops, the stored week of a shop whose days of it were all deleted', async () => {
    const shops = await seedShops();
    const all = await listShopsForScheduling(db);
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    await db.delete(dailyRecords).where(eq(dailyRecords.shopId, shops.gappy.shop.id));
    const result = await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    // Example and Steady are stored again; Gappy has no day left and Idle never had one in W47.
    expect(result).toMatchObject({ diagnosed: 2, gone: 0, empty: 2 });
    expect((await comparable()).map((d) => d.shopId).sort()).toEqual(
      [shops.example.shop.id, shops.steady.shop.id].sort(),
    );
    expect(await itemShopsOf()).not.toContain(shops.gappy.shop.id);
  });

  it('stores each week once when two runs race (two instances on one database)', async () => {
    await seedShops();
    const all = await listShopsForScheduling(db);
    const results = await Promise.all([
      diagnoseWeeks(db, '2026-W47', all, translator, 'vi'),
      diagnoseWeeks(db, '2026-W47', all, translator, 'vi'),
    ]);
    const items = await db.select().from(actionItems);
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(3);
    expect(new Set(items.map((i) => `${i.diagnosticId}|${i.issueCode}|${i.templateKey}`)).size).toBe(
      items.length,
    );
    expect(results[0]!.itemsCreated + results[1]!.itemsCreated).toBe(items.length);
  });
});

describe('a shop deleted while the batch runs', () => {
  const deleteShop = (shopId: string) => () => db.delete(shops).where(eq(shops.id, shopId));
  const storedShops = async () => (await comparable()).map((d) => d.shopId).sort();
  const itemShops = async () =>
    [...new Set((await db.select().from(actionItems)).map((i) => i.shopId))].sort();

  it('is skipped after its week was read, and the others are stored by the batch', async () => {
    const { example, steady, gappy } = await seedShops();
    const all = await listShopsForScheduling(db);
    // Deleted once the chunk's weeks are read and computed, just before the chunk is stored.
    const hooked = beforeFirstStatement(db, /insert into weekly_diagnostics/, deleteShop(example.shop.id));
    const result = await diagnoseWeeks(hooked.db, '2026-W47', all, translator, 'vi');
    expect(hooked.fired()).toBe(true);
    // Example, Steady and Gappy had days in W47: Example's week is computed, then not stored.
    expect(result).toMatchObject({ diagnosed: 2, gone: 1 });
    const expected = [steady.shop.id, gappy.shop.id].sort();
    expect(await storedShops()).toEqual(expected);
    expect(await itemShops()).toEqual(expected);
    expect(result.itemsCreated).toBe((await db.select().from(actionItems)).length);
  });

  // A week stored before is rewritten (answers kept) after the insert of new weeks skipped it.
  it.each([
    ['before the new weeks are inserted', /insert into weekly_diagnostics/],
    ['between the insert of new weeks and the rewrite of stored ones', /do update set/],
  ])('is skipped when its week was stored before and it is deleted %s', async (_, pattern) => {
    const { example, steady, gappy } = await seedShops();
    const all = await listShopsForScheduling(db);
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    const [answered] = (await db.select().from(actionItems)).filter((i) => i.shopId === steady.shop.id);
    await setActionItemStatus(db, steady.shop.id, answered!.id, 'accepted');
    await insertDays(db, gappy.shop.id, [['2026-11-16', 5, 2_000_000, 500_000, 30]]);

    const hooked = beforeFirstStatement(db, pattern, deleteShop(example.shop.id));
    const result = await diagnoseWeeks(hooked.db, '2026-W47', all, translator, 'vi');
    expect(hooked.fired()).toBe(true);
    expect(result).toMatchObject({ diagnosed: 2, gone: 1 });
    const expected = [steady.shop.id, gappy.shop.id].sort();
    expect(await storedShops()).toEqual(expected);
    expect(await itemShops()).not.toContain(example.shop.id);
    // Gappy's sixth day (16/11) is in; Steady's answer is kept.
    const gappyWeek = (await comparable()).find((d) => d.shopId === gappy.shop.id)!;
    expect(gappyWeek.daysRecorded).toBe(6);
    const items = await db.select().from(actionItems);
    expect(items.find((i) => i.id === answered!.id)?.status).toBe('accepted');
  });
});

describe('loadOrDiagnoseWeek (what a weekly push shows)', () => {
  it('draws the week from its stored row, as diagnosed, reading no day again', async () => {
    const shops = await seedShops();
    const all = await listShopsForScheduling(db);
    await diagnoseWeeks(db, '2026-W47', all, translator, 'vi');
    const [example] = all.filter((s) => s.shop.id === shops.example.shop.id);
    const [before] = await db
      .select()
      .from(weeklyDiagnostics)
      .where(eq(weeklyDiagnostics.shopId, shops.example.shop.id));
    const diagnosed = await computeFinishedWeek(db, example!.settings, '2026-W47');

    const hooked = beforeFirstStatement(db, /daily_records/, async () => undefined);
    const stored = await loadOrDiagnoseWeek(hooked.db, example!.settings, '2026-W47', vi);
    expect(hooked.fired()).toBe(false);
    expect(stored.diagnostic).toEqual(before);
    expect(stored.report).toEqual(diagnosed);
    // W46 → W47 of the example: net profit 21.700.000 → −700.000 ₫, the previous week's P&L kept with it.
    expect(stored.report.previous?.netProfit).toBe(21_700_000);
    expect(stored.report.decomposition?.total).toBe(-22_400_000);
    expect(stored.items.map((i) => i.position)).toEqual(stored.items.map((_, i) => i));
    expect(stored.report.diagnosis?.issues.map((i) => i.code)).toEqual(before!.issues.map((i) => i.code));
  });

  it('diagnoses and stores a week the batch did not store', async () => {
    const shops = await seedShops();
    const [example] = (await listShopsForScheduling(db)).filter((s) => s.shop.id === shops.example.shop.id);
    const stored = await loadOrDiagnoseWeek(db, example!.settings, '2026-W47', vi);
    expect(stored.diagnostic).toMatchObject({
      isoWeek: '2026-W47',
      revenue: 28_000_000,
      netProfit: -700_000,
    });
    expect(stored.items.length).toBeGreaterThan(0);
    expect(await db.select().from(weeklyDiagnostics)).toHaveLength(1);
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
