import type { Database } from '../db/client.js';
import { bookEntryDraft, lockDraftDay } from '../db/queries/book-entry-draft.js';
import { getDailyRecord, shownDayOf } from '../db/queries/daily-records.js';
import { loadEntryContext } from '../db/queries/entry-context.js';
import {
  createEntryDraft,
  deleteEntryDraft,
  deleteUnsavedCardDrafts,
  forgetEntryDraftShownDay,
  getEntryDraft,
  setEntryDraftCardMessage,
  updateEntryDraftValues,
} from '../db/queries/entry-drafts.js';
import { listProductPresets } from '../db/queries/product-presets.js';
import { getShopSettings } from '../db/queries/shop-settings.js';
import { getShopForOwner } from '../db/queries/shops.js';
import type { DailyRecord, EntryDraft, ShopSettings } from '../db/schema/index.js';
import type { DailyMetrics, DayInput } from '../domain/daily-metrics.js';
import { dayRowValues } from '../domain/day-row.js';
import { checkPlausibility, type PlausibilityWarning, USUAL_DAYS } from '../domain/plausibility.js';
import type { DayProductLine } from '../domain/product-margin.js';
import { overwrittenDayVersion } from '../domain/shown-version.js';
import { type StoredDay, storedDayMetrics } from '../domain/stored-day.js';
import { costSettingsOf } from './cost-settings.js';

/** Everything a confirmation card shows; plain data so a conversation can store it. */
export interface EntryCard {
  draftId: string;
  date: string;
  input: DayInput;
  metrics: DailyMetrics;
  /** The record already saved for that day, if any: the card shows old → new. */
  previous: SavedDay | null;
  /** What looks mistyped (shown as ⚠️ lines before Save); empty on a saved card. */
  warnings: PlausibilityWarning[];
  /** A dateless entry made after midnight, before the shop's day closed: the card says "(yesterday)". */
  beforeClose?: boolean;
  /** The products picked for the day (COGS = Σ orders × unit COGS); absent or null: COGS from the ratio. */
  products?: DayProductLine[] | null;
  /** The shop has products, so the card offers to pick them. */
  productsOffered?: boolean;
}

export interface SavedDay {
  date: string;
  input: DayInput;
  /** The figures the day stores (net profit, costs) as it was saved, whatever the settings are now. */
  metrics: DailyMetrics;
  /** The products picked for the day, as saved; absent when COGS came from the ratio. */
  products?: DayProductLine[];
}

export type DraftOwnership =
  | { status: 'ok'; draft: EntryDraft }
  | { status: 'saved'; draft: EntryDraft }
  | { status: 'stale' }
  | { status: 'foreign' };

/** The four inputs of a saved day or a draft. */
export function inputOf(row: Pick<DailyRecord, 'orders' | 'revenue' | 'adSpend' | 'leads'>): DayInput {
  return { orders: row.orders, revenue: row.revenue, adSpend: row.adSpend, leads: row.leads };
}

/**
 * The metrics of a stored day or draft, drawn from its row: the figures it stores, whatever the settings are
 * now (they give only what the row does not hold, see storedDayMetrics).
 */
function metricsOfRow(row: StoredDay & { recordDate: string }, settings: ShopSettings): DailyMetrics {
  return storedDayMetrics(row, costSettingsOf(settings, row.recordDate));
}

/** The saved record of a day of the shop, with its metrics; null when the day has none. */
export async function loadSavedDay(
  db: Database,
  settings: ShopSettings,
  date: string,
): Promise<SavedDay | null> {
  return savedDayOf(await getDailyRecord(db, settings.shopId, date), settings, date);
}

/** A day's record as a saved day, with the metrics it stores; null for no record. */
export function savedDayOf(
  record: DailyRecord | null,
  settings: ShopSettings,
  date: string,
): SavedDay | null {
  if (!record) return null;
  return {
    date,
    input: inputOf(record),
    metrics: metricsOfRow(record, settings),
    ...(record.products && record.products.length > 0 && { products: record.products }),
  };
}

