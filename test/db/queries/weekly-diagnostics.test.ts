import { describe, expect, it } from 'vitest';
import {
  getWeeklyDiagnostic,
  recordDiagnosticResponse,
  type WeeklyDiagnosticValues,
} from '../../../src/db/queries/weekly-diagnostics.js';
import { useTestDatabase } from '../../support/test-db.js';
import { storeWeeklyDiagnostic } from '../../support/weekly-diagnostic-fixtures.js';
import { createOwnerWithShop, diagnosedLastWeek } from '../fixtures.js';

const db = await useTestDatabase();

/** "Last week" of the docs/product.md worked example. */
const lastWeek: WeeklyDiagnosticValues = diagnosedLastWeek();

describe('weekly diagnostic queries', () => {
  it('stores a week with its totals, metrics and JSONB parts', async () => {
    const { shop } = await createOwnerWithShop(db);
    await storeWeeklyDiagnostic(db, shop.id, lastWeek);
    expect(await getWeeklyDiagnostic(db, shop.id, '2026-W47')).toMatchObject({
      ...lastWeek,
      userResponses: {},
    });
  });

  it('recomputes a week in place and keeps the answers already given', async () => {
    const { shop } = await createOwnerWithShop(db);
    const first = await storeWeeklyDiagnostic(db, shop.id, lastWeek);
    const answer = { status: 'accepted' as const, at: '2026-11-24T01:00:00.000Z' };
    expect(
      await recordDiagnosticResponse(db, shop.id, first.id, 'roas-below-break-even:cut-spend', answer),
    ).toBe(true);
    await recordDiagnosticResponse(db, shop.id, first.id, 'net-profit-negative:review-costs', {
      status: 'done',
      at: '2026-11-24T02:00:00.000Z',
    });

    const again = await storeWeeklyDiagnostic(db, shop.id, { ...lastWeek, revenue: 30_000_000, issues: [] });

    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ revenue: 30_000_000, issues: [] });
    expect(again.userResponses).toEqual({
      'roas-below-break-even:cut-spend': answer,
      'net-profit-negative:review-costs': { status: 'done', at: '2026-11-24T02:00:00.000Z' },
    });
  });

  it("keeps shops' weeks apart", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    await storeWeeklyDiagnostic(db, mai.shop.id, lastWeek);
    await storeWeeklyDiagnostic(db, mai.shop.id, {
      ...lastWeek,
      isoWeek: '2026-W46',
      weekStart: '2026-11-09',
      weekEnd: '2026-11-15',
    });

    expect(await getWeeklyDiagnostic(db, lan.shop.id, '2026-W47')).toBeNull();
    expect((await getWeeklyDiagnostic(db, mai.shop.id, '2026-W46'))?.weekStart).toBe('2026-11-09');
    const mine = await getWeeklyDiagnostic(db, mai.shop.id, '2026-W47');
    expect(await recordDiagnosticResponse(db, lan.shop.id, mine!.id, 'x:y', { status: 'done', at: '' })).toBe(
      false,
    );
  });
});
