import { eq } from 'drizzle-orm';
import type { DiagnosisSettings } from '../../domain/diagnosis-rules.js';
import type { Database } from '../client.js';
import { type NewShopSettings, type ShopSettings, shopSettings } from '../schema/index.js';

/** The settings a week's report reads: its costs and the thresholds of the weekly rules. */
export type WeekReportSettings = Pick<
  ShopSettings,
  | 'shopId'
  | 'cogsRatio'
  | 'paymentFeeRatio'
  | 'shippingCostPerOrder'
  | 'monthlyFixedCost'
  | 'targetRoas'
  | 'codReturnRate'
> &
  DiagnosisSettings;

/** Every editable setting; the keys are the `ShopSettings` fields. */
export type ShopSettingsPatch = Partial<Omit<NewShopSettings, 'id' | 'shopId' | 'createdAt' | 'updatedAt'>>;

export async function getShopSettings(db: Database, shopId: string): Promise<ShopSettings | null> {
  const [settings] = await db.select().from(shopSettings).where(eq(shopSettings.shopId, shopId)).limit(1);
  return settings ?? null;
}

const FIXED_KEYS = new Set(['id', 'shopId', 'createdAt', 'updatedAt']);

/**
 * Applies `patch` to the shop's settings and returns them; null when the shop has no settings row.
 * Values are validated by the caller; a value breaking a CHECK constraint (a ratio above 1…) throws.
 */
export async function updateShopSettings(
  db: Database,
  shopId: string,
  patch: ShopSettingsPatch,
): Promise<ShopSettings | null> {
  // Drop undefined keys (an empty SET is an error) and keys a patch must never change.
  const values = Object.fromEntries(
    Object.entries(patch).filter(([key, value]) => value !== undefined && !FIXED_KEYS.has(key)),
  ) as ShopSettingsPatch;
  if (Object.keys(values).length === 0) return getShopSettings(db, shopId);
  const [settings] = await db
    .update(shopSettings)
    .set(values)
    .where(eq(shopSettings.shopId, shopId))
    .returning();
  return settings ?? null;
}
