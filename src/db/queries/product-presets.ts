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
