import { and, eq, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedStatement, UNNAMED } from '../prepared-statement.js';
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
  // Columns left out, undefined or null take their defaults: NULL for every nullable column of the table
  // (a placeholder's null would go through the column's encoder, e.g. jsonb 'null'). One statement per set.
  const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value != null));
  const columns = Object.keys(given).sort().join(',');
  const [draft] = await draftInserts(db)(columns).execute(given);
  return draft!;
}

// Every quick entry inserts one: prepared once for each set of columns (building costs half a millisecond).
const draftInserts = preparedStatement((db) => {
  const byColumns = new Map<string, ReturnType<typeof buildDraftInsert>>();
  return (columns: string) => {
    let insert = byColumns.get(columns);
    if (!insert) {
      insert = buildDraftInsert(db, columns.split(','));
      byColumns.set(columns, insert);
    }
    return insert;
  };
});

function buildDraftInsert(db: Database, columns: readonly string[]) {
  const values = Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)]));
  return db
    .insert(entryDrafts)
    .values(values as unknown as NewEntryDraft)
    .returning()
    .prepare(UNNAMED);
}

export async function getEntryDraft(
  db: Database,
  draftId: string,
  scope: EntryDraftScope = {},
): Promise<EntryDraft | null> {
  const [draft] = await db.select().from(entryDrafts).where(draftWhere(draftId, scope)).limit(1);
  return draft ?? null;
}

/**
 * Replaces the day of a pending draft: its date, values and the metrics counted with them, and the
 * fingerprint of what its new card compares with. Null when it is gone, saved or not the caller's.
 */
export async function updateEntryDraftValues(
  db: Database,
  draftId: string,
  values: Omit<EntryDraftValues, 'shopId' | 'userId'>,
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
  const { userId, messageId } = scope;
  await (draftId === null
    ? cardShowsNoDraft(db).execute({ userId, messageId })
    : cardShowsDraft(db).execute({ userId, messageId, draftId }));
}

// One statement on the hot path of every card, prepared once: the draft now shown gets the message, any
// other loses it. `updated_at` is set in SQL, as a prepared statement would keep the time it was built at.
const cardShowsDraft = preparedStatement((db) => {
  const shown = eq(entryDrafts.id, sql.placeholder('draftId'));
  return db
    .update(entryDrafts)
    .set({
      cardMessageId: sql`case when ${shown} then ${sql.placeholder('messageId')}::int end`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(entryDrafts.userId, sql.placeholder('userId')),
        or(eq(entryDrafts.cardMessageId, sql.placeholder('messageId')), shown),
      ),
    )
    .prepare(UNNAMED);
});

const cardShowsNoDraft = preparedStatement((db) =>
  db
    .update(entryDrafts)
    .set({ cardMessageId: null, updatedAt: sql`now()` })
    .where(
      and(
        eq(entryDrafts.userId, sql.placeholder('userId')),
        eq(entryDrafts.cardMessageId, sql.placeholder('messageId')),
      ),
    )
    .prepare(UNNAMED),
);

/** Deletes the user's drafts that were shown on a card and never saved; returns them as they were. */
export async function deleteUnsavedCardDrafts(db: Database, userId: string): Promise<EntryDraft[]> {
  return db
    .delete(entryDrafts)
    .where(
      and(eq(entryDrafts.userId, userId), isNull(entryDrafts.savedAt), isNotNull(entryDrafts.cardMessageId)),
    )
    .returning();
}

/**
 * Forgets what the draft's card compared with (its `shown_day`): the card the owner sees is not the one
 * last drawn, so its Save is refused and the card shown again as the day is now.
 */
export async function forgetEntryDraftShownDay(db: Database, scope: { userId: string; draftId: string }) {
  await db
    .update(entryDrafts)
    .set({ shownDay: null })
    .where(and(eq(entryDrafts.id, scope.draftId), eq(entryDrafts.userId, scope.userId)));
}
