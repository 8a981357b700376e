import type { Database } from '../db/client.js';
import { type ActionItemValues, actionItemResponseKey } from '../db/queries/action-items.js';
import {
  deleteActionItemsByIds,
  insertActionItems,
  insertNewDiagnoses,
  listActionItemsOfDiagnostics,
  type NewActionItemRow,
  type NewDiagnosisItem,
  type ShopForDiagnosis,
  updateActionItemContents,
  upsertWeeklyDiagnostics,
} from '../db/queries/weekly-batch.js';
import type { WeeklyDiagnosticValues } from '../db/queries/weekly-diagnostics.js';
import { groupBy } from '../domain/group-by.js';
import { weekBounds } from '../domain/local-date.js';
import { isLocale, type Locale } from '../domain/locale.js';
import { NO_DAYS } from '../domain/week-totals.js';
import type { Translate, Translator } from '../i18n/translator.js';
import { readGoalInputs, readWeekSums } from './batch-week-inputs.js';
import { actionItemValuesOf, diagnosticValuesOf } from './week-diagnosis.js';
import { finishedWeekReport, goalPaceOf } from './weekly-report.js';

export interface BatchResult {
  /** Shops whose week had at least one record, now diagnosed and stored. */
  diagnosed: number;
  /** Shops diagnosed but deleted before their week was stored: skipped, nothing stored for them. */
  gone: number;
  /** Action items created. */
  itemsCreated: number;
}

/** What storing a chunk did: the shops whose week it stored, and the action items it created. */
interface StoredChunk {
  stored: number;
  itemsCreated: number;
}

/**
 * Shops per chunk: each chunk's inputs are read with a few statements while the chunk before is computed,
 * and its diagnoses go to the database in one statement while the next is computed, so JavaScript and
 * PostgreSQL work at the same time and memory holds a few chunks, never every shop's weeks.
 */
const CHUNK_SIZE = 2_500;

/** Chunks sent to the database and not stored yet, at most. */
const CHUNKS_IN_FLIGHT = 2;

/** One shop's computed week: the row to store and its action items, rendered in the owner's language. */
interface ShopDiagnosis {
  shopId: string;
  row: WeeklyDiagnosticValues & { shopId: string };
  items: ActionItemValues[];
}

type ChunkInputs = [Awaited<ReturnType<typeof readWeekSums>>, Awaited<ReturnType<typeof readGoalInputs>>];

/**
 * Diagnoses one finished ISO week for many shops at once, chunk by chunk with a few statements per chunk,
 * never one per shop: the week and the one before are summed from the days; the older weeks the CPL rule
 * looks at come from their stored diagnoses; each chunk's new diagnoses go in with their action items in
 * one statement while the next chunk is computed; weeks stored before are updated with their answers
 * kept, as for a single shop. A shop deleted while the batch runs is skipped, never failing the others.
 */
