import type { Database } from '../db/client.js';
import { deleteDailyRecordAsShown, getDailyRecord, shownDayOf } from '../db/queries/daily-records.js';
import type { DailyRecord, ShopSettings } from '../db/schema/index.js';
import { savedDayVersion } from '../domain/shown-version.js';
import { type SavedDay, savedDayOf } from './daily-entry.js';

/** A saved day as its delete confirmation shows it, with the fingerprint its Yes button carries. */
export interface DayToDelete {
  saved: SavedDay;
  shown: string;
}

function dayToDelete(record: DailyRecord, settings: ShopSettings): DayToDelete {
  return {
    saved: savedDayOf(record, settings, record.recordDate)!,
    shown: savedDayVersion(shownDayOf(record)),
  };
}

/** The day's record, for its delete confirmation; null when the day has none. */
export async function loadDayToDelete(
  db: Database,
  settings: ShopSettings,
  date: string,
): Promise<DayToDelete | null> {
  const record = await getDailyRecord(db, settings.shopId, date);
  return record && dayToDelete(record, settings);
}

export type DayDeleteResult =
  | { status: 'deleted' }
  /** The day was edited (or deleted and entered again) since the confirmation: nothing was deleted. */
  | { status: 'changed'; day: DayToDelete }
  /** The day has no record any more. */
  | { status: 'gone' };

/** Deletes the day's record only while it is the one the confirmation showed (`shown`, its savedDayVersion). */
export async function deleteDayAsShown(
  db: Database,
  settings: ShopSettings,
  date: string,
  shown: string,
): Promise<DayDeleteResult> {
  const result = await deleteDailyRecordAsShown(db, settings.shopId, date, shown);
  if (!result) return { status: 'gone' };
  if ('changed' in result) return { status: 'changed', day: dayToDelete(result.changed, settings) };
  return { status: 'deleted' };
}
