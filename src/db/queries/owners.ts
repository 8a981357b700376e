import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type Shop, type ShopSettings, shopSettings, shops, type User, users } from '../schema/index.js';

export interface OwnerRecord {
  user: User;
  /** The shop in use: the user's current shop, else their oldest one; null before the first shop exists. */
  shop: (Shop & { settings: ShopSettings }) | null;
}

/**
 * Everything a chat update needs about its sender in one round trip: the user with each of their shops
 * and its settings (owners have a handful), and which shop is current.
 */
export async function loadOwnerByExternalId(db: Database, externalId: string): Promise<OwnerRecord | null> {
  const rows = await db
    .select({ user: users, shop: shops, settings: shopSettings })
    .from(users)
    .leftJoin(shops, eq(shops.ownerId, users.id))
    .leftJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .where(eq(users.externalId, externalId))
    .orderBy(asc(shops.createdAt), asc(shops.id));
  const first = rows[0];
  if (!first) return null;
  const owned = rows.flatMap(({ shop, settings }) => (shop && settings ? [{ ...shop, settings }] : []));
  const current = owned.find((s) => s.id === first.user.currentShopId) ?? owned[0] ?? null;
  return { user: first.user, shop: current };
}
