import { and, asc, eq, getTableColumns } from 'drizzle-orm';
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
