import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type Shop, type ShopSettings, shopSettings, shops, users } from '../schema/index.js';

export interface CreateShopInput {
  ownerId: string;
  name: string;
  /** Fraction of revenue, 0..1 (0.4 = 40 %). */
  cogsRatio: number;
  /** IANA zone; the settings default (Asia/Ho_Chi_Minh) when omitted. */
  timeZone?: string;
}

export type ShopWithSettings = Shop & { settings: ShopSettings };

/**
 * Creates a shop with its default settings and makes it the owner's current shop, in one transaction:
 * either all three writes happen or none.
 */
export async function createShopWithSettings(db: Database, input: CreateShopInput): Promise<Shop> {
  return db.transaction(async (tx) => {
    const [shop] = await tx.insert(shops).values({ ownerId: input.ownerId, name: input.name }).returning();
    await tx.insert(shopSettings).values({
      shopId: shop!.id,
      cogsRatio: input.cogsRatio,
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    });
    await tx.update(users).set({ currentShopId: shop!.id }).where(eq(users.id, input.ownerId));
    return shop!;
  });
}

/** The owner's shops, oldest first. */
export async function listShopsForOwner(db: Database, ownerId: string): Promise<Shop[]> {
  return db
    .select()
    .from(shops)
    .where(eq(shops.ownerId, ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id));
}

/** The shop, or null when it does not exist or belongs to someone else. */
export async function getShopForOwner(db: Database, ownerId: string, shopId: string): Promise<Shop | null> {
  const [shop] = await db
    .select()
    .from(shops)
    .where(and(eq(shops.id, shopId), eq(shops.ownerId, ownerId)))
    .limit(1);
  return shop ?? null;
}

/**
 * The shop the user works in: `current_shop_id` if the user still owns it, else the user's oldest shop,
 * else null (onboarding not finished).
 */
export async function getCurrentShopForUser(db: Database, userId: string): Promise<Shop | null> {
  const [shop] = await db
    .select(getTableColumns(shops))
    .from(shops)
    .innerJoin(users, eq(users.id, shops.ownerId))
    .where(eq(users.id, userId))
    .orderBy(sql`(${shops.id} = ${users.currentShopId}) desc nulls last`, asc(shops.createdAt), asc(shops.id))
    .limit(1);
  return shop ?? null;
}

/** `getCurrentShopForUser` with the shop's settings, in one query. */
export async function getCurrentShopWithSettings(
  db: Database,
  userId: string,
): Promise<ShopWithSettings | null> {
  const [row] = await db
    .select({ shop: getTableColumns(shops), settings: getTableColumns(shopSettings) })
    .from(shops)
    .innerJoin(users, eq(users.id, shops.ownerId))
    .innerJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .where(eq(users.id, userId))
    .orderBy(sql`(${shops.id} = ${users.currentShopId}) desc nulls last`, asc(shops.createdAt), asc(shops.id))
    .limit(1);
  return row ? { ...row.shop, settings: row.settings } : null;
}

/** Renames a shop the owner owns; null when not owned. */
export async function renameShop(
  db: Database,
  ownerId: string,
  shopId: string,
  name: string,
): Promise<Shop | null> {
  const [shop] = await db
    .update(shops)
    .set({ name })
    .where(and(eq(shops.id, shopId), eq(shops.ownerId, ownerId)))
    .returning();
  return shop ?? null;
}

/** Deletes a shop the owner owns and, by cascade, all its data. Returns false when not owned. */
export async function deleteShopForOwner(db: Database, ownerId: string, shopId: string): Promise<boolean> {
  const rows = await db
    .delete(shops)
    .where(and(eq(shops.id, shopId), eq(shops.ownerId, ownerId)))
    .returning({ id: shops.id });
  return rows.length > 0;
}

export interface ScheduledShop {
  shop: Shop;
  settings: ShopSettings;
  owner: { id: string; externalId: string; language: string };
}

/**
 * Every shop with its settings and its owner's Telegram id and language, for the scheduler (reminders,
 * weekly pushes). Not scoped to one owner on purpose: only jobs call it.
 */
export async function listShopsForScheduling(db: Database): Promise<ScheduledShop[]> {
  return db
    .select({
      shop: getTableColumns(shops),
      settings: getTableColumns(shopSettings),
      owner: { id: users.id, externalId: users.externalId, language: users.language },
    })
    .from(shops)
    .innerJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .innerJoin(users, eq(users.id, shops.ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id));
}