/** The card of a draft, drawn from the figures the draft stores: what Save books. */
function cardOf(
  draft: EntryDraft,
  settings: ShopSettings,
  previous: SavedDay | null,
  recent: readonly DayInput[] | null,
  productsOffered = false,
): EntryCard {
  const input = inputOf(draft);
  return {
    draftId: draft.id,
    date: draft.recordDate,
    input,
    metrics: metricsOfRow(draft, settings),
    previous,
    warnings: recent ? checkPlausibility(input, recent) : [],
    ...(draft.products && draft.products.length > 0 && { products: draft.products }),
    ...(productsOffered && { productsOffered }),
  };
}

/** The card of a draft that was saved: what the owner booked, with no old → new. */
export function savedCardOf(draft: EntryDraft, settings: ShopSettings): EntryCard {
  return cardOf(draft, settings, null, null);
}

/**
 * What a draft for `date` is compared with: the saved day it would replace, and the shop's recent days;
 * whether the shop has products to pick; and the fingerprint of that saved day (or of none), which the
 * draft keeps so that Save books only while the day is as its card showed.
 */
async function contextOf(
  db: Database,
  settings: ShopSettings,
  date: string,
): Promise<[SavedDay | null, DayInput[], boolean, string]> {
  const context = await loadEntryContext(db, settings.shopId, date, USUAL_DAYS);
  const shown = overwrittenDayVersion(context.saved && shownDayOf(context.saved));
  return [savedDayOf(context.saved, settings, date), context.recent, context.hasProductPresets, shown];
}

/** Keeps an entry as a draft (nothing is booked until Save) and returns its confirmation card. */
export async function draftDailyEntry(
  db: Database,
  params: { settings: ShopSettings; userId: string; date: string; input: DayInput },
): Promise<EntryCard> {
  const { settings } = params;
  const [previous, recent, offered, shownDay] = await contextOf(db, settings, params.date);
  const draft = await createEntryDraft(db, {
    shopId: settings.shopId,
    userId: params.userId,
    ...dayRowValues(params.date, params.input, costSettingsOf(settings, params.date)),
    shownDay,
  });
  return cardOf(draft, settings, previous, recent, offered);
}

/** A draft the presser may act on: it must still exist, be pending and belong to them. */
export async function findOwnDraft(db: Database, draftId: string, userId: string): Promise<DraftOwnership> {
  const draft = await getEntryDraft(db, draftId);
  if (!draft) return { status: 'stale' };
  if (draft.userId !== userId) return { status: 'foreign' };
  return { status: draft.savedAt ? 'saved' : 'ok', draft };
}

/**
 * A draft's day counted again by the shop's settings now: its date, inputs and product lines (each line
 * keeps the unit COGS it was picked with). A card drawn again is drawn from these, and Save books them.
 */
function recountedDay(
  draft: EntryDraft,
  settings: ShopSettings,
  day: { date?: string; input?: DayInput; products?: DayProductLine[] | null } = {},
) {
  const products = day.products === undefined ? draft.products : day.products;
  const input = day.input ?? inputOf(draft);
  const date = day.date ?? draft.recordDate;
  return dayRowValues(date, input, costSettingsOf(settings, date), products);
}

/** Moves a draft to another day, counted again by today's settings; its new card, or null when it is no longer pending. */
export async function redateDraft(
  db: Database,
  settings: ShopSettings,
  draft: EntryDraft,
  date: string,
): Promise<EntryCard | null> {
  const [previous, recent, offered, shownDay] = await contextOf(db, settings, date);
  const values = { ...recountedDay(draft, settings, { date }), shownDay };
  const moved = await updateEntryDraftValues(db, draft.id, values, { userId: draft.userId });
  return moved && cardOf(moved, settings, previous, recent, offered);
}

/** The ×1.000 reading of a draft whose money looks typed in thousands; null when it has none. */
export function thousandsFixOf(card: Pick<EntryCard, 'warnings'>): DayInput | null {
  for (const warning of card.warnings) if (warning.code === 'typed-in-thousands') return warning.fixed;
  return null;
}

export type FixResult = { status: 'fixed'; card: EntryCard } | { status: 'stale' } | { status: 'foreign' };

