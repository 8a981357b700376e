import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { defaultWeeklyPushTime } from '../../domain/push-slot.js';
import { shopDeleteVersion } from '../../domain/shown-version.js';
import type { Database } from '../client.js';
import { dailyRecords, type Shop, type ShopSettings, shopSettings, shops, users } from '../schema/index.js';

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
 * Creates a shop with its default settings (its weekly push at its own minute of the Monday morning) and
 * makes it the owner's current shop, in one transaction: either all three writes happen or none.
 */
export async function createShopWithSettings(db: Database, input: CreateShopInput): Promise<Shop> {
  return db.transaction(async (tx) => {
    const [shop] = await tx.insert(shops).values({ ownerId: input.ownerId, name: input.name }).returning();
    await tx.insert(shopSettings).values({
      shopId: shop!.id,
      cogsRatio: input.cogsRatio,
      weeklyPushTime: defaultWeeklyPushTime(shop!.id),
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

/** Renames the owner's shop; the name before, or null when the shop is gone or someone else's. */
export async function renameShop(
  db: Database,
  ownerId: string,
  shopId: string,
  name: string,
): Promise<{ oldName: string } | null> {
  return db.transaction(async (tx) => {
    const shop = await getShopForOwner(tx, ownerId, shopId);
    if (!shop) return null;
    await tx
      .update(shops)
      .set({ name })
      .where(and(eq(shops.id, shopId), eq(shops.ownerId, ownerId)));
    return { oldName: shop.name };
  });
}

/** How many days of numbers the shop holds (named in the confirmation before it is deleted). */
export async function countShopDays(db: Database, shopId: string): Promise<number> {
  return db.$count(dailyRecords, eq(dailyRecords.shopId, shopId));
}

/** Whether the shop still exists (the scheduler's jobs ask, as a shop can be deleted while they run). */
export async function shopExists(db: Database, shopId: string): Promise<boolean> {
  return (await db.$count(shops, eq(shops.id, shopId))) > 0;
}

export interface DeletedShop {
  name: string;
  days: number;
  /** The shop now in use: the one before if it was another, else the oldest left; null when none is left. */
  current: Shop | null;
}

/** What a shop's delete confirmation shows: its name and how many days it holds. */
export interface ShopToDelete {
  name: string;
  days: number;
}

/**
 * Deletes the owner's shop and, by cascade, everything of it (days, reports, goals, ads, products,
 * drafts, job claims), in one transaction. When it was the shop in use, the oldest shop left becomes it.
 * With `shown` (the confirmation's shopDeleteVersion), the shop row is locked first (a day saved meanwhile
 * waits on it) and nothing is deleted unless its name and day count are still what the confirmation
 * showed: then `changed` holds them as they are now. Null when the shop is gone already or someone else's
 * (nothing changes).
 */
export async function deleteShopOfOwner(
  db: Database,
  ownerId: string,
  shopId: string,
  shown?: string,
): Promise<DeletedShop | { changed: ShopToDelete } | null> {
  return db.transaction(async (tx) => {
    const [shop] = await tx
      .select()
      .from(shops)
      .where(and(eq(shops.id, shopId), eq(shops.ownerId, ownerId)))
      .for('update');
    if (!shop) return null;
    const days = await countShopDays(tx, shopId);
    if (shown !== undefined && shopDeleteVersion({ name: shop.name, days }) !== shown) {
      return { changed: { name: shop.name, days } };
    }
    const [user] = await tx
      .select({ currentShopId: users.currentShopId })
      .from(users)
      .where(eq(users.id, ownerId));
    await tx.delete(shops).where(and(eq(shops.id, shopId), eq(shops.ownerId, ownerId)));
    const left = await listShopsForOwner(tx, ownerId);
    const current = left.find((s) => s.id === user?.currentShopId) ?? left[0] ?? null;
    if (current && current.id !== user?.currentShopId) {
      await tx.update(users).set({ currentShopId: current.id }).where(eq(users.id, ownerId));
    }
    return { name: shop.name, days, current };
  });
}

export interface ScheduledShop {
  shop: Shop;
  settings: ShopSettings;
  owner: { id: string; externalId: string; language: string };
}

/**
 * Every shop (or only those of `shopIds`) with its settings and its owner's Telegram id and language, for
 * the scheduler (reminders, weekly pushes), oldest first. Not scoped to one owner on purpose: only jobs call it.
 */
export async function listShopsForScheduling(
  db: Database,
  filter: { shopIds?: readonly string[] } = {},
): Promise<ScheduledShop[]> {
  const { shopIds } = filter;
  return (
    db
      .select({
        shop: getTableColumns(shops),
        settings: getTableColumns(shopSettings),
        owner: { id: users.id, externalId: users.externalId, language: users.language },
      })
      .from(shops)
      .innerJoin(shopSettings, eq(shopSettings.shopId, shops.id))
      .innerJoin(users, eq(users.id, shops.ownerId))
      // One array parameter, however many shops.
      .where(shopIds && sql`${shops.id} = any(${sql.param(shopIds)}::uuid[])`)
      .orderBy(asc(shops.createdAt), asc(shops.id))
  );
}