export async function diagnoseWeekForShops(
  db: Database,
  isoWeek: string,
  shops: readonly ShopForDiagnosis[],
  translator: Translator,
  defaultLocale: Locale,
): Promise<BatchResult> {
  const weekEnd = weekBounds(isoWeek).end;
  const readChunk = (from: number): Promise<ChunkInputs> => {
    const shopIds = shops.slice(from, from + CHUNK_SIZE).map((s) => s.settings.shopId);
    const inputs = Promise.all([readWeekSums(db, isoWeek, shopIds), readGoalInputs(db, weekEnd, shopIds)]);
    // Awaited in turn; this only keeps an early failure from counting as unhandled meanwhile.
    inputs.catch(() => undefined);
    return inputs;
  };

  const translate = new Map<Locale, Translate>();
  const translateIn = (locale: Locale) => {
    let t = translate.get(locale);
    if (!t) {
      t = withoutVariablesCached(translator.forLocale(locale));
      translate.set(locale, t);
    }
    return t;
  };
  const diagnose = (
    scheduled: ShopForDiagnosis,
    [sumsByShop, goalInputs]: ChunkInputs,
  ): ShopDiagnosis | null => {
    const { shopId } = scheduled.settings;
    const sums = sumsByShop.get(shopId);
    if (!sums) return null;
    const goal = goalInputs.goals.get(shopId) ?? null;
    const monthSums = goal ? (goalInputs.monthSums.get(shopId) ?? NO_DAYS) : null;
    const report = finishedWeekReport({
      settings: scheduled.settings,
      isoWeek,
      sums,
      goal: goalPaceOf(goal, monthSums, weekEnd, scheduled.settings),
    });
    if (report.current.daysRecorded === 0) return null;
    const locale = isLocale(scheduled.owner.language) ? scheduled.owner.language : defaultLocale;
    return {
      shopId,
      row: { shopId, ...diagnosticValuesOf(report) },
      items: actionItemValuesOf(report, locale, translateIn(locale)),
    };
  };

  let computed = 0;
  const stores: Promise<StoredChunk>[] = [];
  let next = shops.length > 0 ? readChunk(0) : undefined;
  for (let from = 0; next; from += CHUNK_SIZE) {
    const inputs = await next;
    next = from + CHUNK_SIZE < shops.length ? readChunk(from + CHUNK_SIZE) : undefined;
    // Bounded: a slow database holds back the computing, not thousands of shops' rows in memory, and the
    // bot's own queries keep free connections.
    if (stores.length >= CHUNKS_IN_FLIGHT) await stores[stores.length - CHUNKS_IN_FLIGHT];
    const chunk: ShopDiagnosis[] = [];
    for (const scheduled of shops.slice(from, from + CHUNK_SIZE)) {
      const diagnosis = diagnose(scheduled, inputs);
      if (diagnosis) chunk.push(diagnosis);
    }
    computed += chunk.length;
    const store = storeChunk(db, chunk);
    store.catch(() => undefined);
    stores.push(store);
    // Lets the driver send this chunk before the next one is computed.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const stored = await Promise.all(stores);
  const diagnosed = stored.reduce((sum, chunk) => sum + chunk.stored, 0);
  const itemsCreated = stored.reduce((sum, chunk) => sum + chunk.itemsCreated, 0);
  return { diagnosed, gone: computed - diagnosed, itemsCreated };
}

/**
 * Stores one chunk: the weeks not stored yet with their items in one statement, then the weeks stored
 * before (an earlier run, a racing instance) with their answers kept. A shop deleted meanwhile is stored
 * by neither and counted by neither.
 */
async function storeChunk(db: Database, chunk: readonly ShopDiagnosis[]): Promise<StoredChunk> {
  const inserted = await insertNewDiagnoses(
    db,
    chunk.map((d) => d.row),
    chunk.flatMap(({ shopId, items }) => items.map((item, position) => newItem(shopId, item, position))),
  );
  let created = 0;
  for (const d of chunk) if (inserted.has(d.shopId)) created += d.items.length;
  const reconciled = await reconcileStoredWeeks(
    db,
    chunk.filter((d) => !inserted.has(d.shopId)),
  );
  return { stored: inserted.size + reconciled.stored, itemsCreated: created + reconciled.itemsCreated };
}

/**
 * The same translation, remembering the texts that take no variable: most action items have none, and
 * each lookup negotiates the locale again.
 */
function withoutVariablesCached(t: Translate): Translate {
  const texts = new Map<string, string>();
  return (key, variables) => {
    if (variables && Object.keys(variables).length > 0) return t(key, variables);
    let text = texts.get(key);
    if (text === undefined) {
      text = t(key);
      texts.set(key, text);
    }
    return text;
  };
}

function newItem(shopId: string, item: ActionItemValues, position: number): NewDiagnosisItem {
  return {
    shopId,
    issueCode: item.issueCode,
    templateKey: item.templateKey,
    params: item.params ?? {},
    text: item.text,
    position,
  };
}

/**
 * Rewrites weeks that were already stored (diagnosed before, or by another instance meanwhile): the same
 * item keeps its id and answer, a new one takes an answer given before, a gone one is deleted. A shop
 * deleted meanwhile is left out.
 */
async function reconcileStoredWeeks(db: Database, diagnoses: readonly ShopDiagnosis[]): Promise<StoredChunk> {
  if (diagnoses.length === 0) return { stored: 0, itemsCreated: 0 };
  const stored = await upsertWeeklyDiagnostics(
    db,
    diagnoses.map((d) => d.row),
  );
  const diagnosticByShop = new Map(stored.map((d) => [d.shopId, d]));
  const existingByDiagnostic = groupBy(
    await listActionItemsOfDiagnostics(
      db,
      stored.map((d) => d.id),
    ),
    (item) => item.diagnosticId,
  );

  const inserts: NewActionItemRow[] = [];
  const updates: Parameters<typeof updateActionItemContents>[1][number][] = [];
  const deletes: string[] = [];
  for (const { shopId, items } of diagnoses) {
    const diagnostic = diagnosticByShop.get(shopId);
    if (!diagnostic) continue;
    const existing = new Map(
      (existingByDiagnostic.get(diagnostic.id) ?? []).map((item) => [actionItemResponseKey(item), item]),
    );
    const kept = new Set<string>();
    items.forEach((item, position) => {
      const key = actionItemResponseKey(item);
      const previous = existing.get(key);
      const params = item.params ?? {};
      if (previous && !kept.has(previous.id)) {
        kept.add(previous.id);
        if (previous.text !== item.text || previous.position !== position) {
          updates.push({ id: previous.id, shopId, params, text: item.text, position });
        }
        return;
      }
      const answer = diagnostic.userResponses[key];
      inserts.push({
        diagnosticId: diagnostic.id,
        shopId,
        issueCode: item.issueCode,
        templateKey: item.templateKey,
        params,
        text: item.text,
        position,
        ...(answer && { status: answer.status, statusChangedAt: new Date(answer.at) }),
      });
    });
    for (const item of existing.values()) if (!kept.has(item.id)) deletes.push(item.id);
  }
  await insertActionItems(db, inserts);
  await updateActionItemContents(db, updates);
  await deleteActionItemsByIds(db, deletes);
  return { stored: stored.length, itemsCreated: inserts.length };
}
