import type { Database } from '../db/client.js';
import {
  latestDiagnosedWeekStart,
  listOpenActionItems,
  type StatusChange,
  setActionItemStatus,
} from '../db/queries/action-items.js';
import type { ActionItemStatus } from '../db/schema/index.js';
import { DIAGNOSIS_TEMPLATE_KEYS } from '../domain/diagnosis-rules.js';

const OFFERED_TEMPLATES = new Set(DIAGNOSIS_TEMPLATE_KEYS);

/**
 * The items of templates the rules still offer: one stored before a template stopped being an action (an
 * aim restated, "work on the biggest cause") is not offered again.
 */
export function offeredItems<T extends { templateKey: string }>(items: readonly T[]): T[] {
  return items.filter((item) => OFFERED_TEMPLATES.has(item.templateKey));
}

export type { StatusChange };

/** The items without a text listed before: the most recent of items asking the same thing. */
function distinctTexts<T extends { text: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.text) && seen.add(item.text));
}

/** The shop's open action items (at most `limit`, most recent week first) and its latest diagnosed week. */
export async function openActionItems(db: Database, shopId: string, limit = 20) {
  const items = await listOpenItems(db, shopId, limit);
  const latestWeekStart = await latestDiagnosedWeekStart(db, shopId);
  return { items, latestWeekStart };
}

/** The shop's open action items as /actions numbers them, each text once. */
export async function listOpenItems(db: Database, shopId: string, limit = 20) {
  return distinctTexts(offeredItems(await listOpenActionItems(db, shopId, limit)));
}

/**
 * The owner's answer to an item: Done from pending or accepted, Accept and Dismiss only from pending; an
 * item answered already is left as it is.
 */
export function answerActionItem(
  db: Database,
  shopId: string,
  itemId: string,
  status: ActionItemStatus,
  at: Date,
): Promise<StatusChange> {
  return setActionItemStatus(db, shopId, itemId, status, at, {
    from: status === 'done' ? ['pending', 'accepted'] : ['pending'],
  });
}
