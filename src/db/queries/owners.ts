import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedStatement, UNNAMED } from '../prepared-statement.js';
import {
  conversationStates,
  type Shop,
  type ShopSettings,
  shopSettings,
  shops,
  type User,
  users,
} from '../schema/index.js';

export interface OwnerRecord {
  user: User;
  /** The shop in use: the user's current shop, else their oldest one; null before the first shop exists. */
  shop: (Shop & { settings: ShopSettings }) | null;
}

type OwnerRow = { user: User | null; shop: Shop | null; settings: ShopSettings | null };

/** The owner from the rows of the user joined with each shop and its settings (oldest shop first). */
function ownerOf(rows: readonly OwnerRow[]): OwnerRecord | null {
  const user = rows[0]?.user;
  if (!user) return null;
  const owned = rows.flatMap(({ shop, settings }) => (shop && settings ? [{ ...shop, settings }] : []));
  const current = owned.find((s) => s.id === user.currentShopId) ?? owned[0] ?? null;
  return { user, shop: current };
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
  return ownerOf(rows);
}

export interface SenderReads<T> {
  owner: OwnerRecord | null;
  /** The stored conversation states of the keys asked for, with their keys. */
  states: { key: string; state: T }[];
}

/**
 * What `loadOwnerByExternalId` reads, and the conversation states of these keys, in ONE statement: the
 * two reads every chat update starts with.
 */
export async function loadOwnerAndConversationStates<T = unknown>(
  db: Database,
  externalId: string,
  stateKeys: readonly string[],
): Promise<SenderReads<T>> {
  const rows = await ownerAndConversationStates(db).execute({ externalId, stateKeys: [...stateKeys] });
  const found = (rows[0]?.states ?? []) as { key: string; state: T }[] | string;
  // A driver that leaves json unparsed hands over its text.
  const parsed = typeof found === 'string' ? (JSON.parse(found) as { key: string; state: T }[]) : found;
  return { owner: ownerOf(rows), states: parsed };
}

// Every chat update runs it: prepared once (building it costs about half a millisecond of CPU).
const ownerAndConversationStates = preparedStatement((db) => {
  const states = sql<{ key: string; state: unknown }[] | string>`(
    select coalesce(json_agg(json_build_object('key', ${conversationStates.key}, 'state', ${conversationStates.state})), '[]'::json)
    from ${conversationStates} where ${conversationStates.key} = any(${sql.placeholder('stateKeys')}::text[])
  )`;
  return db
    .select({ states, user: users, shop: shops, settings: shopSettings })
    .from(sql`(select 1) as sender`)
    .leftJoin(users, eq(users.externalId, sql.placeholder('externalId')))
    .leftJoin(shops, eq(shops.ownerId, users.id))
    .leftJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .orderBy(asc(shops.createdAt), asc(shops.id))
    .prepare(UNNAMED);
});
