import { type ActionItemValues, actionItemResponseKey } from '../db/queries/action-items.js';
import type { CarriedItem, NewActionItemRow } from '../db/queries/weekly-batch.js';
import type { ActionItem, StoredUserResponses, TemplateParams } from '../db/schema/index.js';

/** An item of a new diagnosis; `carriedId` names the open item of an older week asking the same. */
export type DiagnosedItem = ActionItemValues & { carriedId?: string };

/** What makes a week's stored action items the ones its new diagnosis produced. */
export interface ItemChanges {
  inserts: NewActionItemRow[];
  /** Open items of older weeks taken into this week instead of a second item with their text. */
  carries: CarriedItem[];
  updates: { id: string; shopId: string; params: TemplateParams; text: string; position: number }[];
  deletes: string[];
}

function sameParams(a: TemplateParams, b: TemplateParams): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * The changes that make `items` (in this order) a stored diagnosis's action items. An item with the same
 * issue and template as before keeps its id (buttons already sent stay valid) and its status, and takes
 * the new text, params and position; a new item asking what an open item of an older week asks is that
 * item, moved here; another new item takes the answer recorded in `user_responses` for its key, if any;
 * an item no longer produced is deleted.
 */
export function reconcileActionItems(
  diagnostic: { id: string; shopId: string; userResponses: StoredUserResponses },
  existing: readonly ActionItem[],
  items: readonly DiagnosedItem[],
  changes: ItemChanges,
): void {
  const { id: diagnosticId, shopId } = diagnostic;
  const byKey = new Map(existing.map((item) => [actionItemResponseKey(item), item]));
  const kept = new Set<string>();
  items.forEach((item, position) => {
    const key = actionItemResponseKey(item);
    const previous = byKey.get(key);
    const params = item.params ?? {};
    if (previous && !kept.has(previous.id)) {
      kept.add(previous.id);
      if (
        previous.text !== item.text ||
        previous.position !== position ||
        !sameParams(previous.params, params)
      ) {
        changes.updates.push({ id: previous.id, shopId, params, text: item.text, position });
      }
      return;
    }
    if (item.carriedId) {
      changes.carries.push({ id: item.carriedId, shopId, params, text: item.text, position });
      return;
    }
    const answer = diagnostic.userResponses[key];
    changes.inserts.push({
      diagnosticId,
      shopId,
      issueCode: item.issueCode,
      templateKey: item.templateKey,
      params,
      text: item.text,
      position,
      ...(answer && { status: answer.status, statusChangedAt: new Date(answer.at) }),
    });
  });
  for (const item of existing) if (!kept.has(item.id)) changes.deletes.push(item.id);
}
