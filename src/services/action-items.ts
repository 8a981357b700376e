import type { Database } from '../db/client.js';
import {
  listOpenActionItems,
  recentDiagnosedWeekStarts,
  type StatusChange,
  setActionItemStatus,
} from '../db/queries/action-items.js';
import type { ActionItem, ActionItemStatus } from '../db/schema/index.js';
import type { LeverMetric } from '../domain/action-priority.js';
import { DIAGNOSIS_TEMPLATE_KEYS } from '../domain/diagnosis-rules.js';
import { firstTimeInChat } from './chat-notices.js';

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

/** How many open items /actions shows on one screen. */
export const ACTIONS_PAGE_SIZE = 5;

/** How many open items /actions reads at most (every screen of them). */
const OPEN_ITEMS_READ = 200;

/** An open item with its week and the number it moves (null: none, the general group). */
export type OpenItem = ActionItem & { weekStart: string; moves: LeverMetric | null };

/** The /actions list: the open items still listed, and how many expired. */
export interface OpenItemsList {
  /** Grouped by the number they move, each text once, numbered in this order. */
  items: OpenItem[];
  /** Open items not answered after two later weeks were diagnosed: no longer listed. */
  expired: number;
  /** The Monday before which open items expired; null with fewer than two diagnosed weeks. */
  expiredBefore: string | null;
  /** The Monday of the latest diagnosed week; null before the first diagnosis. */
  latestWeekStart: string | null;
}

/**
 * Items in groups of the number they move: groups in the order of their first item, the items moving no
 * number last; within a group, the order given.
 */
function groupByMovedNumber(items: readonly OpenItem[]): OpenItem[] {
  const groups = new Map<LeverMetric | null, OpenItem[]>();
  for (const item of items.filter((i) => i.moves !== null)) {
    groups.set(item.moves, [...(groups.get(item.moves) ?? []), item]);
  }
  return [...[...groups.values()].flat(), ...items.filter((i) => i.moves === null)];
}

/**
 * The shop's open action items as /actions lists them. An item is open until answered; one from a week
 * with two later weeks diagnosed (not asked again by either, which would have taken it into that week)
 * has expired and is counted, not listed.
 */
export async function listOpenItems(db: Database, shopId: string): Promise<OpenItemsList> {
  const [latestWeekStart = null, expiredBefore = null] = await recentDiagnosedWeekStarts(db, shopId, 2);
  const open = distinctTexts(offeredItems(await listOpenActionItems(db, shopId, OPEN_ITEMS_READ)));
  const items = open.map(({ diagnosis, ...item }) => ({
    ...item,
    moves:
      diagnosis?.issues
        .find((issue) => issue.code === item.issueCode)
        ?.actions.find((action) => action.key === item.templateKey)?.target?.metric ?? null,
  }));
  const listed = items.filter((item) => expiredBefore === null || item.weekStart >= expiredBefore);
  return {
    items: groupByMovedNumber(listed),
    expired: items.length - listed.length,
    expiredBefore,
    latestWeekStart,
  };
}

/**
 * Whether this chat is told for the first time that the shop's items older than `expiredBefore` expired:
 * once per shop and cutoff week, remembered with the update's other writes.
 */
export function firstToldExpiry(
  db: Database,
  chatId: number,
  shopId: string,
  expiredBefore: string,
): Promise<boolean> {
  return firstTimeInChat(db, chatId, `actions-expired:${shopId}:${expiredBefore}`);
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
