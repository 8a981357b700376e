import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';

/**
 * Runs `act` while the database refuses every entry draft (a check constraint no draft meets): a statement
 * of the update fails, as a bug or a broken database would make it.
 */
export async function whileDraftsRefused<T>(db: Database, act: () => Promise<T>): Promise<T> {
  await db.execute(sql`alter table entry_drafts add constraint chk_refuse_drafts check (revenue < 0)`);
  try {
    return await act();
  } finally {
    await db.execute(sql`alter table entry_drafts drop constraint chk_refuse_drafts`);
  }
}
