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
import { sameName } from '../domain/same-name.js';

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

/**
 * The owner's shop (other than `exceptShopId`) whose name is the same as `name`, letter case and accents
 * aside; null when there is none. Two shops of one owner never share a name. Run in the update's
 * transaction: a chat's updates are handled one at a time, so no other write of the owner's comes between
 * this read and the write it guards.
 */
export async function shopWithSameName(
  db: Database,
  ownerId: string,
  name: string,
  exceptShopId?: string,
): Promise<Shop | null> {
  const shops = await listShopsForOwner(db, ownerId);
  return shops.find((shop) => shop.id !== exceptShopId && sameName(shop.name, name)) ?? null;
}

/**
 * Renames the owner's shop; the name before, `taken` with the name of another of the owner's shops that
 * already has this one (nothing changes), or null when the shop is gone or someone else's.
 */
export async function renameOwnerShop(
  db: Database,
  ownerId: string,
  shopId: string,
  name: string,
): Promise<{ oldName: string } | { taken: string } | null> {
  if (!(await getShopForOwner(db, ownerId, shopId))) return null;
  const same = await shopWithSameName(db, ownerId, name, shopId);
  if (same) return { taken: same.name };
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
