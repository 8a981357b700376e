import { describe, expect, it } from 'vitest';
import { createProductPreset } from '../../../src/db/queries/product-presets.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('product preset queries', () => {
  it('returns null for a duplicate name in the same shop, not in another shop', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const values = { name: 'Áo thun', sellPrice: 180_000, cogs: 70_000 };
    expect(await createProductPreset(db, mai.shop.id, values)).toMatchObject({
      shopId: mai.shop.id,
      ...values,
    });
    expect(await createProductPreset(db, mai.shop.id, values)).toBeNull();
    expect(await createProductPreset(db, lan.shop.id, values)).not.toBeNull();
  });
});
