import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../src/db/client.js';
import { dailyRecords, processedUpdates, shops, users } from '../../../src/db/schema/index.js';

/** Which of these update ids are recorded as handled, sorted. */
export async function handledUpdateIds(db: Database, ids: readonly number[]): Promise<number[]> {
  const rows = await db
    .select({ updateId: processedUpdates.updateId })
    .from(processedUpdates)
    .where(inArray(processedUpdates.updateId, [...ids]));
  return rows.map((r) => r.updateId).sort((a, b) => a - b);
}

/** Every saved day with its owner's Telegram id, sorted by owner then date. */
export async function savedDaysByOwner(db: Database) {
  const rows = await db
    .select({
      telegramId: users.externalId,
      date: dailyRecords.recordDate,
      orders: dailyRecords.orders,
      revenue: dailyRecords.revenue,
      adSpend: dailyRecords.adSpend,
      leads: dailyRecords.leads,
    })
    .from(dailyRecords)
    .innerJoin(shops, eq(shops.id, dailyRecords.shopId))
    .innerJoin(users, eq(users.id, shops.ownerId));
  return rows.sort((a, b) => `${a.telegramId} ${a.date}`.localeCompare(`${b.telegramId} ${b.date}`));
}
