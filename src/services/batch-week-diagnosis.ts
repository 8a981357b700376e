import type { Database } from '../db/client.js';
import type { CarriedItem } from '../db/queries/weekly-batch.js';
import {
  carryOpenItems,
  deleteActionItemsByIds,
  deleteWeeklyDiagnosticsOfShops,
  insertActionItems,
  insertNewDiagnoses,
  listActionItemsOfDiagnostics,
  type NewDiagnosisItem,
  type OpenItemOfWeek,
  openItemsOfOtherWeeks,
  type ShopForDiagnosis,
  updateActionItemContents,
  upsertWeeklyDiagnostics,
} from '../db/queries/weekly-batch.js';
import type { WeeklyDiagnosticValues } from '../db/queries/weekly-diagnostics.js';
import { groupBy } from '../domain/group-by.js';
import { isLocale, type Locale } from '../domain/locale.js';
import type { Renderer, Translate, Translator } from '../i18n/translator.js';
import { type DiagnosedItem, type ItemChanges, reconcileActionItems } from './action-item-reconcile.js';
import { readWeekInputs, type WeekInputs } from './batch-week-inputs.js';
import { weekCostSettingsOf } from './shop-settings-views.js';
import { actionItemValuesOf, diagnosticValuesOf } from './week-diagnosis-values.js';
import { finishedWeekReportOf } from './weekly-report.js';

