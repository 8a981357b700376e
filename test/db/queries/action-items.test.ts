import { describe, expect, it } from 'vitest';
import {
  listActionItems,
  listOpenActionItems,
  setActionItemStatus,
} from '../../../src/db/queries/action-items.js';
import { insertActionItems } from '../../../src/db/queries/weekly-batch.js';
import { getWeeklyDiagnostic } from '../../../src/db/queries/weekly-diagnostics.js';
import { useTestDatabase } from '../../support/test-db.js';
import { storeWeeklyDiagnostic } from '../../support/weekly-diagnostic-fixtures.js';
import { createOwnerWithShop, diagnosedLastWeek } from '../fixtures.js';

const db = await useTestDatabase();

const week = diagnosedLastWeek();

const cutSpend = {
  issueCode: 'roas-below-break-even',
  templateKey: 'cut-spend',
  text: 'Giảm 20 % ngân sách',
};
const reviewCosts = {
  issueCode: 'net-profit-negative',
  templateKey: 'review-costs',
  text: 'Xem lại chi phí',
};
/** The items of a diagnosis as a diagnosis stores them, in order. */
async function storeItems(
  shopId: string,
  diagnosticId: string,
  items: { issueCode: string; templateKey: string; text: string }[],
) {
  await insertActionItems(
    db,
    items.map((item, position) => ({ ...item, diagnosticId, shopId, params: {}, position })),
  );
  return listActionItems(db, shopId, diagnosticId);
}

describe('action item queries', () => {
  it('creates items in order and records an answer on the item and the diagnosis', async () => {
    const { shop } = await createOwnerWithShop(db);
    const diagnostic = await storeWeeklyDiagnostic(db, shop.id, week);
    const items = await storeItems(shop.id, diagnostic.id, [cutSpend, reviewCosts]);
    expect(items.map((i) => [i.templateKey, i.position, i.status])).toEqual([
      ['cut-spend', 0, 'pending'],
      ['review-costs', 1, 'pending'],
    ]);

    const at = new Date('2026-11-24T01:00:00Z');
    const accepted = await setActionItemStatus(db, shop.id, items[0]!.id, 'accepted', at);

    expect(accepted).toMatchObject({ status: 'updated', item: { status: 'accepted', statusChangedAt: at } });
    expect((await getWeeklyDiagnostic(db, shop.id, '2026-W47'))?.userResponses).toEqual({
      'roas-below-break-even:cut-spend': { status: 'accepted', at: at.toISOString() },
    });
    expect(
      (await listOpenActionItems(db, shop.id)).map((i) => [i.templateKey, i.status, i.weekStart]),
    ).toEqual([
      ['cut-spend', 'accepted', week.weekStart],
      ['review-costs', 'pending', week.weekStart],
    ]);
  });

  it('changes a status only from the allowed states, and says when it did not', async () => {
    const { shop } = await createOwnerWithShop(db);
    const diagnostic = await storeWeeklyDiagnostic(db, shop.id, week);
    const [item] = await storeItems(shop.id, diagnostic.id, [cutSpend]);
    const dismissed = await setActionItemStatus(db, shop.id, item!.id, 'dismissed', new Date(), {
      from: ['pending'],
    });
    expect(dismissed.status).toBe('updated');
    const again = await setActionItemStatus(db, shop.id, item!.id, 'accepted', new Date(), {
      from: ['pending'],
    });
    expect(again).toMatchObject({ status: 'unchanged', item: { status: 'dismissed' } });
    expect((await getWeeklyDiagnostic(db, shop.id, '2026-W47'))?.userResponses).toMatchObject({
      'roas-below-break-even:cut-spend': { status: 'dismissed' },
    });
  });

  it("refuses another shop's diagnosis and items", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const diagnostic = await storeWeeklyDiagnostic(db, mai.shop.id, week);
    const [item] = await storeItems(mai.shop.id, diagnostic.id, [cutSpend]);

    expect(await setActionItemStatus(db, lan.shop.id, item!.id, 'done')).toEqual({ status: 'missing' });
    expect(await listActionItems(db, lan.shop.id, diagnostic.id)).toEqual([]);
    expect((await listActionItems(db, mai.shop.id, diagnostic.id)).map((i) => i.status)).toEqual(['pending']);
  });
});
