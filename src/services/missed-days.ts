import type { Database } from '../db/client.js';
import { firstRecordedDate, listRecordedDates } from '../db/queries/daily-records.js';
import { addDays, localDate } from '../domain/local-date.js';
import { MISSED_DAYS_WINDOW, missedDays } from '../domain/missed-days.js';

/**
 * The days before `day` that the shop has no record on, newest first: at most MISSED_DAYS_WINDOW back, and
 * none before the shop existed (its creation date in its time zone, or its first record if that is earlier).
 */
export async function loadMissedDays(
  db: Database,
  shop: { id: string; createdAt: Date },
  timeZone: string,
  day: string,
): Promise<string[]> {
  const created = localDate(shop.createdAt, timeZone);
  const from = addDays(day, -MISSED_DAYS_WINDOW);
  const to = addDays(day, -1);
  const [recorded, first] = await Promise.all([
    listRecordedDates(db, shop.id, { from, to }),
    firstRecordedDate(db, shop.id),
  ]);
  const since = first !== null && first < created ? first : created;
  return missedDays(day, since, recorded);
}
