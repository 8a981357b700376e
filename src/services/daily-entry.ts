import type { Database } from '../db/client.js';
import { getDailyRecord, deleteDailyRecord, upsertDailyRecord } from '../db/queries/daily-records.js';
import { createEntryDraft, deleteEntryDraft, getEntryDraft, updateEntryDraftDate } from '../db/queries/entry-drafts.js';
import { getShopSettings } from '../db/queries/shop-settings.js';
import type { DailyRecord, EntryDraft } from '../db/schema/index.js';
import { computeDailyMetrics, type DailyMetrics, type DayInput, toStoredMetrics } from '../domain/daily-metrics.js';
import { costSettingsOf } from './cost-settings.js';

/** Everything a confirmation card shows; plain data so a conversation can store it. */
export interface EntryCard {
  draftId: string;
  date: string;
  input: DayInput;
  metrics: DailyMetrics;
  /** The record already saved for that day, if any: the card shows old → new. */
  previous: SavedDay | null;
}

export interface SavedDay {
  date: string;
  input: DayInput;
  metrics: DailyMetrics;
  /** Net profit as stored when the day was saved (the settings may have changed since). */
  netProfit: number;
}

export type DraftOwnership = { status: 'ok'; draft: EntryDraft } | { status: 'stale' } | { status: 'foreign' };

function inputOf(row: Pick<DailyRecord, 'orders' | 'revenue' | 'adSpend' | 'leads'>): DayInput {
  return { orders: row.orders, revenue: row.revenue, adSpend: row.adSpend, leads: row.leads };
}

/** The saved record of a day, with its metrics; null when the day has none. */
export async function loadSavedDay(db: Database, shopId: string, date: string): Promise<SavedDay | null> {
  const record = await getDailyRecord(db, shopId, date);
  if (!record) return null;
  const settings = await getShopSettings(db, shopId);
  const input = inputOf(record);
  const metrics = computeDailyMetrics(input, costSettingsOf(settings!), null);
  return { date, input, metrics: { ...metrics, cogs: record.cogs }, netProfit: record.netProfit };
}

async function cardFor(db: Database, draft: EntryDraft): Promise<EntryCard> {
  const settings = await getShopSettings(db, draft.shopId);
  const input = inputOf(draft);
  return {
    draftId: draft.id,
    date: draft.recordDate,
    input,
    metrics: computeDailyMetrics(input, costSettingsOf(settings!), null),
    previous: await loadSavedDay(db, draft.shopId, draft.recordDate),
  };
}

/** Keeps an entry as a draft (nothing is booked until Save) and returns its confirmation card. */
export async function draftDailyEntry(
  db: Database,
  params: { shopId: string; userId: string; date: string; input: DayInput },
): Promise<EntryCard> {
  const draft = await createEntryDraft(db, {
    shopId: params.shopId,
    userId: params.userId,
    recordDate: params.date,
    ...params.input,
  });
  return cardFor(db, draft);
}

/** A draft the presser may act on: it must still exist and belong to them and to a shop they own. */
export async function findOwnDraft(db: Database, draftId: string, userId: string): Promise<DraftOwnership> {
  const draft = await getEntryDraft(db, draftId);
  if (!draft) return { status: 'stale' };
  if (draft.userId !== userId) return { status: 'foreign' };
  return { status: 'ok', draft };
}

/** Moves a draft to another day and returns its new card. */
export async function redateDraft(db: Database, draft: EntryDraft, date: string): Promise<EntryCard> {
  const moved = await updateEntryDraftDate(db, draft.id, date);
  return cardFor(db, moved ?? { ...draft, recordDate: date });
}

export type SaveResult =
  | { status: 'saved'; date: string; replaced: boolean; card: EntryCard }
  | { status: 'stale' }
  | { status: 'foreign' };

/**
 * Books a draft: one transaction deletes the draft (a second press finds nothing) and upserts the day
 * with its COGS and metrics computed from the shop's settings of now.
 */
export async function saveDraft(db: Database, draftId: string, userId: string): Promise<SaveResult> {
  const found = await findOwnDraft(db, draftId, userId);
  if (found.status !== 'ok') return found;
  const card = await cardFor(db, found.draft);
  const saved = await db.transaction(async (tx) => {
    if (!(await deleteEntryDraft(tx, draftId))) return false;
    const stored = toStoredMetrics(card.metrics);
    await upsertDailyRecord(tx, found.draft.shopId, {
      recordDate: found.draft.recordDate,
      ...card.input,
      cogs: stored.cogs,
      presetId: found.draft.presetId,
      enteredBy: userId,
      aov: stored.aov,
      cpl: stored.cpl,
      cvr: stored.cvrPercent,
      roas: stored.roas,
      netProfit: stored.netProfit,
      metricFlags: stored.flags,
    });
    return true;
  });
  if (!saved) return { status: 'stale' };
  return { status: 'saved', date: found.draft.recordDate, replaced: card.previous !== null, card };
}

/** Discards a draft the user replaced by editing it. */
export async function discardDraft(db: Database, draftId: string): Promise<boolean> {
  return deleteEntryDraft(db, draftId);
}

/** Deletes a saved day of a shop; false when it had no record. */
export async function deleteSavedDay(db: Database, shopId: string, date: string): Promise<boolean> {
  return deleteDailyRecord(db, shopId, date);
}
