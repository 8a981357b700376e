import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  ACTION_ITEM_STATUSES,
  type ActionItem,
  type ActionItemStatus,
  actionItems,
  type StoredWeekReport,
  type TemplateParams,
  weeklyDiagnostics,
} from '../schema/index.js';
import { type GuardedUpdate, unchangedOrMissing } from './guarded-update.js';
import { recordDiagnosticResponse } from './weekly-diagnostics.js';

export interface ActionItemValues {
  issueCode: string;
  templateKey: string;
  params?: TemplateParams;
  /** Rendered in the owner's language at creation. */
  text: string;
}

/** The key of an item's answer in `weekly_diagnostics.user_responses`: stable across recomputations. */
export function actionItemResponseKey(item: { issueCode: string; templateKey: string }): string {
  return `${item.issueCode}:${item.templateKey}`;
}

/** The diagnosis's items in display order. */
export async function listActionItems(
  db: Database,
  shopId: string,
  diagnosticId: string,
): Promise<ActionItem[]> {
  return db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.shopId, shopId), eq(actionItems.diagnosticId, diagnosticId)))
    .orderBy(asc(actionItems.position), asc(actionItems.createdAt));
}

async function getActionItem(db: Database, shopId: string, itemId: string): Promise<ActionItem | null> {
  const [item] = await db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.shopId, shopId), eq(actionItems.id, itemId)))
    .limit(1);
  return item ?? null;
}

/** `unchanged`: the item is the shop's but was not in one of the `from` states (already answered). */
export type StatusChange = GuardedUpdate<ActionItem>;

/**
 * Sets an item's status (Accept / Dismiss / Done) when it is in one of the `from` states, and records the
 * answer in the diagnosis's `user_responses`, in one transaction.
 */
export async function setActionItemStatus(
  db: Database,
  shopId: string,
  itemId: string,
  status: ActionItemStatus,
  at: Date = new Date(),
  options: { from?: readonly ActionItemStatus[] } = {},
): Promise<StatusChange> {
  const from = options.from ?? ACTION_ITEM_STATUSES;
  return db.transaction(async (tx): Promise<StatusChange> => {
    const [item] = await tx
      .update(actionItems)
      .set({ status, statusChangedAt: at })
      .where(
        and(
          eq(actionItems.shopId, shopId),
          eq(actionItems.id, itemId),
          inArray(actionItems.status, [...from]),
        ),
      )
      .returning();
    if (!item) return unchangedOrMissing(await getActionItem(tx, shopId, itemId));
    await recordDiagnosticResponse(tx, shopId, item.diagnosticId, actionItemResponseKey(item), {
      status,
      at: at.toISOString(),
    });
    return { status: 'updated', item };
  });
}

/**
 * Open items (pending or accepted) of the shop's diagnoses, most recent week first, with their week and
 * the diagnosis they were stored with (null for a week stored without one).
 */
export async function listOpenActionItems(
  db: Database,
  shopId: string,
  limit = 20,
): Promise<(ActionItem & { weekStart: string; diagnosis: StoredWeekReport['diagnosis'] })[]> {
  const rows = await db
    .select({ item: actionItems, weekStart: weeklyDiagnostics.weekStart, report: weeklyDiagnostics.report })
    .from(actionItems)
    .innerJoin(weeklyDiagnostics, eq(weeklyDiagnostics.id, actionItems.diagnosticId))
    .where(and(eq(actionItems.shopId, shopId), inArray(actionItems.status, ['pending', 'accepted'])))
    .orderBy(desc(weeklyDiagnostics.weekStart), asc(actionItems.position))
    .limit(limit);
  return rows.map((row) => ({
    ...row.item,
    weekStart: row.weekStart,
    diagnosis: row.report?.diagnosis ?? null,
  }));
}

/** The Mondays of the shop's `limit` most recently diagnosed weeks, latest first. */
export async function recentDiagnosedWeekStarts(
  db: Database,
  shopId: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ weekStart: weeklyDiagnostics.weekStart })
    .from(weeklyDiagnostics)
    .where(eq(weeklyDiagnostics.shopId, shopId))
    .orderBy(desc(weeklyDiagnostics.weekStart))
    .limit(limit);
  return rows.map((row) => row.weekStart);
}
