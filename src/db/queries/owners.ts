import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedStatement } from '../prepared.js';
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
  const query = preparedStatement(db, 'load_owner_by_external_id', () =>
    db
      .select({ user: users, shop: shops, settings: shopSettings })
      .from(users)
      .leftJoin(shops, eq(shops.ownerId, users.id))
      .leftJoin(shopSettings, eq(shopSettings.shopId, shops.id))
      .where(eq(users.externalId, sql.placeholder('externalId')))
      .orderBy(asc(shops.createdAt), asc(shops.id))
      .prepare('load_owner_by_external_id'),
  );
  const rows = await query.execute({ externalId });
  const first = rows[0];
  if (!first) return null;
  const owned = rows.flatMap(({ shop, settings }) => (shop && settings ? [{ ...shop, settings }] : []));
  const current = owned.find((s) => s.id === first.user.currentShopId) ?? owned[0] ?? null;
  return { user: first.user, shop: current };
}
