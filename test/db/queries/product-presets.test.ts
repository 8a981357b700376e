import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  createProductPreset,
  deleteProductPresetAsShown,
  getProductPreset,
  listProductPresets,
  updateProductPreset,
} from '../../../src/db/queries/product-presets.js';
import { dailyRecords } from '../../../src/db/schema/index.js';
import { productVersion } from '../../../src/domain/shown-version.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop, exampleDay } from '../fixtures.js';

const db = await useTestDatabase();

const vayHoa = { name: 'Váy hoa', sellPrice: 350_000, cogs: 140_000 };
const aoThun = { name: 'Áo thun', sellPrice: 180_000, cogs: 70_000 };

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

  it('lists the shop’s presets by name and gets one only from its own shop', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const vay = await createProductPreset(db, mai.shop.id, vayHoa);
    await createProductPreset(db, mai.shop.id, aoThun);
    await createProductPreset(db, lan.shop.id, { name: 'Mũ', sellPrice: 90_000, cogs: 30_000 });
    await createProductPreset(db, mai.shop.id, { name: 'Quần jean', sellPrice: 400_000, cogs: 200_000 });
    // Names whose first letters sort alike under every collation (PGlite's and PostgreSQL's).
    const names = (await listProductPresets(db, mai.shop.id)).map((p) => p.name);
    expect(names.filter((n) => n !== 'Áo thun')).toEqual(['Quần jean', 'Váy hoa']);
    expect(names).toHaveLength(3);
    expect(await getProductPreset(db, mai.shop.id, vay!.id)).toMatchObject(vayHoa);
    expect(await getProductPreset(db, lan.shop.id, vay!.id)).toBeNull();
  });

  it('updates a preset of its own shop only, and never onto another preset’s name', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const vay = await createProductPreset(db, mai.shop.id, vayHoa);
    await createProductPreset(db, mai.shop.id, aoThun);
    expect(await updateProductPreset(db, mai.shop.id, vay!.id, { sellPrice: 380_000 })).toMatchObject({
      name: 'Váy hoa',
      sellPrice: 380_000,
      cogs: 140_000,
    });
    expect(await updateProductPreset(db, mai.shop.id, vay!.id, { name: 'Áo thun' })).toBeNull();
    expect(await updateProductPreset(db, mai.shop.id, vay!.id, { name: 'Váy hoa' })).not.toBeNull();
    expect(await updateProductPreset(db, lan.shop.id, vay!.id, { cogs: 1 })).toBeNull();
    expect(await getProductPreset(db, mai.shop.id, vay!.id)).toMatchObject({ cogs: 140_000 });
  });

  it('deletes a preset of its own shop only; a day that used it keeps its COGS and product lines', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const vay = await createProductPreset(db, mai.shop.id, vayHoa);
    const line = { presetId: vay!.id, name: 'Váy hoa', orders: 15, unitCogs: 140_000 };
    // 15 × 140.000 = 2.100.000; 8.500.000 − 2.100.000 − 2.000.000 = 4.400.000.
    await db.insert(dailyRecords).values({
      shopId: mai.shop.id,
      ...exampleDay('2026-11-20', { cogs: 2_100_000, netProfit: 4_400_000, presetId: vay!.id }),
      products: [line],
    });
    const shown = productVersion(vay!);
    expect(await deleteProductPresetAsShown(db, lan.shop.id, vay!.id, shown)).toBeNull();
    expect(await deleteProductPresetAsShown(db, mai.shop.id, vay!.id, shown)).toMatchObject({
      deleted: { id: vay!.id },
    });
    expect(await deleteProductPresetAsShown(db, mai.shop.id, vay!.id, shown)).toBeNull();
    expect(await listProductPresets(db, mai.shop.id)).toEqual([]);
    const [day] = await db.select().from(dailyRecords).where(eq(dailyRecords.shopId, mai.shop.id));
    expect(day).toMatchObject({ cogs: 2_100_000, netProfit: 4_400_000, presetId: null, products: [line] });
  });
});
