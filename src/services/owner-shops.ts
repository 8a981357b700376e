import type { Database } from '../db/client.js';
import { getShopSettings } from '../db/queries/shop-settings.js';
import {
  countShopDays,
  type DeletedShop,
  deleteShopOfOwner,
  getShopForOwner,
  listShopsForOwner,
  renameShop,
  type ShopToDelete,
} from '../db/queries/shops.js';
import { setCurrentShop } from '../db/queries/users.js';
import type { Shop, ShopSettings } from '../db/schema/index.js';

export type { DeletedShop, Shop, ShopToDelete };

/** The owner's shops, oldest first. */
export async function ownerShops(db: Database, ownerId: string): Promise<Shop[]> {
  return listShopsForOwner(db, ownerId);
}

/** The owner's shop; null when it is gone or someone else's. */
export async function ownerShop(db: Database, ownerId: string, shopId: string): Promise<Shop | null> {
  return getShopForOwner(db, ownerId, shopId);
}

/** The owner's shop with its settings; null when it is gone or someone else's. */
export async function ownerShopWithSettings(
  db: Database,
  ownerId: string,
  shopId: string,
): Promise<{ shop: Shop; settings: ShopSettings } | null> {
  const shop = await getShopForOwner(db, ownerId, shopId);
  const settings = shop && (await getShopSettings(db, shop.id));
  return shop && settings ? { shop, settings } : null;
}

/** How many days of numbers a shop holds (its delete confirmation names them). */
export async function shopDays(db: Database, shopId: string): Promise<number> {
  return countShopDays(db, shopId);
}

/** Makes the owner's shop the one in use; false (and nothing changes) unless they own it. */
export async function switchShop(db: Database, ownerId: string, shopId: string): Promise<boolean> {
  return setCurrentShop(db, ownerId, shopId);
}

/** Renames the owner's shop; the name before, or null when the shop is gone or someone else's. */
export async function renameOwnerShop(
  db: Database,
  ownerId: string,
  shopId: string,
  name: string,
): Promise<{ oldName: string } | null> {
  return renameShop(db, ownerId, shopId, name);
}

/**
 * Deletes the owner's shop if its name and day count are still those its confirmation showed (`shown`);
 * `changed` holds them as they are now otherwise; null when it is gone or someone else's.
 */
export async function deleteOwnerShop(
  db: Database,
  ownerId: string,
  shopId: string,
  shown: string,
): Promise<DeletedShop | { changed: ShopToDelete } | null> {
  return deleteShopOfOwner(db, ownerId, shopId, shown);
}