export interface BatchResult {
  /** Shops whose week had at least one record, now diagnosed and stored. */
  diagnosed: number;
  /** Shops diagnosed but deleted before their week was stored: skipped, nothing stored for them. */
  gone: number;
  /** Shops whose week has no record: not stored, and a diagnosis stored before for it removed. */
  empty: number;
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

/** A chunk's week inputs and its shops' open items of other weeks, by shop. */
type ChunkInputs = WeekInputs & { openItems: Map<string, OpenItemOfWeek[]> };

/** One shop's computed week: the row to store and its action items, rendered in the owner's language. */
interface ShopDiagnosis {
  shopId: string;
  row: WeeklyDiagnosticValues & { shopId: string };
  items: DiagnosedItem[];
}

/**
 * A shop's open items hold each text once: a new diagnosis's item whose text is open in a newer week is
 * left out; one open in an older week is that item, carried into this week (its id and answer kept).
 * `open` lists the most recent week first.
 */
function withOpenItems(
  isoWeek: string,
  items: readonly DiagnosedItem[],
  open: readonly OpenItemOfWeek[],
): DiagnosedItem[] {
  return items.flatMap((item) => {
    const same = open.find((o) => o.text === item.text);
    if (!same) return [item];
    return same.isoWeek < isoWeek ? [{ ...item, carriedId: same.id }] : [];
  });
}

/**
 * Diagnoses one finished ISO week for one shop or many and stores it: the only place a week is
 * diagnosed. Chunk by chunk with a few statements per chunk, never one per shop: the week and the one
 * before are summed from the days; the older weeks the CPL rule looks at come from their stored
 * diagnoses (summed from the days where one is missing); each chunk's new diagnoses go in with their
 * action items in one statement while the next chunk is computed; weeks stored before are rewritten with
 * their answers kept (reconcileActionItems). A week without any record is not stored, and a diagnosis
 * stored for it before is removed: later weeks read their history from stored diagnoses. A shop deleted
 * while the batch runs is skipped, never failing the others.
 */
export async function diagnoseWeeks(
  db: Database,
  isoWeek: string,
  shops: readonly ShopForDiagnosis[],
  translator: Pick<Translator, 'forLocale'>,
  defaultLocale: Locale,
): Promise<BatchResult> {
  const readChunk = (from: number): Promise<ChunkInputs> => {
    const shopIds = shops.slice(from, from + CHUNK_SIZE).map((s) => s.settings.shopId);
    // One after the other: `db` may be an update's transaction, one connection.
    const inputs = readWeekInputs(db, isoWeek, shopIds).then(async (week) => ({
      ...week,
      openItems: groupBy(await openItemsOfOtherWeeks(db, isoWeek, shopIds), (item) => item.shopId),
    }));
    // Awaited in turn; this only keeps an early failure from counting as unhandled meanwhile.
    inputs.catch(() => undefined);
    return inputs;
  };

  const renderers = new Map<Locale, Renderer>();
  const rendererIn = (locale: Locale) => {
    let renderer = renderers.get(locale);
    if (!renderer) {
      renderer = { locale, t: withoutVariablesCached(translator.forLocale(locale)) };
      renderers.set(locale, renderer);
    }
    return renderer;
  };
  const diagnose = (scheduled: ShopForDiagnosis, inputs: ChunkInputs): ShopDiagnosis | null => {
    const { shopId } = scheduled.settings;
    if (!inputs.sums.has(shopId)) return null;
    const report = finishedWeekReportOf(scheduled.settings, isoWeek, inputs);
    if (report.current.daysRecorded === 0) return null;
    const locale = isLocale(scheduled.owner.language) ? scheduled.owner.language : defaultLocale;
    return {
      shopId,
      row: {
        shopId,
        ...diagnosticValuesOf(report, weekCostSettingsOf(scheduled.settings, report.weekStart, 7)),
      },
      items: withOpenItems(
        isoWeek,
        actionItemValuesOf(report, rendererIn(locale)),
        inputs.openItems.get(shopId) ?? [],
      ),
    };
  };

  let computed = 0;
  let empty = 0;
  const stores: Promise<StoredChunk>[] = [];
  let next = shops.length > 0 ? readChunk(0) : undefined;
  for (let from = 0; next; from += CHUNK_SIZE) {
    const inputs = await next;
    next = from + CHUNK_SIZE < shops.length ? readChunk(from + CHUNK_SIZE) : undefined;
    // Bounded: a slow database holds back the computing, not thousands of shops' rows in memory, and the
    // bot's own queries keep free connections.
    if (stores.length >= CHUNKS_IN_FLIGHT) await stores[stores.length - CHUNKS_IN_FLIGHT];
    const chunk: ShopDiagnosis[] = [];
    const withoutRecords: string[] = [];
    for (const scheduled of shops.slice(from, from + CHUNK_SIZE)) {
      const diagnosis = diagnose(scheduled, inputs);
      if (diagnosis) chunk.push(diagnosis);
      else withoutRecords.push(scheduled.settings.shopId);
    }
    computed += chunk.length;
    empty += withoutRecords.length;
    const store = storeChunk(db, isoWeek, chunk, withoutRecords);
    store.catch(() => undefined);
    stores.push(store);
    // Lets the driver send this chunk before the next one is computed.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const stored = await Promise.all(stores);
  const diagnosed = stored.reduce((sum, chunk) => sum + chunk.stored, 0);
  const itemsCreated = stored.reduce((sum, chunk) => sum + chunk.itemsCreated, 0);
  return { diagnosed, gone: computed - diagnosed, empty, itemsCreated };
}

/**
 * Stores one chunk: the weeks not stored yet with their items in one statement, then the weeks stored
 * before (an earlier run, a racing instance) with their answers kept, then removes the stored weeks of the
 * shops that have no record in it any more. A shop deleted meanwhile is stored by neither and counted by
 * neither.
 */
async function storeChunk(
  db: Database,
  isoWeek: string,
  chunk: readonly ShopDiagnosis[],
  withoutRecords: readonly string[],
): Promise<StoredChunk> {
  const inserted = await insertNewDiagnoses(
    db,
    chunk.map((d) => d.row),
    chunk.flatMap(({ shopId, items }) =>
      items.flatMap((item, position) => (item.carriedId ? [] : [newItem(shopId, item, position)])),
    ),
  );
  let created = 0;
  const carried: CarriedItem[] = [];
  for (const { shopId, items } of chunk) {
    if (!inserted.has(shopId)) continue;
    items.forEach((item, position) => {
      if (!item.carriedId) created += 1;
      else carried.push({ id: item.carriedId, shopId, params: item.params ?? {}, text: item.text, position });
    });
  }
  await carryOpenItems(db, isoWeek, carried);
  const reconciled = await reconcileStoredWeeks(
    db,
    isoWeek,
    chunk.filter((d) => !inserted.has(d.shopId)),
  );
  await deleteWeeklyDiagnosticsOfShops(db, isoWeek, withoutRecords);
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

function newItem(shopId: string, item: DiagnosedItem, position: number): NewDiagnosisItem {
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
 * Rewrites weeks that were already stored (diagnosed before, or by another instance meanwhile), their
 * action items reconciled (reconcileActionItems). A shop deleted meanwhile is left out.
 */
async function reconcileStoredWeeks(
  db: Database,
  isoWeek: string,
  diagnoses: readonly ShopDiagnosis[],
): Promise<StoredChunk> {
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

  const changes: ItemChanges = { inserts: [], carries: [], updates: [], deletes: [] };
  for (const { shopId, items } of diagnoses) {
    const diagnostic = diagnosticByShop.get(shopId);
    if (diagnostic) {
      reconcileActionItems(diagnostic, existingByDiagnostic.get(diagnostic.id) ?? [], items, changes);
    }
  }
  const { inserts, carries, updates, deletes } = changes;
  await insertActionItems(db, inserts);
  await carryOpenItems(db, isoWeek, carries);
  await updateActionItemContents(db, updates);
  await deleteActionItemsByIds(db, deletes);
  return { stored: stored.length, itemsCreated: inserts.length };
}
