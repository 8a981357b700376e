import { and, eq, exists } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type NewUser, shops, type User, users } from '../schema/index.js';

export interface CreateUserInput {
  /** Telegram user id, as text. */
  externalId: string;
  displayName?: string | null;
  language?: string;
  email?: string | null;
}

export async function getUserById(db: Database, userId: string): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return user ?? null;
}

/** Inserts a user; throws on a duplicate external id (see `findOrCreateUser` for the race-free form). */
export async function createUser(db: Database, input: CreateUserInput): Promise<User> {
  const [user] = await db.insert(users).values(toNewUser(input)).returning();
  return user!;
}

/**
 * The user with this external id, created if missing. Safe when two updates from the same person arrive
 * at once: the loser of the insert race reads the winner's row.
 */
export async function findOrCreateUser(db: Database, input: CreateUserInput): Promise<User> {
  const [inserted] = await db
    .insert(users)
    .values(toNewUser(input))
    .onConflictDoNothing({ target: users.externalId })
    .returning();
  if (inserted) return inserted;
  const [existing] = await db.select().from(users).where(eq(users.externalId, input.externalId)).limit(1);
  if (!existing) throw new Error(`user ${input.externalId} vanished between insert and select`);
  return existing;
}

/** Returns false when no such user exists. */
export async function setUserLanguage(db: Database, userId: string, language: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ language })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Switches the user's shop; returns false (and changes nothing) unless the user owns that shop. */
export async function setCurrentShop(db: Database, userId: string, shopId: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ currentShopId: shopId })
    .where(
      and(
        eq(users.id, userId),
        exists(
          db
            .select({ one: shops.id })
            .from(shops)
            .where(and(eq(shops.id, shopId), eq(shops.ownerId, userId))),
        ),
      ),
    )
    .returning({ id: users.id });
  return rows.length > 0;
}

function toNewUser(input: CreateUserInput): NewUser {
  return {
    externalId: input.externalId,
    displayName: input.displayName ?? null,
    email: input.email ?? null,
    ...(input.language ? { language: input.language } : {}),
  };
}

/** Deletes the user and, by cascade, their shops and everything in them. False when there was none. */
export async function deleteUserByExternalId(db: Database, externalId: string): Promise<boolean> {
  const rows = await db.delete(users).where(eq(users.externalId, externalId)).returning({ id: users.id });
  return rows.length > 0;
}
