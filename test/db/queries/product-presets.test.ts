import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createProductPreset,
  deleteProductPreset,
  getProductPreset,
  listProductPresets,
  updateProductPreset,
} from '../../../src/db/queries/product-presets.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('product preset queries', () => {
  it('creates, lists by name, updates and deletes presets of one shop', async () => {
    const { shop } = await createOwnerWithShop(db);
    const roses = await createProductPreset(db, shop.id, {
      name: 'Hồng đỏ',
      sellPrice: 500_000,
      cogs: 200_000,
    });
    await createProductPreset(db, shop.id, { name: 'Cúc', sellPrice: 250_000, cogs: 90_000 });

    expect((await listProductPresets(db, shop.id)).map((p) => p.name)).toEqual(['Cúc', 'Hồng đỏ']);
    expect(await updateProductPreset(db, shop.id, roses!.id, { cogs: 210_000 })).toMatchObject({
      name: 'Hồng đỏ',
      sellPrice: 500_000,
      cogs: 210_000,
    });
    expect(await deleteProductPreset(db, shop.id, roses!.id)).toBe(true);
    expect(await getProductPreset(db, shop.id, roses!.id)).toBeNull();
  });

  it('returns null for a duplicate name in the same shop, not in another shop', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const values = { name: 'Áo thun', sellPrice: 180_000, cogs: 70_000 };
    expect(await createProductPreset(db, mai.shop.id, values)).not.toBeNull();
    expect(await createProductPreset(db, mai.shop.id, values)).toBeNull();
    expect(await createProductPreset(db, lan.shop.id, values)).not.toBeNull();
  });

  it("does not touch another shop's preset", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const preset = await createProductPreset(db, mai.shop.id, { name: 'A', sellPrice: 1, cogs: 1 });
    expect(await getProductPreset(db, lan.shop.id, preset!.id)).toBeNull();
    expect(await updateProductPreset(db, lan.shop.id, preset!.id, { cogs: 0 })).toBeNull();
    expect(await deleteProductPreset(db, lan.shop.id, preset!.id)).toBe(false);
  });
});
