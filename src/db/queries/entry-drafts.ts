import { and, eq, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type EntryDraft, entryDrafts, type NewEntryDraft } from '../schema/index.js';

export type EntryDraftValues = Omit<NewEntryDraft, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Narrows a draft lookup to the shop and/or user the caller acts for, so a button from another chat or
 * shop finds nothing. Draft ids are random UUIDs; pass the scope anyway wherever the caller knows it.
 */
export interface EntryDraftScope {
  shopId?: string;
  userId?: string;
}

export async function createEntryDraft(db: Database, values: EntryDraftValues): Promise<EntryDraft> {
  const [draft] = await db.insert(entryDrafts).values(values).returning();
  return draft!;
}

export async function getEntryDraft(
  db: Database,
  draftId: string,
  scope: EntryDraftScope = {},
): Promise<EntryDraft | null> {
  const [draft] = await db.select().from(entryDrafts).where(draftWhere(draftId, scope)).limit(1);
  return draft ?? null;
}

/** Moves a pending draft to another day ('YYYY-MM-DD'); null when it is gone or already saved. */
export async function updateEntryDraftDate(
  db: Database,
  draftId: string,
  date: string,
  scope: EntryDraftScope = {},
): Promise<EntryDraft | null> {
  const [draft] = await db
    .update(entryDrafts)
    .set({ recordDate: date })
    .where(and(draftWhere(draftId, scope), isNull(entryDrafts.savedAt)))
    .returning();
  return draft ?? null;
}

/** Replaces the day values of a pending draft (same day); null when it is gone, saved or not the caller's. */
export async function updateEntryDraftValues(
  db: Database,
  draftId: string,
  values: Omit<EntryDraftValues, 'shopId' | 'userId' | 'recordDate'>,
  scope: EntryDraftScope = {},
): Promise<EntryDraft | null> {
  const [draft] = await db
    .update(entryDrafts)
    .set(values)
    .where(and(draftWhere(draftId, scope), isNull(entryDrafts.savedAt)))
    .returning();
  return draft ?? null;
}

/** Deletes a pending draft (a saved one stays, for its card); true only for the caller that deleted it. */
export async function deleteEntryDraft(
  db: Database,
  draftId: string,
  scope: EntryDraftScope = {},
): Promise<boolean> {
  const rows = await db
    .delete(entryDrafts)
    .where(and(draftWhere(draftId, scope), isNull(entryDrafts.savedAt)))
    .returning({ id: entryDrafts.id });
  return rows.length > 0;
}

/** Housekeeping for abandoned confirmation cards, across all shops; returns how many were deleted. */
export async function deleteOldEntryDrafts(db: Database, olderThan: Date): Promise<number> {
  const rows = await db
    .delete(entryDrafts)
    .where(lt(entryDrafts.createdAt, olderThan))
    .returning({ id: entryDrafts.id });
  return rows.length;
}

function draftWhere(draftId: string, scope: EntryDraftScope): SQL | undefined {
  return and(
    eq(entryDrafts.id, draftId),
    scope.shopId ? eq(entryDrafts.shopId, scope.shopId) : undefined,
    scope.userId ? eq(entryDrafts.userId, scope.userId) : undefined,
  );
}

/**
 * Records that a message of the user's chat now shows the card of `draftId`, or no card (null): a draft whose
 * card that message showed no longer has one there.
 */
export async function setEntryDraftCardMessage(
  db: Database,
  scope: { userId: string; messageId: number },
  draftId: string | null,
): Promise<void> {
  // One statement on the hot path of every card: the draft now shown gets the message, any other loses it.
  const shown = draftId === null ? sql`false` : eq(entryDrafts.id, draftId);
  await db
    .update(entryDrafts)
    .set({ cardMessageId: sql`case when ${shown} then ${scope.messageId}::int end` })
    .where(
      and(
        eq(entryDrafts.userId, scope.userId),
        or(eq(entryDrafts.cardMessageId, scope.messageId), draftId === null ? undefined : shown),
      ),
    );
}

/** Deletes the user's drafts that were shown on a card and never saved; returns their card message ids. */
export async function deleteUnsavedCardDrafts(db: Database, userId: string): Promise<number[]> {
  const rows = await db
    .delete(entryDrafts)
    .where(
      and(eq(entryDrafts.userId, userId), isNull(entryDrafts.savedAt), isNotNull(entryDrafts.cardMessageId)),
    )
    .returning({ messageId: entryDrafts.cardMessageId });
  return rows.map((row) => row.messageId!);
}
