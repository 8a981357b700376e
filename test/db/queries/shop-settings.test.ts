import { describe, expect, it } from 'vitest';
import { getShopSettings, updateShopSettings } from '../../../src/db/queries/shop-settings.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('shop settings queries', () => {
  it('updates only the fields in the patch and refreshes updated_at', async () => {
    const { shop } = await createOwnerWithShop(db);
    const before = (await getShopSettings(db, shop.id))!;

    const after = await updateShopSettings(db, shop.id, {
      reminderTime: '20:30',
      maxCpl: 25_000,
      targetRoas: 2.5,
    });

    expect(after).toMatchObject({ reminderTime: '20:30', maxCpl: 25_000, targetRoas: 2.5, cogsRatio: 0.4 });
    expect(after!.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect(after!.createdAt).toEqual(before.createdAt);
  });

  it('clears a nullable threshold with null and ignores undefined', async () => {
    const { shop } = await createOwnerWithShop(db);
    await updateShopSettings(db, shop.id, { maxCpl: 25_000 });
    const after = await updateShopSettings(db, shop.id, { maxCpl: null, minCvr: undefined });
    expect(after).toMatchObject({ maxCpl: null, minCvr: 0.1 });
  });

  it('returns the settings unchanged for an empty patch, and null for an unknown shop', async () => {
    const { shop } = await createOwnerWithShop(db);
    expect(await updateShopSettings(db, shop.id, {})).toEqual(await getShopSettings(db, shop.id));
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await updateShopSettings(db, unknown, { reminderTime: '20:00' })).toBeNull();
    expect(await getShopSettings(db, unknown)).toBeNull();
  });
});
