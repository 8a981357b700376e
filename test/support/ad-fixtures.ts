import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { shops, users } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/local-date.js';
import { type FixtureDay, insertDays } from './record-fixtures.js';

/**
 * The shop: 14 saved days (10–23/11/2026) of 10 orders, 5.000.000 ₫ revenue, 1.000.000 ₫ ads and
 * 50 leads at COGS 40 %: AOV 500.000, CVR 20 %, margin 0,6, break-even CPA 300.000, CPL 60.000, ROAS 1,67.
 */
export async function insertFourteenDays(db: Database, shopId: string, days = 14): Promise<void> {
  const fixture = Array.from(
    { length: days },
    (_, i) => [addDays('2026-11-23', -i), 10, 5_000_000, 1_000_000, 50] as FixtureDay,
  );
  await insertDays(db, shopId, fixture);
}

/** The shop in use of the user with that Telegram id. */
export async function shopOf(db: Database, telegramId: number): Promise<string> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.externalId, String(telegramId)));
  const [shop] = await db.select().from(shops).where(eq(shops.ownerId, user!.id));
  return shop!.id;
}
