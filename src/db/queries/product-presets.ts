import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type ProductPreset, productPresets } from '../schema/index.js';

export interface ProductPresetValues {
  name: string;
  /** VND per unit. */
  sellPrice: number;
  /** VND per unit. */
  cogs: number;
}

/** Creates a preset; null when the shop already has one with that name. */
export async function createProductPreset(
  db: Database,
  shopId: string,
  values: ProductPresetValues,
): Promise<ProductPreset | null> {
  const [preset] = await db
    .insert(productPresets)
    .values({ shopId, ...values })
    .onConflictDoNothing({ target: [productPresets.shopId, productPresets.name] })
    .returning();
  return preset ?? null;
}

/** The shop's presets by name. */
export async function listProductPresets(db: Database, shopId: string): Promise<ProductPreset[]> {
  return db
    .select()
    .from(productPresets)
    .where(eq(productPresets.shopId, shopId))
    .orderBy(asc(productPresets.name));
}

export async function getProductPreset(
  db: Database,
  shopId: string,
  presetId: string,
): Promise<ProductPreset | null> {
  const [preset] = await db
    .select()
    .from(productPresets)
    .where(and(eq(productPresets.shopId, shopId), eq(productPresets.id, presetId)))
    .limit(1);
  return preset ?? null;
}

/** Null when the preset is not the shop's. Throws on a duplicate name. */
export async function updateProductPreset(
  db: Database,
  shopId: string,
  presetId: string,
  patch: Partial<ProductPresetValues>,
): Promise<ProductPreset | null> {
  const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(values).length === 0) return getProductPreset(db, shopId, presetId);
  const [preset] = await db
    .update(productPresets)
    .set(values)
    .where(and(eq(productPresets.shopId, shopId), eq(productPresets.id, presetId)))
    .returning();
  return preset ?? null;
}

/** Days recorded with the preset keep their stored COGS; their `preset_id` becomes null. */
export async function deleteProductPreset(db: Database, shopId: string, presetId: string): Promise<boolean> {
  const rows = await db
    .delete(productPresets)
    .where(and(eq(productPresets.shopId, shopId), eq(productPresets.id, presetId)))
    .returning({ id: productPresets.id });
  return rows.length > 0;
}