/**
 * Replaces a pending draft's values with their ×1.000 reading (the one-tap fix of money typed in
 * thousands). A draft that no longer reads as typed in thousands (fixed already, saved, gone) is stale.
 */
export async function fixDraftThousands(
  db: Database,
  settings: ShopSettings,
  draftId: string,
  userId: string,
): Promise<FixResult> {
  const found = await findOwnDraft(db, draftId, userId);
  if (found.status === 'foreign') return found;
  if (found.status !== 'ok' || found.draft.shopId !== settings.shopId) return { status: 'stale' };
  const { draft } = found;
  const [previous, recent, offered, shownDay] = await contextOf(db, settings, draft.recordDate);
  const fixed = thousandsFixOf(cardOf(draft, settings, previous, recent));
  if (!fixed) return { status: 'stale' };
  const values = { ...recountedDay(draft, settings, { input: fixed }), shownDay };
  const updated = await updateEntryDraftValues(db, draft.id, values, { userId });
  if (!updated) return { status: 'stale' };
  return { status: 'fixed', card: cardOf(updated, settings, previous, recent, offered) };
}

export type SaveResult =
  | { status: 'saved'; date: string; replaced: boolean; card: EntryCard }
  /** Products of the draft were deleted since its card was shown: nothing was booked. */
  | { status: 'products-gone'; names: string[]; draftId: string }
  /**
   * The day is no longer what the card compared with (saved by another card, edited, deleted, or saved
   * while the card showed no record): nothing was booked; the card as it reads against the day now.
   */
  | { status: 'changed'; card: EntryCard }
  /** Saved by an earlier press (or an earlier delivery of this one): the card as it was booked. */
  | { status: 'already-saved'; card: EntryCard }
  | { status: 'stale' }
  | { status: 'foreign' };

/**
 * Books a draft as it was shown on its card, over the day its card showed: the day's record is locked and
 * compared with the card's fingerprint of it first; a day that moved on since books nothing and the card
 * is drafted again against it. The draft is moved into daily_records in one statement, so a second press
 * finds nothing; only then is it worth telling a foreign button from a stale one.
 */
export async function saveDraft(
  db: Database,
  settings: ShopSettings,
  draftId: string,
  userId: string,
): Promise<SaveResult> {
  const scope = { draftId, userId, shopId: settings.shopId };
  const day = await lockDraftDay(db, scope);
  if (day && day.shownDay !== overwrittenDayVersion(day.record)) {
    const draft = await getEntryDraft(db, draftId, scope);
    if (draft) return { status: 'changed', card: await redraftAgainstDay(db, settings, draft) };
  }
  const booked = day && (await bookEntryDraft(db, scope));
  if (!booked) {
    const found = await findOwnDraft(db, draftId, userId);
    if (found.status === 'saved')
      return { status: 'already-saved', card: savedCardOf(found.draft, settings) };
    if (found.status === 'ok' && found.draft.shopId === settings.shopId) {
      const gone = await goneProductNames(db, settings.shopId, found.draft.products ?? []);
      if (gone.length > 0) return { status: 'products-gone', names: gone, draftId };
    }
    return found.status === 'foreign' ? found : { status: 'stale' };
  }
  // The saved card is the row as stored, never the day counted again by today's settings.
  const card: EntryCard = {
    draftId,
    date: booked.recordDate,
    input: inputOf(booked),
    metrics: metricsOfRow(booked, settings),
    previous: null,
    warnings: [],
    ...(booked.products && booked.products.length > 0 && { products: booked.products }),
  };
  return { status: 'saved', date: booked.recordDate, replaced: booked.replaced, card };
}

/**
 * A pending draft's card drafted again against its day as it is now: the draft is counted again by today's
 * settings and keeps its new fingerprint, so the card shown again is what its next Save books.
 */
async function redraftAgainstDay(
  db: Database,
  settings: ShopSettings,
  draft: EntryDraft,
): Promise<EntryCard> {
  const [previous, recent, offered, shownDay] = await contextOf(db, settings, draft.recordDate);
  const values = { ...recountedDay(draft, settings), shownDay };
  const updated = await updateEntryDraftValues(db, draft.id, values, { userId: draft.userId });
  return cardOf(updated ?? draft, settings, previous, recent, offered);
}

