import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type DailyRecord, dailyRecords, type ShopSettings, shopSettings, shops } from '../schema/index.js';

/**
 * Locks, until the transaction ends, the shop's row (a day saved for it or the shop's delete waits on it),
 * its settings' row, and its days from `from` to `to` (inclusive), and returns the settings and those days,
 * oldest first. Null when the shop or its settings are gone. For a rewrite that must see what it showed.
 */
export async function lockShopDays(
  db: Database,
  shopId: string,
  range: { from: string; to: string },
): Promise<{ settings: ShopSettings; records: DailyRecord[] } | null> {
  const [shop] = await db.select({ id: shops.id }).from(shops).where(eq(shops.id, shopId)).for('update');
  if (!shop) return null;
  const [settings] = await db
    .select()
    .from(shopSettings)
    .where(eq(shopSettings.shopId, shopId))
    .for('update');
  if (!settings) return null;
  const records = await db
    .select()
    .from(dailyRecords)
    .where(
      and(
        eq(dailyRecords.shopId, shopId),
        gte(dailyRecords.recordDate, range.from),
        lte(dailyRecords.recordDate, range.to),
      ),
    )
    .orderBy(asc(dailyRecords.recordDate))
    .for('update');
  return { settings, records };
}
