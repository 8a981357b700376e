import { and, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedStatement } from '../prepared.js';
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

const DRAFT_FIELDS = [
  'shopId',
  'userId',
  'recordDate',
  'orders',
  'revenue',
  'adSpend',
  'leads',
  'presetId',
  'cogs',
  'aov',
  'cpl',
  'cvr',
  'roas',
  'netProfit',
  'metricFlags',
] as const satisfies readonly (keyof EntryDraftValues)[];

/**
 * Drizzle runs a placeholder's value through the column's encoder, which turns a null numeric into the
 * text 'null'; nullable numerics go in as plain SQL parameters instead.
 */
function placeholderFor(field: (typeof DRAFT_FIELDS)[number]) {
  return field === 'cvr' || field === 'roas' ? sql`${sql.placeholder(field)}` : sql.placeholder(field);
}

export async function createEntryDraft(db: Database, values: EntryDraftValues): Promise<EntryDraft> {
  const query = preparedStatement(db, 'create_entry_draft', () =>
    db
      .insert(entryDrafts)
      .values(
        Object.fromEntries(DRAFT_FIELDS.map((f) => [f, placeholderFor(f)])) as unknown as EntryDraftValues,
      )
      .returning()
      .prepare('create_entry_draft'),
  );
  const params = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, values[f] ?? null]));
  params.metricFlags = values.metricFlags ?? [];
  const [draft] = await query.execute(params);
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

/** Moves the draft to another day ('YYYY-MM-DD'); null when the draft is gone. */
export async function updateEntryDraftDate(
  db: Database,
  draftId: string,
  date: string,
  scope: EntryDraftScope = {},
): Promise<EntryDraft | null> {
  const [draft] = await db
    .update(entryDrafts)
    .set({ recordDate: date })
    .where(draftWhere(draftId, scope))
    .returning();
  return draft ?? null;
}

/**
 * Deletes the draft. Returns true only for the caller that actually deleted it, so of two Save presses
 * (or two instances handling the same press) exactly one goes on to save the record.
 */
export async function deleteEntryDraft(
  db: Database,
  draftId: string,
  scope: EntryDraftScope = {},
): Promise<boolean> {
  const rows = await db
    .delete(entryDrafts)
    .where(draftWhere(draftId, scope))
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