export type PickProductsResult =
  | { status: 'picked'; card: EntryCard }
  /** Products of the lines were deleted meanwhile: nothing was set. */
  | { status: 'gone'; names: string[] }
  | { status: 'stale' }
  | { status: 'foreign' };

/** The names of the lines whose product the shop no longer has. */
export async function goneProductNames(
  db: Database,
  shopId: string,
  lines: readonly Pick<DayProductLine, 'presetId' | 'name'>[],
): Promise<string[]> {
  if (lines.length === 0) return [];
  const live = new Set((await listProductPresets(db, shopId)).map((preset) => preset.id));
  return lines.filter((line) => !live.has(line.presetId)).map((line) => line.name);
}

/**
 * Sets the products of a pending draft: its COGS becomes Σ orders × unit COGS (the ratio again with no
 * lines), its metrics follow, and the preset is recorded when there is exactly one product.
 */
export async function pickDraftProducts(
  db: Database,
  settings: ShopSettings,
  draftId: string,
  userId: string,
  lines: DayProductLine[],
): Promise<PickProductsResult> {
  const found = await findOwnDraft(db, draftId, userId);
  if (found.status === 'foreign') return found;
  if (found.status !== 'ok' || found.draft.shopId !== settings.shopId) return { status: 'stale' };
  const { draft } = found;
  // The lines share out the day's orders exactly; a draft whose orders changed since is stale.
  if (lines.reduce((sum, line) => sum + line.orders, 0) !== draft.orders) return { status: 'stale' };
  // A product deleted since it was picked is never set on the draft.
  const gone = await goneProductNames(db, settings.shopId, lines);
  if (gone.length > 0) return { status: 'gone', names: gone };
  const products = lines.length > 0 ? lines : null;
  const presetId = lines.length === 1 ? lines[0]!.presetId : null;
  const [previous, recent, offered, shownDay] = await contextOf(db, settings, draft.recordDate);
  const values = { ...recountedDay(draft, settings, { products }), products, presetId, shownDay };
  const updated = await updateEntryDraftValues(db, draft.id, values, { userId });
  if (!updated) return { status: 'stale' };
  return { status: 'picked', card: cardOf(updated, settings, previous, recent, offered) };
}

/** Records which draft's card a message of the user's chat shows now (null: none), so a card can be dropped later. */
export async function rememberCardMessage(
  db: Database,
  scope: { userId: string; messageId: number },
  draftId: string | null,
): Promise<void> {
  await setEntryDraftCardMessage(db, scope, draftId);
}

/**
 * A card drawn again could not be shown (Telegram refused the edit for good): the owner still sees the
 * card as it was, so the draft forgets what the new one compared with, and its Save is refused and the
 * card shown again rather than book over a day the owner was not shown.
 */
export async function cardNotShown(db: Database, scope: { userId: string; draftId: string }): Promise<void> {
  await forgetEntryDraftShownDay(db, scope);
}

/** A card dropped unsaved: the message that showed it, and its shop's name and numbers (null if unknown). */
export interface DroppedCard {
  messageId: number;
  shown: { shopName: string; card: EntryCard } | null;
}

/**
 * Drops every card of the user that was never saved: the drafts go; returns the messages that showed them,
 * each with the numbers it showed (for the card to say it was dropped without its Save prompt).
 */
export async function dropUnsavedCards(db: Database, userId: string): Promise<DroppedCard[]> {
  const drafts = await deleteUnsavedCardDrafts(db, userId);
  const dropped: DroppedCard[] = [];
  for (const draft of drafts) {
    const shop = await getShopForOwner(db, userId, draft.shopId);
    const settings = shop && (await getShopSettings(db, shop.id));
    const shown = shop && settings ? { shopName: shop.name, card: savedCardOf(draft, settings) } : null;
    dropped.push({ messageId: draft.cardMessageId!, shown });
  }
  return dropped;
}

/** Discards a draft the user replaced by editing it. */
export async function discardDraft(db: Database, draftId: string): Promise<boolean> {
  return deleteEntryDraft(db, draftId);
}
