import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  deleteActionItemsByIds,
  insertActionItems,
  insertNewDiagnoses,
  listActionItemsOfDiagnostics,
  upsertWeeklyDiagnostics,
} from '../../../src/db/queries/weekly-batch.js';
import { actionItems, shops, weeklyDiagnostics } from '../../../src/db/schema/index.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop, diagnosedWeek } from '../fixtures.js';

const db = await useTestDatabase();

/** Texts an array literal would have to quote or escape. */
const AWKWARD_TEXTS = ['Nói "thật" đi', 'a\\b', '{x,y}', 'NULL', '', ' với khoảng trắng '];

describe('weekly batch queries (one array parameter per column)', () => {
  it('stores many diagnoses with their items, whatever characters the texts hold, and each week once', async () => {
    const a = (await createOwnerWithShop(db)).shop;
    const b = (await createOwnerWithShop(db, { shopName: 'Other' })).shop;
    const rows = [
      { shopId: a.id, ...diagnosedWeek() },
      { shopId: b.id, ...diagnosedWeek({ orders: 70_000_000, cvr: null, roas: 9_999.99 }) },
    ];
    const items = AWKWARD_TEXTS.map((text, position) => ({
      shopId: a.id,
      issueCode: 'cvr-below-min',
      templateKey: 'action-cvr-below-min-1',
      params: { cvr: 0.0889, note: text },
      text,
      position,
    }));

    expect(await insertNewDiagnoses(db, rows, items)).toEqual(new Set([a.id, b.id]));
    expect(await insertNewDiagnoses(db, rows, items)).toEqual(new Set());

    const stored = await db.select().from(actionItems).orderBy(asc(actionItems.position));
    expect(stored.map((i) => i.text)).toEqual(AWKWARD_TEXTS);
    expect(stored.map((i) => i.params.note)).toEqual(AWKWARD_TEXTS);
    const weeks = await db.select().from(weeklyDiagnostics).orderBy(asc(weeklyDiagnostics.orders));
    expect(weeks.map((w) => [w.orders, w.leads, w.cvr, w.roas])).toEqual([
      [105, 595, 17.65, 4.25],
      [70_000_000, 595, null, 9_999.99],
    ]);
  });

  it('rewrites stored weeks, and adds, lists and deletes items by many ids at once', async () => {
    const { shop } = await createOwnerWithShop(db);
    await insertNewDiagnoses(db, [{ shopId: shop.id, ...diagnosedWeek() }], []);
    const [week] = await upsertWeeklyDiagnostics(db, [{ shopId: shop.id, ...diagnosedWeek({ leads: 600 }) }]);
    expect((await db.select().from(weeklyDiagnostics))[0]).toMatchObject({ leads: 600, orders: 105 });

    const answeredAt = new Date('2026-11-30T02:00:00Z');
    await insertActionItems(
      db,
      AWKWARD_TEXTS.slice(0, 2).map((text, position) => ({
        diagnosticId: week!.id,
        shopId: shop.id,
        issueCode: 'cvr-below-min',
        templateKey: 'action-cvr-below-min-1',
        params: {},
        text,
        position,
        ...(position === 0 && { status: 'accepted' as const, statusChangedAt: answeredAt }),
      })),
    );
    const listed = await listActionItemsOfDiagnostics(db, [week!.id]);
    listed.sort((x, y) => x.position - y.position);
    expect(listed.map((i) => [i.text, i.status, i.statusChangedAt])).toEqual([
      [AWKWARD_TEXTS[0], 'accepted', answeredAt],
      [AWKWARD_TEXTS[1], 'pending', null],
    ]);
    await deleteActionItemsByIds(
      db,
      listed.map((i) => i.id),
    );
    expect(await db.select().from(actionItems)).toEqual([]);
  });

  it('skips the rows of a shop deleted meanwhile in each write, and stores the others', async () => {
    const kept = (await createOwnerWithShop(db, { shopName: 'Kept' })).shop;
    const gone = (await createOwnerWithShop(db, { shopName: 'Gone' })).shop;
    const item = (shopId: string) => ({
      shopId,
      issueCode: 'cvr-below-min',
      templateKey: 'action-cvr-below-min-1',
      params: {},
      text: 'x',
      position: 0,
    });
    const rows = [kept, gone].map((shop) => ({ shopId: shop.id, ...diagnosedWeek() }));
    await db.delete(shops).where(eq(shops.id, gone.id));

    expect(await insertNewDiagnoses(db, rows, [item(kept.id), item(gone.id)])).toEqual(new Set([kept.id]));
    const upserted = await upsertWeeklyDiagnostics(db, rows);
    expect(upserted.map((d) => d.shopId)).toEqual([kept.id]);
    // Items of the deleted shop, and of a diagnosis that no longer exists.
    await db.delete(actionItems);
    const diagnosticId = upserted[0]!.id;
    await insertActionItems(db, [
      { diagnosticId, ...item(kept.id) },
      { diagnosticId, ...item(gone.id) },
      { diagnosticId: randomUUID(), ...item(kept.id), position: 1 },
    ]);
    expect((await db.select().from(actionItems)).map((i) => [i.shopId, i.diagnosticId, i.position])).toEqual([
      [kept.id, diagnosticId, 0],
    ]);
    expect((await db.select().from(weeklyDiagnostics)).map((d) => d.shopId)).toEqual([kept.id]);
  });
});
