import { and, asc, eq, ne, notExists, type SQL } from 'drizzle-orm';
import { productVersion } from '../../domain/shown-version.js';
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

/** The shop's presets, by name. */
export async function listProductPresets(db: Database, shopId: string): Promise<ProductPreset[]> {
  return db
    .select()
    .from(productPresets)
    .where(eq(productPresets.shopId, shopId))
    .orderBy(asc(productPresets.name));
}

/** One preset of the shop; null when it is gone or belongs to another shop. */
export async function getProductPreset(
  db: Database,
  shopId: string,
  presetId: string,
): Promise<ProductPreset | null> {
  const [preset] = await db.select().from(productPresets).where(presetWhere(shopId, presetId)).limit(1);
  return preset ?? null;
}

/**
 * Changes a preset of the shop; null when it is gone, belongs to another shop, or the new name is already
 * another preset's.
 */
export async function updateProductPreset(
  db: Database,
  shopId: string,
  presetId: string,
  values: Partial<ProductPresetValues>,
): Promise<ProductPreset | null> {
  const sameName =
    values.name === undefined
      ? undefined
      : db
          .select({ id: productPresets.id })
          .from(productPresets)
          .where(
            and(
              eq(productPresets.shopId, shopId),
              eq(productPresets.name, values.name),
              ne(productPresets.id, presetId),
            ),
          );
  const [preset] = await db
    .update(productPresets)
    .set(values)
    .where(and(presetWhere(shopId, presetId), sameName ? notExists(sameName) : undefined))
    .returning();
  return preset ?? null;
}

/**
 * Deletes a preset of the shop; false when it is gone or another shop's. Days that used it keep their stored
 * COGS and product lines (their preset_id is set to null by the foreign key).
 */
/**
 * Deletes a preset of the shop only if its name, price and cost are still those its delete confirmation
 * showed (`shown`, a productVersion): the row is locked, compared and deleted in one transaction. Null when
 * it is gone or another shop's; `changed` with the preset as it is now when it was edited since.
 */
export async function deleteProductPresetAsShown(
  db: Database,
  shopId: string,
  presetId: string,
  shown: string,
): Promise<{ deleted: ProductPreset } | { changed: ProductPreset } | null> {
  return db.transaction(async (tx) => {
    const [preset] = await tx
      .select()
      .from(productPresets)
      .where(presetWhere(shopId, presetId))
      .for('update');
    if (!preset) return null;
    if (productVersion(preset) !== shown) return { changed: preset };
    await tx.delete(productPresets).where(presetWhere(shopId, presetId));
    return { deleted: preset };
  });
}

function presetWhere(shopId: string, presetId: string): SQL | undefined {
  return and(eq(productPresets.shopId, shopId), eq(productPresets.id, presetId));
}
