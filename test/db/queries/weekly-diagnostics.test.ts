import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  getWeeklyDiagnostic,
  listWeeklyDiagnostics,
  recordDiagnosticResponse,
  upsertWeeklyDiagnostic,
  type WeeklyDiagnosticValues,
} from '../../../src/db/queries/weekly-diagnostics.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

/** "Last week" of the docs/product.md worked example. */
const lastWeek: WeeklyDiagnosticValues = {
  isoWeek: '2026-W47',
  weekStart: '2026-11-16',
  weekEnd: '2026-11-22',
  revenue: 28_000_000,
  orders: 56,
  leads: 630,
  adSpend: 17_500_000,
  cogs: 11_200_000,
  netProfit: -700_000,
  aov: 500_000,
  cpl: 27_778,
  cvr: 8.89,
  roas: 1.6,
  breakEvenRoas: 1.67,
  daysRecorded: 7,
  issues: [
    {
      code: 'roas-below-break-even',
      severity: 'critical',
      metric: 'roas',
      actual: 1.6,
      threshold: 1.67,
      wowDelta: -0.62,
      explanation: { key: 'issue-roas-below-break-even', params: { roas: 1.6, breakEvenRoas: 1.67 } },
    },
  ],
  profitBreakdown: {
    change: -22_400_000,
    parts: { leads: 598_355, cvr: -17_155_795, aov: -3_240_436, margin: 0, cpl: -2_602_124 },
  },
};

describe('weekly diagnostic queries', () => {
  it('stores a week with its totals, metrics and JSONB parts', async () => {
    const { shop } = await createOwnerWithShop(db);
    const saved = await upsertWeeklyDiagnostic(db, shop.id, lastWeek);
    expect(saved).toMatchObject({ ...lastWeek, userResponses: {} });
    expect(await getWeeklyDiagnostic(db, shop.id, '2026-W47')).toEqual(saved);
  });

  it('recomputes a week in place and keeps the answers already given', async () => {
    const { shop } = await createOwnerWithShop(db);
    const first = await upsertWeeklyDiagnostic(db, shop.id, lastWeek);
    const answer = { status: 'accepted' as const, at: '2026-11-24T01:00:00.000Z' };
    expect(
      await recordDiagnosticResponse(db, shop.id, first.id, 'roas-below-break-even:cut-spend', answer),
    ).toBe(true);
    await recordDiagnosticResponse(db, shop.id, first.id, 'net-profit-negative:review-costs', {
      status: 'done',
      at: '2026-11-24T02:00:00.000Z',
    });

    const again = await upsertWeeklyDiagnostic(db, shop.id, { ...lastWeek, revenue: 30_000_000, issues: [] });

    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ revenue: 30_000_000, issues: [] });
    expect(again.userResponses).toEqual({
      'roas-below-break-even:cut-spend': answer,
      'net-profit-negative:review-costs': { status: 'done', at: '2026-11-24T02:00:00.000Z' },
    });
  });

  it("keeps shops' weeks apart and lists the latest first", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    await upsertWeeklyDiagnostic(db, mai.shop.id, lastWeek);
    await upsertWeeklyDiagnostic(db, mai.shop.id, {
      ...lastWeek,
      isoWeek: '2026-W46',
      weekStart: '2026-11-09',
      weekEnd: '2026-11-15',
    });

    expect(await getWeeklyDiagnostic(db, lan.shop.id, '2026-W47')).toBeNull();
    expect((await listWeeklyDiagnostics(db, mai.shop.id)).map((d) => d.isoWeek)).toEqual([
      '2026-W47',
      '2026-W46',
    ]);
    const mine = await getWeeklyDiagnostic(db, mai.shop.id, '2026-W47');
    expect(await recordDiagnosticResponse(db, lan.shop.id, mine!.id, 'x:y', { status: 'done', at: '' })).toBe(
      false,
    );
  });
});
