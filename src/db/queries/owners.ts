import { eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import type { Shop, ShopSettings, User } from '../schema/index.js';
import { users } from '../schema/index.js';

export interface OwnerRecord {
  user: User;
  /** The shop in use: the user's current shop, else their oldest one; null before the first shop exists. */
  shop: (Shop & { settings: ShopSettings }) | null;
}

/**
 * Everything a chat update needs about its sender in one round trip: the user, their shops with settings
 * (owners have a handful), and which one is current.
 */
export async function loadOwnerByExternalId(db: Database, externalId: string): Promise<OwnerRecord | null> {
  const row = await db.query.users.findFirst({
    where: eq(users.externalId, externalId),
    with: { shops: { with: { settings: true }, orderBy: (s, { asc }) => [asc(s.createdAt), asc(s.id)] } },
  });
  if (!row) return null;
  const { shops: owned, ...user } = row;
  const withSettings = owned.filter((s): s is typeof s & { settings: ShopSettings } => s.settings !== null);
  const current = withSettings.find((s) => s.id === user.currentShopId) ?? withSettings[0] ?? null;
  return { user, shop: current };
}
